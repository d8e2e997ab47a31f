/** Reading and deleting workflow runs and their attempts. */
import { repoOf, type HandlerContext, type Reply } from '../http/handler.js';
import { paginate } from '../http/pagination.js';
import { renderWorkflowRun } from '../payloads/workflow-run.js';
import type { RunRecord, WorkflowRecord } from '../world/model.js';
import { createdSecondMs, FILTERED_RESULT_CAP, runFilter } from '../world/run-filters.js';
import { findAttempt, findRun, findWorkflow, isTrue } from './lookups.js';

function listRuns(ctx: HandlerContext, workflow?: WorkflowRecord): Reply {
  const { matches, capped } = runFilter(ctx.url.searchParams);
  const excludePullRequests = isTrue(ctx.url.searchParams.get('exclude_pull_requests'));
  const repo = repoOf(ctx);
  const runs: RunRecord[] = [];
  for (const run of ctx.world.runs.values()) {
    if (
      !run.deleted &&
      run.repo === repo &&
      (!workflow || run.workflow === workflow) &&
      matches(run)
    )
      runs.push(run);
  }
  // Newest first by the second GitHub stores; runs of one second by id, newest first.
  runs.sort((a, b) => createdSecondMs(b) - createdSecondMs(a) || b.id - a.id);
  const page = paginate(runs, ctx.url, capped ? FILTERED_RESULT_CAP : Infinity);
  return {
    status: 200,
    body: {
      total_count: runs.length,
      workflow_runs: page.items.map((run) =>
        renderWorkflowRun(ctx.base, run, { excludePullRequests }),
      ),
    },
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}

export const listRepoRuns = (ctx: HandlerContext): Reply => listRuns(ctx);
export const listWorkflowRuns = (ctx: HandlerContext): Reply => listRuns(ctx, findWorkflow(ctx));

export function getRun(ctx: HandlerContext): Reply {
  const excludePullRequests = isTrue(ctx.url.searchParams.get('exclude_pull_requests'));
  return { status: 200, body: renderWorkflowRun(ctx.base, findRun(ctx), { excludePullRequests }) };
}

export function getAttempt(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const attempt = findAttempt(ctx, run);
  const excludePullRequests = isTrue(ctx.url.searchParams.get('exclude_pull_requests'));
  return { status: 200, body: renderWorkflowRun(ctx.base, run, { attempt, excludePullRequests }) };
}

export function deleteRun(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  run.deleted = true;
  ctx.world.active.delete(run);
  return { status: 204 };
}
