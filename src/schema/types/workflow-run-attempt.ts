import type { Context } from '../../context.js';
import type { WorkflowRun as RestWorkflowRun } from '../../github/types.js';
import type { AttemptKey } from '../../loaders/keys.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { runDuration, runQueuedDuration } from '../durations.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { Actor } from './actor.js';
import { WorkflowJob, WorkflowJobConnection, resolveJobs } from './workflow-job.js';
import { WorkflowRun } from './workflow-run.js';
import { WorkflowRunConclusion } from './workflow-run-conclusion.js';
import { WorkflowRunLogs } from './workflow-run-logs.js';
import { WorkflowRunStatus } from './workflow-run-status.js';

/**
 * One attempt of a run. The latest attempt is the run itself, so it carries the run's
 * payload and costs nothing; an older one loads from the attempt route when asked.
 */
export interface AttemptShape extends AttemptKey {
  data?: RestWorkflowRun;
}

export const WorkflowRunAttempt = builder.objectRef<AttemptShape>('WorkflowRunAttempt');

export function attemptOf(run: RestWorkflowRun, attempt: number): AttemptShape {
  const key = {
    owner: run.repository.owner.login,
    repo: run.repository.name,
    runId: Number(run.id),
    attempt,
  };
  return attempt === (run.run_attempt ?? 1) ? { ...key, data: run } : key;
}

function load(ctx: Context, attempt: AttemptShape): RestWorkflowRun | Promise<RestWorkflowRun> {
  return attempt.data ?? ctx.loaders.attempt.load(attempt);
}

const key = ({ owner, repo, runId, attempt }: AttemptShape): AttemptKey => ({
  owner,
  repo,
  runId,
  attempt,
});

builder.node(WorkflowRunAttempt, {
  description: 'One attempt of a workflow run: the first run, or a rerun.',
  id: { resolve: (a) => `${repoIdPart(a)}/${a.runId}/${a.attempt}` },
  loadOne: async (id, ctx) => {
    const { owner, repo, numbers } = parseRepoScopedId(id, 2);
    const attempt = { owner, repo, runId: numbers[0]!, attempt: numbers[1]! };
    return { ...attempt, data: await ctx.loaders.attempt.load(attempt) };
  },
  fields: (t) => ({
    number: t.int({ description: 'The attempt number, from 1.', resolve: (a) => a.attempt }),
    status: t.field({
      type: WorkflowRunStatus.ref,
      nullable: true,
      resolve: async (a, _x, ctx) => WorkflowRunStatus.fromRest((await load(ctx, a)).status),
    }),
    conclusion: t.field({
      type: WorkflowRunConclusion.ref,
      nullable: true,
      resolve: async (a, _x, ctx) =>
        WorkflowRunConclusion.fromRest((await load(ctx, a)).conclusion),
    }),
    headSha: t.string({ resolve: async (a, _x, ctx) => (await load(ctx, a)).head_sha }),
    createdAt: t.field({
      type: 'DateTime',
      resolve: async (a, _x, ctx) => (await load(ctx, a)).created_at,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      resolve: async (a, _x, ctx) => (await load(ctx, a)).updated_at,
    }),
    runStartedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When this attempt started.',
      resolve: async (a, _x, ctx) => (await load(ctx, a)).run_started_at ?? null,
    }),
    duration: t.int({
      nullable: true,
      description:
        'Seconds from the start of this attempt to its completion; null until it completes.',
      resolve: async (a, _x, ctx) => runDuration(await load(ctx, a)),
    }),
    queuedDuration: t.int({
      nullable: true,
      description:
        'Seconds from the creation of the run to the start of this attempt; null until it starts.',
      resolve: async (a, _x, ctx) => runQueuedDuration(await load(ctx, a)),
    }),
    triggeringActor: t.field({
      type: Actor,
      nullable: true,
      description: 'The user who started this attempt.',
      resolve: async (a, _x, ctx) => (await load(ctx, a)).triggering_actor ?? null,
    }),
    url: t.field({
      type: 'URI',
      description: 'The HTTP URL for this attempt.',
      resolve: async (a, _x, ctx) =>
        `${(await load(ctx, a)).html_url.replace(/\/attempts\/\d+$/, '')}/attempts/${a.attempt}`,
    }),
    workflowRun: t.field({
      type: WorkflowRun,
      description: 'The run this is an attempt of.',
      resolve: (a, _x, ctx) =>
        ctx.loaders.run.load({ owner: a.owner, repo: a.repo, runId: a.runId }),
    }),
    previousAttempt: t.field({
      type: WorkflowRunAttempt,
      nullable: true,
      resolve: (a) => (a.attempt > 1 ? { ...key(a), attempt: a.attempt - 1 } : null),
    }),
    jobs: t.connection(
      {
        type: WorkflowJob,
        description: 'The jobs of this attempt.',
        resolve: (a, args, ctx) => resolveJobs(ctx, a, a.attempt, args),
      },
      WorkflowJobConnection,
    ),
    logs: t.field({
      type: WorkflowRunLogs,
      nullable: true,
      description:
        'A link to download the logs of this attempt as a zip, valid for about a minute.',
      resolve: (a, _x, ctx) => ctx.loaders.logs.load(key(a)),
    }),
  }),
});

export const WorkflowRunAttemptConnection = countedConnection(
  WorkflowRunAttempt,
  'WorkflowRunAttempt',
);
