import type { Context } from '../../context.js';
import type { Job } from '../../github/types.js';
import type { RepoKey, RunKey } from '../../loaders/keys.js';
import { fetchWindow, type WindowArgs } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { secondsBetween } from '../durations.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { WorkflowJobStep } from './workflow-job-step.js';
import { WorkflowRun } from './workflow-run.js';
import { WorkflowRunConclusion } from './workflow-run-conclusion.js';
import { WorkflowRunStatus } from './workflow-run-status.js';
import { databaseIdFields } from '../database-id.js';

/** A job's payload does not name its repository, so the shape carries it. */
export interface JobShape extends RepoKey {
  data: Job;
}

export const WorkflowJob = builder.objectRef<JobShape>('WorkflowJob');

/** A job by the id part of its global id, `owner/repo/123`. */
export async function loadJob(ctx: Context, id: string): Promise<JobShape> {
  const { owner, repo, numbers } = parseRepoScopedId(id, 1);
  return { owner, repo, data: await ctx.loaders.job.load({ owner, repo, jobId: numbers[0]! }) };
}

builder.node(WorkflowJob, {
  description: 'A job of a workflow run attempt.',
  id: { resolve: (j) => `${repoIdPart(j)}/${j.data.id}` },
  loadOne: (id, ctx) => loadJob(ctx, id),
  fields: (t) => ({
    ...databaseIdFields(t, (j) => j.data.id),
    nodeId: t.id({
      description: "GitHub's own global id of this job (its check run).",
      resolve: (j) => j.data.node_id,
    }),
    name: t.string({ resolve: (j) => j.data.name }),
    status: t.field({
      type: WorkflowRunStatus.ref,
      nullable: true,
      resolve: (j) => WorkflowRunStatus.fromRest(j.data.status),
    }),
    conclusion: t.field({
      type: WorkflowRunConclusion.ref,
      nullable: true,
      resolve: (j) => WorkflowRunConclusion.fromRest(j.data.conclusion),
    }),
    runAttempt: t.int({
      nullable: true,
      description: 'The attempt this job belongs to.',
      resolve: (j) => j.data.run_attempt ?? null,
    }),
    headSha: t.string({ resolve: (j) => j.data.head_sha }),
    headBranch: t.string({ nullable: true, resolve: (j) => j.data.head_branch ?? null }),
    workflowName: t.string({ nullable: true, resolve: (j) => j.data.workflow_name ?? null }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (j) => j.data.created_at ?? null,
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (j) => j.data.started_at ?? null,
    }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (j) => j.data.completed_at ?? null,
    }),
    duration: t.int({
      nullable: true,
      description: 'Seconds from the start of the job to its completion; null until it completes.',
      resolve: (j) => secondsBetween(j.data.started_at, j.data.completed_at),
    }),
    queuedDuration: t.int({
      nullable: true,
      description:
        'Seconds the job waited for a runner, from its creation to its start; null until it starts.',
      resolve: (j) => secondsBetween(j.data.created_at, j.data.started_at),
    }),
    steps: t.field({ type: [WorkflowJobStep], resolve: (j) => j.data.steps ?? [] }),
    labels: t.stringList({
      description: 'The runner labels the job asked for (empty when REST leaves them out).',
      resolve: (j) => j.data.labels ?? [],
    }),
    runnerId: t.int({ nullable: true, resolve: (j) => j.data.runner_id ?? null }),
    runnerName: t.string({ nullable: true, resolve: (j) => j.data.runner_name ?? null }),
    runnerGroupId: t.int({ nullable: true, resolve: (j) => j.data.runner_group_id ?? null }),
    runnerGroupName: t.string({ nullable: true, resolve: (j) => j.data.runner_group_name ?? null }),
    url: t.field({
      type: 'URI',
      nullable: true,
      description: 'The HTTP URL for this job.',
      resolve: (j) => j.data.html_url ?? null,
    }),
    workflowRun: t.field({
      type: WorkflowRun,
      resolve: (j, _a, ctx) =>
        ctx.loaders.run.load({ owner: j.owner, repo: j.repo, runId: Number(j.data.run_id) }),
    }),
  }),
});

export const WorkflowJobConnection = countedConnection(WorkflowJob, 'WorkflowJob');

export async function resolveJobs(
  ctx: Context,
  run: RunKey,
  attempt: number | undefined,
  args: WindowArgs,
) {
  const { owner, repo, runId } = run;
  const window = await fetchWindow(args, (perPage, page) =>
    ctx.loaders.jobList.load({ owner, repo, runId, attempt, perPage, page }),
  );
  return {
    ...window,
    edges: window.edges.map((e) => ({ ...e, node: { owner, repo, data: e.node } })),
  };
}
