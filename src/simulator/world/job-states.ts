/**
 * How jobs and their steps look in each phase of a run. Both the seeded world and the
 * clock-driven lifecycle go through these helpers, so a seeded "in_progress" job and one
 * the clock just started are indistinguishable.
 */
import type { Prng } from '../prng.js';
import type {
  JobConclusion,
  JobRecord,
  RunConclusion,
  RunRecord,
  StepRecord,
  World,
} from './model.js';

const STEP_NAMES = [
  'Set up job',
  'Run actions/checkout@v4',
  'Run npm ci',
  'Run the job',
  'Post Run actions/checkout@v4',
  'Complete job',
];
/** Index of the step that carries a job's failure, cancellation or timeout. */
const WORK_STEP = 3;

/** Job conclusions that make a run's outcome what it is; the schema's job enum has no `stale`/`startup_failure`. */
export function planJobConclusions(
  jobCount: number,
  run: RunConclusion,
  prng: Prng,
): JobConclusion[] {
  const all = (c: JobConclusion): JobConclusion[] => Array.from({ length: jobCount }, () => c);
  const culprit = prng.int(0, jobCount - 1);
  switch (run) {
    case 'success':
    case 'neutral':
    case 'skipped':
    case 'action_required':
      return all(run);
    case 'stale':
      return all('skipped');
    case 'startup_failure':
      return all('failure');
    case 'failure':
    case 'timed_out':
      return all('success').map((c, i) => (i === culprit ? run : c));
    case 'cancelled':
      return all('success').map((c, i) => (i < culprit ? c : 'cancelled'));
  }
}

export function createJobs(
  world: World,
  run: RunRecord,
  attempt: number,
  names: readonly string[],
  planned: readonly JobConclusion[],
  createdAt: Date,
): JobRecord[] {
  return names.map((name, index) => {
    const job: JobRecord = {
      id: world.nextIds.job++,
      runId: run.id,
      runAttempt: attempt,
      name,
      status: 'queued',
      conclusion: null,
      createdAt,
      startedAt: createdAt,
      completedAt: null,
      steps: [],
      runnerId: null,
      runnerName: null,
      plannedConclusion: planned[index] ?? 'success',
    };
    world.jobs.set(job.id, job);
    return job;
  });
}

function step(
  number: number,
  status: StepRecord['status'],
  conclusion: string | null,
  startedAt: Date | null,
  completedAt: Date | null,
): StepRecord {
  return {
    number,
    name: STEP_NAMES[number - 1] ?? `Step ${number}`,
    status,
    conclusion,
    startedAt,
    completedAt,
  };
}

function assignRunner(job: JobRecord): void {
  job.runnerId = 20 + (job.id % 7);
  job.runnerName = `GitHub Actions ${job.runnerId}`;
}

/** The run started: its first unfinished job runs, the rest wait in the queue. */
export function startJobs(jobs: readonly JobRecord[], at: Date): void {
  const first = jobs.find((j) => j.status !== 'completed');
  for (const job of jobs) {
    if (job.status === 'completed') continue;
    if (job === first) {
      job.status = 'in_progress';
      job.startedAt = at;
      assignRunner(job);
      job.steps = STEP_NAMES.map((_, i) =>
        i < 2
          ? step(i + 1, 'completed', 'success', at, at)
          : i === 2
            ? step(i + 1, 'in_progress', null, at, null)
            : step(i + 1, 'queued', null, null, null),
      );
    } else {
      job.status = 'queued';
    }
  }
}

/** Completes every unfinished job with its planned conclusion, spread between `from` and `until`. */
export function completeJobs(jobs: readonly JobRecord[], from: Date, until: Date): void {
  const open = jobs.filter((j) => j.status !== 'completed');
  const slice = (until.getTime() - from.getTime()) / Math.max(open.length, 1);
  open.forEach((job, index) => {
    const start = new Date(from.getTime() + slice * index);
    const end = new Date(from.getTime() + slice * (index + 1));
    finishJob(job, job.plannedConclusion, start, end);
  });
}

function finishJob(job: JobRecord, conclusion: JobConclusion, start: Date, end: Date): void {
  job.status = 'completed';
  job.conclusion = conclusion;
  job.startedAt = start;
  job.completedAt = end;
  if (conclusion === 'skipped' || conclusion === 'action_required') {
    job.steps = [];
    return;
  }
  assignRunner(job);
  const span = (end.getTime() - start.getTime()) / STEP_NAMES.length;
  const at = (i: number): Date => new Date(start.getTime() + span * i);
  const broken =
    conclusion === 'failure' || conclusion === 'cancelled' || conclusion === 'timed_out';
  job.steps = STEP_NAMES.map((_, i) => {
    if (!broken || i < WORK_STEP)
      return step(
        i + 1,
        'completed',
        conclusion === 'neutral' ? 'neutral' : 'success',
        at(i),
        at(i + 1),
      );
    if (i === WORK_STEP) return step(i + 1, 'completed', conclusion, at(i), at(i + 1));
    if (i === STEP_NAMES.length - 1) return step(i + 1, 'completed', 'success', at(i), at(i + 1));
    return step(i + 1, 'completed', 'skipped', at(i), at(i));
  });
}

/** Cancel: whatever has not finished ends as cancelled now. */
export function cancelJobs(jobs: readonly JobRecord[], at: Date): void {
  for (const job of jobs) {
    if (job.status === 'completed') continue;
    finishJob(job, 'cancelled', job.status === 'in_progress' ? job.startedAt : at, at);
  }
}

/** A run waiting on an environment: the jobs before the deploy job are done, the deploy job waits. */
export function waitJobs(jobs: readonly JobRecord[], from: Date, until: Date): void {
  const last = jobs[jobs.length - 1];
  completeJobs(jobs.slice(0, -1), from, until);
  if (last) {
    last.status = 'waiting';
    last.startedAt = until;
  }
}

/** GitHub-only phases (`requested`, `pending`): every job carries the run's status. */
export function holdJobs(jobs: readonly JobRecord[], status: 'requested' | 'pending'): void {
  for (const job of jobs) job.status = status;
}

const FAILED: ReadonlySet<string> = new Set(['failure', 'cancelled', 'timed_out']);

export function isFailedJob(job: JobRecord): boolean {
  return job.status === 'completed' && job.conclusion !== null && FAILED.has(job.conclusion);
}
