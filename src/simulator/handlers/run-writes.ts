/** cancel, force-cancel, rerun, rerun-failed-jobs and job rerun. Input is checked before any change. */
import { ApiError, forbidden } from '../http/api-error.js';
import { optionalFlags } from '../http/body-rules.js';
import type { HandlerContext, Reply } from '../http/handler.js';
import { isFailedJob } from '../world/job-states.js';
import { cancelRun, isRunGoing, rerunRun } from '../world/lifecycle.js';
import { latestAttempt, type JobRecord, type RunRecord } from '../world/model.js';
import { findJob, findRun } from './lookups.js';

const accepted: Reply = { status: 202, body: {} };
const created: Reply = { status: 201, body: {} };

/** cancel and force-cancel behave the same here: the simulator has no step that ignores a cancel. */
export function cancel(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  if (!isRunGoing(run)) throw new ApiError(409, 'Cannot cancel a workflow run that is completed.');
  cancelRun(ctx.world, run, ctx.now);
  return accepted;
}

function rerunnable(ctx: HandlerContext, run: RunRecord, flags: readonly string[]): void {
  optionalFlags(ctx.body(), 'WorkflowRun', flags);
  if (isRunGoing(run)) throw forbidden(`This workflow run is not completed.`);
}

export function rerun(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  rerunnable(ctx, run, ['enable_debug_logging']);
  rerunRun(ctx.world, run, latestAttempt(run).jobs, ctx.identity.user ?? run.actor, ctx.now);
  return created;
}

export function rerunFailedJobs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  rerunnable(ctx, run, ['enable_debug_logging']);
  const failed = latestAttempt(run).jobs.filter(isFailedJob);
  if (failed.length === 0) throw forbidden('This workflow run has no failed jobs to re-run.');
  rerunRun(ctx.world, run, failed, ctx.identity.user ?? run.actor, ctx.now);
  return created;
}

/** Reruns the job of that name in the latest attempt (the id may belong to an older attempt). */
export function rerunJob(ctx: HandlerContext): Reply {
  const { run, job } = findJob(ctx);
  rerunnable(ctx, run, ['enable_debug_logging', 'enable_debugger']);
  const target: JobRecord = latestAttempt(run).jobs.find((j) => j.name === job.name) ?? job;
  rerunRun(ctx.world, run, [target], ctx.identity.user ?? run.actor, ctx.now);
  return created;
}
