/** Resolving path ids to records. Any miss, including a deleted run, is GitHub's plain 404. */
import { notFound } from '../http/api-error.js';
import { repoOf, type HandlerContext } from '../http/handler.js';
import type { AttemptRecord, JobRecord, RunRecord, WorkflowRecord } from '../world/model.js';

/** Path ids are digits only; the router guarantees it, this turns them into numbers. */
function idParam(ctx: HandlerContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

export function findRun(ctx: HandlerContext): RunRecord {
  const run = ctx.world.runs.get(idParam(ctx, 'run_id'));
  if (!run || run.deleted || run.repo !== repoOf(ctx)) throw notFound();
  return run;
}

export function findAttempt(ctx: HandlerContext, run: RunRecord): AttemptRecord {
  const attempt = run.attempts[idParam(ctx, 'attempt_number') - 1];
  if (!attempt) throw notFound();
  return attempt;
}

export function findJob(ctx: HandlerContext): { run: RunRecord; job: JobRecord } {
  const job = ctx.world.jobs.get(idParam(ctx, 'job_id'));
  const run = job && ctx.world.runs.get(job.runId);
  if (!job || !run || run.deleted || run.repo !== repoOf(ctx)) throw notFound();
  return { run, job };
}

/** `workflow_id` is a number or the workflow's file name, such as `ci.yml`. */
export function findWorkflow(ctx: HandlerContext): WorkflowRecord {
  const raw = ctx.params['workflow_id'] ?? '';
  const repo = repoOf(ctx);
  const workflow = /^\d+$/.test(raw)
    ? repo.workflows.find((w) => w.id === Number(raw))
    : repo.workflows.find((w) => w.path.split('/').pop() === raw);
  if (!workflow) throw notFound();
  return workflow;
}

export function isTrue(value: string | null): boolean {
  return value === 'true' || value === '1';
}
