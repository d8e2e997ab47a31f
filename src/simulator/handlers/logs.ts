/**
 * Logs: the API routes redirect (302) to a signed URL on the simulator itself, which
 * serves the zip without any Authorization header, as GitHub's log storage does.
 */
import { ApiError, forbidden, notFound } from '../http/api-error.js';
import type { HandlerContext, Reply } from '../http/handler.js';
import { buildLogsZip, jobLog } from '../logs/logs-zip.js';
import { isRunGoing } from '../world/lifecycle.js';
import { latestAttempt, type AttemptRecord, type RunRecord } from '../world/model.js';
import { findAttempt, findJob, findRun } from './lookups.js';

/** Path of the signed download route; its template is the accounting key. */
export const SIGNED_LOGS_TEMPLATE = '/signed-logs/runs/{run_id}/attempts/{attempt_number}';
export const SIGNED_JOB_LOGS_TEMPLATE = '/signed-logs/jobs/{job_id}';

function redirect(ctx: HandlerContext, run: RunRecord, attempt: AttemptRecord): Reply {
  if (run.logsDeleted) throw notFound();
  const path = `/signed-logs/runs/${run.id}/attempts/${attempt.number}`;
  return { status: 302, headers: { location: ctx.signer.create(ctx.base, path, ctx.now) } };
}

export function runLogs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  return redirect(ctx, run, latestAttempt(run));
}

export function attemptLogs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  return redirect(ctx, run, findAttempt(ctx, run));
}

export function deleteLogs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  if (run.logsDeleted) throw notFound();
  if (isRunGoing(run))
    throw forbidden('Cannot delete logs of a workflow run that is not completed.');
  run.logsDeleted = true;
  return { status: 204 };
}

/** The signed URL is the only credential: a bad or expired signature is a 403, like GitHub's storage. */
export function downloadSignedLogs(ctx: HandlerContext): Reply {
  const verdict = ctx.signer.verify(ctx.url.pathname, ctx.url.searchParams, ctx.now);
  if (verdict === 'expired') throw new ApiError(403, 'Signed URL has expired.');
  if (verdict !== 'ok') throw new ApiError(403, 'Signature is not valid.');
  const run = ctx.world.runs.get(Number(ctx.params['run_id']));
  if (!run || run.deleted || run.logsDeleted) throw notFound();
  const attempt = run.attempts[Number(ctx.params['attempt_number']) - 1];
  if (!attempt) throw notFound();
  return {
    status: 200,
    body: buildLogsZip(run, attempt),
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename=logs_${run.id}.zip`,
    },
  };
}

/** `GET .../actions/jobs/{job_id}/logs`: a 302 to the job's plain-text log. */
export function jobLogs(ctx: HandlerContext): Reply {
  const { run, job } = findJob(ctx);
  if (run.logsDeleted) throw notFound();
  return {
    status: 302,
    headers: { location: ctx.signer.create(ctx.base, `/signed-logs/jobs/${job.id}`, ctx.now) },
  };
}

export function downloadSignedJobLog(ctx: HandlerContext): Reply {
  const verdict = ctx.signer.verify(ctx.url.pathname, ctx.url.searchParams, ctx.now);
  if (verdict === 'expired') throw new ApiError(403, 'Signed URL has expired.');
  if (verdict !== 'ok') throw new ApiError(403, 'Signature is not valid.');
  const job = ctx.world.jobs.get(Number(ctx.params['job_id']));
  const run = job && ctx.world.runs.get(job.runId);
  if (!job || !run || run.deleted || run.logsDeleted) throw notFound();
  return {
    status: 200,
    body: Buffer.from(jobLog(run, job)),
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  };
}
