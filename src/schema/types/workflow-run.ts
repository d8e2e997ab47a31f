import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { GitHubError } from '../../github/errors.js';
import type { WorkflowRun as RestWorkflowRun } from '../../github/types.js';
import type { RunKey } from '../../loaders/keys.js';
import { paginateArray } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { runDuration, runQueuedDuration } from '../durations.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { viewerCanPush } from '../viewer-permissions.js';
import { Commit } from './commit.js';
import { DeploymentRequest, DeploymentRequestConnection } from './deployment-request.js';
import { DeploymentReview, DeploymentReviewConnection } from './deployment-review.js';
import { Actor } from './actor.js';
import { ReferencedWorkflow } from './referenced-workflow.js';
import { Repository, repositoryFromPayload } from './repository.js';
import { Workflow, type WorkflowShape } from './workflow.js';
import { WorkflowJob, WorkflowJobConnection, resolveJobs } from './workflow-job.js';
import {
  WorkflowRunAttempt,
  WorkflowRunAttemptConnection,
  attemptOf,
} from './workflow-run-attempt.js';
import { WorkflowRunConclusion } from './workflow-run-conclusion.js';
import { WorkflowRunLogs } from './workflow-run-logs.js';
import { WorkflowRunPullRequest } from './workflow-run-pull-request.js';
import { WorkflowRunStatus } from './workflow-run-status.js';
import { databaseIdFields, int32OrNull } from '../database-id.js';
import { selectsOnly } from '../selects-only.js';

/** The REST payload is the backing object: every field the list or get route sent. */
export const WorkflowRun = builder.objectRef<RestWorkflowRun>('WorkflowRun');

export function runKey(run: RestWorkflowRun): RunKey {
  return { owner: run.repository.owner.login, repo: run.repository.name, runId: Number(run.id) };
}

export async function loadRun(ctx: Context, id: string): Promise<RestWorkflowRun> {
  const { owner, repo, numbers } = parseRepoScopedId(id, 1);
  return ctx.loaders.run.load({ owner, repo, runId: numbers[0]! });
}

/** What a run knows of its workflow without loading it. */
const KNOWN_WITHOUT_LOADING = new Set(['id', 'databaseId', 'fullDatabaseId', 'repository']);

async function resolveRunWorkflow(
  ctx: Context,
  run: RestWorkflowRun,
  info: GraphQLResolveInfo,
): Promise<WorkflowShape | null> {
  if (run.workflow_id == null) return null;
  const shape: WorkflowShape = { ...runKey(run), workflowId: Number(run.workflow_id) };
  if (selectsOnly(info, KNOWN_WITHOUT_LOADING)) return shape;
  try {
    return { ...shape, data: await ctx.loaders.workflow.load(shape) };
  } catch (error) {
    if (!(error instanceof GitHubError) || error.code !== 'NOT_FOUND') throw error;
    throw new GitHubError(
      'NOT_FOUND',
      `Workflow ${shape.workflowId} of this run is not in ${shape.owner}/${shape.repo}: it is probably a workflow an organisation requires, defined in another repository. The run's path is ${JSON.stringify(run.path ?? null)}.`,
      {
        ...error.details,
        workflowId: String(shape.workflowId),
        path: run.path ?? null,
        reason: 'WORKFLOW_NOT_IN_REPOSITORY',
      },
    );
  }
}

builder.node(WorkflowRun, {
  description:
    'A workflow run: one execution of a workflow, with its attempts, jobs, deployment reviews and logs.',
  id: { resolve: (run) => `${repoIdPart(runKey(run))}/${run.id}` },
  loadOne: (id, ctx) => loadRun(ctx, id),
  fields: (t) => ({
    ...databaseIdFields(t, (run) => run.id),
    nodeId: t.exposeID('node_id', {
      description: "GitHub's own global id of this run, for joins with GitHub's GraphQL API.",
    }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'The name of the workflow, as the run saw it.',
    }),
    displayTitle: t.string({
      description:
        "The title shown for the run: a commit message or pull request title. When REST leaves it out (older payloads do), what GitHub's UI shows instead: the head commit's first line, else the workflow's name.",
      resolve: (run) =>
        run.display_title ??
        run.head_commit?.message?.split('\n')[0] ??
        run.name ??
        `Run ${run.run_number}`,
    }),
    runNumber: t.exposeInt('run_number', {
      description: 'A number that uniquely identifies this workflow run in its parent workflow.',
    }),
    runAttempt: t.int({
      description: 'The number of the latest attempt.',
      resolve: (run) => run.run_attempt ?? 1,
    }),
    event: t.exposeString('event', { description: 'The event that triggered the workflow run.' }),
    status: t.field({
      type: WorkflowRunStatus.ref,
      nullable: true,
      resolve: (run) => WorkflowRunStatus.fromRest(run.status),
    }),
    conclusion: t.field({
      type: WorkflowRunConclusion.ref,
      nullable: true,
      resolve: (run) => WorkflowRunConclusion.fromRest(run.conclusion),
    }),
    headBranch: t.exposeString('head_branch', { nullable: true }),
    headSha: t.exposeString('head_sha'),
    path: t.string({
      nullable: true,
      description:
        'The path of the workflow file, such as `.github/workflows/ci.yml`. Null when REST leaves it out (older payloads do).',
      resolve: (run) => run.path ?? null,
    }),
    checkSuiteId: t.int({
      nullable: true,
      description:
        'The id of the check suite of this run. Null when it does not fit in a 32-bit `Int`: read `fullCheckSuiteId`.',
      resolve: (run) => int32OrNull(run.check_suite_id),
    }),
    fullCheckSuiteId: t.field({
      type: 'BigInt',
      nullable: true,
      description:
        "The id of the check suite of this run, as a BigInt. Null when GitHub's answer leaves it out.",
      resolve: (run) => run.check_suite_id ?? null,
    }),
    checkSuiteNodeId: t.exposeID('check_suite_node_id', { nullable: true }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was created.',
      resolve: (run) => run.created_at,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was last updated.',
      resolve: (run) => run.updated_at,
    }),
    runStartedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the latest attempt started.',
      resolve: (run) => run.run_started_at ?? null,
    }),
    duration: t.int({
      nullable: true,
      description:
        'Seconds from the start of the latest attempt to its completion; null until the run completes.',
      resolve: (run) => runDuration(run),
    }),
    queuedDuration: t.int({
      nullable: true,
      description:
        'Seconds from the creation of the run to the start of its latest attempt; null until it starts.',
      resolve: (run) => runQueuedDuration(run),
    }),
    viewerCanCancel: t.boolean({
      description:
        'Whether the viewer can cancel this run: it has not completed and the viewer can write to the repository.',
      resolve: async (run, _a, ctx) =>
        run.status !== 'completed' && (await viewerCanPush(ctx, runKey(run))),
    }),
    viewerCanRerun: t.boolean({
      description:
        'Whether the viewer can rerun this run: it has completed and the viewer can write to the repository.',
      resolve: async (run, _a, ctx) =>
        run.status === 'completed' && (await viewerCanPush(ctx, runKey(run))),
    }),
    viewerCanDelete: t.boolean({
      description:
        'Whether the viewer can delete this run: it has completed and the viewer can write to the repository.',
      resolve: async (run, _a, ctx) =>
        run.status === 'completed' && (await viewerCanPush(ctx, runKey(run))),
    }),
    url: t.field({
      type: 'URI',
      description: 'The HTTP URL for this workflow run.',
      resolve: (run) => run.html_url,
    }),
    resourcePath: t.field({
      type: 'URI',
      description: 'The HTTP path for this workflow run.',
      resolve: (run) => new URL(run.html_url).pathname,
    }),
    repository: t.field({
      type: Repository,
      resolve: (run) => repositoryFromPayload(run.repository),
    }),
    headRepository: t.field({
      type: Repository,
      nullable: true,
      description:
        'The repository the head commit came from (a fork, for pull requests from forks).',
      resolve: (run) => (run.head_repository ? repositoryFromPayload(run.head_repository) : null),
    }),
    workflow: t.field({
      type: Workflow,
      nullable: true,
      description:
        "The workflow executed in this workflow run. Null, with a NOT_FOUND error on this field alone, when the run's repository cannot serve it: a workflow an organisation requires lives in another repository (the run's `path` and `name` still tell it).",
      resolve: (run, _args, ctx, info) => resolveRunWorkflow(ctx, run, info),
    }),
    actor: t.field({
      type: Actor,
      nullable: true,
      description: 'The user who started the first attempt.',
      resolve: (run) => run.actor ?? null,
    }),
    triggeringActor: t.field({
      type: Actor,
      nullable: true,
      description: 'The user who started the latest attempt (differs from `actor` after a rerun).',
      resolve: (run) => run.triggering_actor ?? null,
    }),
    headCommit: t.field({
      type: Commit,
      nullable: true,
      resolve: (run) => run.head_commit ?? null,
    }),
    pullRequests: t.field({
      type: [WorkflowRunPullRequest],
      resolve: (run) => run.pull_requests ?? [],
    }),
    referencedWorkflows: t.field({
      type: [ReferencedWorkflow],
      description: 'Reusable workflows this run called.',
      resolve: (run) => run.referenced_workflows ?? [],
    }),
    attempts: t.connection(
      {
        type: WorkflowRunAttempt,
        description:
          'Every attempt of this run, oldest first. The latest is the run itself and costs no request.',
        resolve: (run, args) => {
          const numbers = Array.from({ length: run.run_attempt ?? 1 }, (_, i) => i + 1);
          const window = paginateArray(args, numbers);
          return {
            ...window,
            edges: window.edges.map((e) => ({ ...e, node: attemptOf(run, e.node) })),
          };
        },
      },
      WorkflowRunAttemptConnection,
    ),
    attempt: t.field({
      type: WorkflowRunAttempt,
      nullable: true,
      args: { number: t.arg.int({ required: true, description: 'The attempt number, from 1.' }) },
      resolve: (run, { number }) =>
        number >= 1 && number <= (run.run_attempt ?? 1) ? attemptOf(run, number) : null,
    }),
    previousAttempt: t.field({
      type: WorkflowRunAttempt,
      nullable: true,
      description: 'The attempt before the latest one, if the run was rerun.',
      resolve: (run) =>
        (run.run_attempt ?? 1) > 1 ? attemptOf(run, (run.run_attempt ?? 1) - 1) : null,
    }),
    deploymentReviews: t.connection(
      {
        type: DeploymentReview,
        description: 'The approvals history: reviews of the environments this run deployed to.',
        resolve: async (run, args, ctx) => {
          const key = runKey(run);
          const reviews = await ctx.loaders.approvals.load(key);
          return paginateArray(
            args,
            reviews.map((data, index) => ({ ...key, index, data })),
          );
        },
      },
      DeploymentReviewConnection,
    ),
    pendingDeploymentRequests: t.connection(
      {
        type: DeploymentRequest,
        description:
          'Deployments waiting for a review. Only a `waiting` run has any, so other runs cost no request.',
        resolve: async (run, args, ctx) => {
          const key = runKey(run);
          const pending =
            run.status === 'waiting' ? await ctx.loaders.pendingDeployments.load(key) : [];
          return paginateArray(
            args,
            pending.map((data) => ({ ...key, data })),
          );
        },
      },
      DeploymentRequestConnection,
    ),
    jobs: t.connection(
      {
        type: WorkflowJob,
        description: 'The jobs of the latest attempt.',
        resolve: (run, args, ctx) => resolveJobs(ctx, runKey(run), undefined, args),
      },
      WorkflowJobConnection,
    ),
    logs: t.field({
      type: WorkflowRunLogs,
      nullable: true,
      description:
        'A link to download the logs of the latest attempt as a zip, valid for about a minute. Null, with an error, once the logs are deleted.',
      resolve: (run, _args, ctx) => ctx.loaders.logs.load(runKey(run)),
    }),
  }),
});
