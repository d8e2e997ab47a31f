/** Jobs of a run, of one attempt, and one job. */
import { validationFailed } from '../http/api-error.js';
import type { HandlerContext, Reply } from '../http/handler.js';
import { paginate } from '../http/pagination.js';
import { renderJob } from '../payloads/job.js';
import { latestAttempt, type JobRecord, type RunRecord } from '../world/model.js';
import { findAttempt, findJob, findRun } from './lookups.js';

function jobsPage(ctx: HandlerContext, run: RunRecord, jobs: readonly JobRecord[]): Reply {
  const page = paginate(jobs, ctx.url);
  return {
    status: 200,
    body: {
      total_count: jobs.length,
      jobs: page.items.map((job) => renderJob(ctx.base, run, job)),
    },
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}

/** `filter=latest` (default): the latest attempt's jobs; `filter=all`: every job of every attempt. */
export function listRunJobs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const filter = ctx.url.searchParams.get('filter') ?? 'latest';
  if (filter !== 'latest' && filter !== 'all') {
    throw validationFailed({
      resource: 'WorkflowJob',
      field: 'filter',
      code: 'invalid',
      message: 'filter must be one of: latest, all',
    });
  }
  if (filter === 'latest') return jobsPage(ctx, run, latestAttempt(run).jobs);
  const seen = new Map<number, JobRecord>();
  for (const attempt of run.attempts) for (const job of attempt.jobs) seen.set(job.id, job);
  return jobsPage(ctx, run, [...seen.values()]);
}

export function listAttemptJobs(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  return jobsPage(ctx, run, findAttempt(ctx, run).jobs);
}

export function getJob(ctx: HandlerContext): Reply {
  const { run, job } = findJob(ctx);
  return { status: 200, body: renderJob(ctx.base, run, job) };
}
