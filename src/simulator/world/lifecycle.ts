/**
 * Everything that changes a run after seeding: the clock moving it forward, and the
 * writes (cancel, rerun, deployment reviews). Handlers validate input first and only
 * then call these, so bad input never changes state.
 */
import { createPrng } from '../prng.js';
import {
  latestAttempt,
  newRunState,
  type AttemptRecord,
  type DeploymentRecord,
  type EnvironmentRecord,
  type JobRecord,
  type RepoRecord,
  type RunConclusion,
  type RunRecord,
  type UserRecord,
  type WorkflowRecord,
  type World,
} from './model.js';
import {
  cancelJobs,
  completeJobs,
  createJobs,
  planJobConclusions,
  startJobs,
} from './job-states.js';

const SECOND = 1000;
/** A rerun or an approved deployment: queued this long, then running this long. */
const QUEUE_MS = 10 * SECOND;
const RUN_MS = 90 * SECOND;

/** A new attempt, queued now, that starts and completes on the clock with `conclusion`. */
function queuedAttempt(
  number: number,
  jobs: JobRecord[],
  actor: UserRecord,
  conclusion: RunConclusion,
  now: Date,
): AttemptRecord {
  return {
    number,
    status: 'queued',
    conclusion: null,
    createdAt: now,
    startedAt: now,
    updatedAt: now,
    triggeringActor: actor,
    jobs,
    schedule: {
      startAt: new Date(now.getTime() + QUEUE_MS),
      completeAt: new Date(now.getTime() + QUEUE_MS + RUN_MS),
      conclusion,
    },
  };
}

export function isRunGoing(run: RunRecord): boolean {
  return latestAttempt(run).status !== 'completed';
}

/** Applies every schedule that is due at `now`. Cheap: only runs with a schedule are visited. */
export function advanceWorld(world: World, now: Date): void {
  for (const run of world.active) {
    const attempt = latestAttempt(run);
    const schedule = attempt.schedule;
    if (run.deleted || !schedule || attempt.status === 'completed') {
      world.active.delete(run);
      continue;
    }
    if (attempt.status === 'queued' && now >= schedule.startAt) {
      attempt.status = 'in_progress';
      attempt.startedAt = schedule.startAt;
      attempt.updatedAt = schedule.startAt;
      startJobs(attempt.jobs, schedule.startAt);
    }
    if (attempt.status === 'in_progress' && now >= schedule.completeAt) {
      const planned = planJobConclusions(
        attempt.jobs.length,
        schedule.conclusion,
        createPrng(run.id + attempt.number),
      );
      attempt.jobs.forEach((job, i) => {
        if (job.status !== 'completed') job.plannedConclusion = planned[i] ?? 'success';
      });
      completeJobs(attempt.jobs, attempt.startedAt, schedule.completeAt);
      attempt.status = 'completed';
      attempt.conclusion = schedule.conclusion;
      attempt.updatedAt = schedule.completeAt;
      delete attempt.schedule;
      world.active.delete(run);
    }
  }
}

export function cancelRun(world: World, run: RunRecord, now: Date): void {
  const attempt = latestAttempt(run);
  cancelJobs(attempt.jobs, now);
  attempt.status = 'completed';
  attempt.conclusion = 'cancelled';
  attempt.updatedAt = now;
  delete attempt.schedule;
  run.pendingDeployments = [];
  world.active.delete(run);
}

/**
 * Starts a new attempt. `rerun` lists the jobs to run again; jobs not listed carry over
 * from the previous attempt unchanged (same ids), as GitHub shows them.
 */
export function rerunRun(
  world: World,
  run: RunRecord,
  rerun: readonly JobRecord[],
  actor: UserRecord,
  now: Date,
): AttemptRecord {
  const previous = latestAttempt(run);
  const number = previous.number + 1;
  // Reruns mostly succeed; seeded by run and attempt so the outcome is reproducible.
  const prng = createPrng(run.id * 7 + number);
  const conclusion: RunConclusion = prng.chance(0.8) ? 'success' : 'failure';
  const again = new Set(rerun.map((j) => j.id));
  const names = previous.jobs.filter((j) => again.has(j.id)).map((j) => j.name);
  const fresh = createJobs(
    world,
    run,
    number,
    names,
    planJobConclusions(names.length, 'success', prng),
    now,
  );
  let f = 0;
  const jobs = previous.jobs.map((j) => (again.has(j.id) ? (fresh[f++] as JobRecord) : j));
  const attempt = queuedAttempt(number, jobs, actor, conclusion, now);
  run.attempts.push(attempt);
  world.active.add(run);
  return attempt;
}

/**
 * A deployment review. Approved environments get a deployment; once nothing is pending the
 * run moves on (approved: its waiting job runs and the run completes later; rejected: the
 * run fails now, as GitHub fails the job that needed the environment).
 */
export function reviewPendingDeployments(
  world: World,
  run: RunRecord,
  environments: readonly EnvironmentRecord[],
  state: 'approved' | 'rejected',
  comment: string,
  reviewer: UserRecord,
  now: Date,
): DeploymentRecord[] {
  const ids = new Set(environments.map((e) => e.id));
  run.pendingDeployments = run.pendingDeployments.filter((p) => !ids.has(p.environment.id));
  run.approvals.push({ environments: [...environments], state, user: reviewer, comment });
  const attempt = latestAttempt(run);
  const created: DeploymentRecord[] =
    state === 'approved'
      ? environments.map((environment) => ({
          id: world.nextIds.deployment++,
          runId: run.id,
          environment,
          creator: reviewer,
          createdAt: now,
        }))
      : [];
  run.deployments.push(...created);
  if (state === 'rejected') {
    for (const job of attempt.jobs)
      if (job.status !== 'completed') job.plannedConclusion = 'failure';
    completeJobs(attempt.jobs, now, now);
    attempt.status = 'completed';
    attempt.conclusion = 'failure';
    attempt.updatedAt = now;
    run.pendingDeployments = [];
  } else if (run.pendingDeployments.length === 0 && attempt.status === 'waiting') {
    attempt.status = 'in_progress';
    attempt.updatedAt = now;
    startJobs(attempt.jobs, now);
    attempt.schedule = {
      startAt: now,
      completeAt: new Date(now.getTime() + RUN_MS),
      conclusion: 'success',
    };
    world.active.add(run);
  }
  return created;
}

/** A `workflow_dispatch`: a new run of the workflow at `ref`, queued, then moved by the clock. */
export function dispatchRun(
  world: World,
  repo: RepoRecord,
  workflow: WorkflowRecord,
  ref: string,
  actor: UserRecord,
  now: Date,
): RunRecord {
  const id = world.nextIds.run++;
  const prng = createPrng(id);
  let runNumber = 0;
  for (const r of world.runs.values())
    if (r.workflow.id === workflow.id && r.runNumber > runNumber) runNumber = r.runNumber;
  const run: RunRecord = {
    id,
    repo,
    workflow,
    runNumber: runNumber + 1,
    event: 'workflow_dispatch',
    headBranch: ref.replace(/^refs\/(heads|tags)\//, ''),
    headSha: prng.hex(40),
    commitMessage: workflow.name,
    actor,
    createdAt: now,
    checkSuiteId: world.nextIds.checkSuite++,
    pullRequests: [],
    referencedWorkflows: null,
    ...newRunState(),
  };
  const conclusion: RunConclusion = prng.chance(0.8) ? 'success' : 'failure';
  const jobs = createJobs(
    world,
    run,
    1,
    workflow.jobNames,
    planJobConclusions(workflow.jobNames.length, conclusion, prng),
    now,
  );
  run.attempts.push(queuedAttempt(1, jobs, actor, conclusion, now));
  world.runs.set(id, run);
  world.active.add(run);
  return run;
}

/** Approving a fork's pull-request run: the run that waited with `action_required` is queued to run. */
export function approveForkRun(world: World, run: RunRecord, now: Date): void {
  const attempt = latestAttempt(run);
  const conclusion: RunConclusion = createPrng(run.id).chance(0.8) ? 'success' : 'failure';
  attempt.status = 'queued';
  attempt.conclusion = null;
  attempt.updatedAt = now;
  attempt.schedule = {
    startAt: new Date(now.getTime() + QUEUE_MS),
    completeAt: new Date(now.getTime() + QUEUE_MS + RUN_MS),
    conclusion,
  };
  for (const job of attempt.jobs)
    Object.assign(job, {
      status: 'queued',
      conclusion: null,
      completedAt: null,
      steps: [],
      startedAt: now,
    });
  world.active.add(run);
}
