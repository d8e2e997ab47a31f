/** cancel, force-cancel and the three reruns: state checked over REST, one write each, fresh payloads. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness } from '../helpers/harness.js';
import {
  findRun,
  getRun,
  jobId,
  listRuns,
  REPO_PATH,
  rest,
  ROUTE_KEYS,
  runId,
  startMutationHarness,
} from './support.js';

const Cancel = graphql(`
  mutation CancelRunTest($input: CancelWorkflowRunInput!) {
    cancelWorkflowRun(input: $input) { clientMutationId workflowRun { id fullDatabaseId status conclusion } }
  }
`);
const ForceCancel = graphql(`
  mutation ForceCancelRunTest($input: ForceCancelWorkflowRunInput!) {
    forceCancelWorkflowRun(input: $input) { clientMutationId workflowRun { fullDatabaseId status conclusion } }
  }
`);
const CancelBare = graphql(`
  mutation CancelRunBareTest($input: CancelWorkflowRunInput!) {
    cancelWorkflowRun(input: $input) { clientMutationId }
  }
`);
const Rerun = graphql(`
  mutation RerunRunTest($input: RerunWorkflowRunInput!) {
    rerunWorkflowRun(input: $input) {
      clientMutationId
      workflowRun { fullDatabaseId status conclusion runAttempt attempts(first: 10) { totalCount } previousAttempt { runAttempt: number conclusion } }
    }
  }
`);
const RerunFailed = graphql(`
  mutation RerunFailedJobsTest($input: RerunFailedJobsInput!) {
    rerunFailedJobs(input: $input) { clientMutationId workflowRun { fullDatabaseId status runAttempt } }
  }
`);
const RerunJob = graphql(`
  mutation RerunJobTest($input: RerunJobInput!) {
    rerunJob(input: $input) {
      clientMutationId
      job { fullDatabaseId name runAttempt }
      workflowRun { fullDatabaseId status runAttempt jobs(first: 10) { nodes { fullDatabaseId name status runAttempt } } }
    }
  }
`);
const RerunThenCancel = graphql(`
  mutation RerunThenCancelTest($run: ID!) {
    rerun: rerunWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status runAttempt } }
    cancel: cancelWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status conclusion runAttempt } }
  }
`);

const ListThenCancel = graphql(`
  mutation ListThenCancelTest($first: ID!, $second: ID!) {
    a: cancelWorkflowRun(input: { workflowRunId: $first }) {
      workflowRun { repository { workflowRuns(first: 10) { nodes { fullDatabaseId status } } } }
    }
    b: cancelWorkflowRun(input: { workflowRunId: $second }) { workflowRun { fullDatabaseId status conclusion } }
  }
`);

let h: Harness;
beforeEach(async () => {
  h = await startMutationHarness();
});
afterEach(() => h.close());

describe('cancelWorkflowRun', () => {
  it('cancels a queued run: one POST, one fresh GET for the payload, REST agrees', async () => {
    const run = await findRun(h, (r) => r.status === 'queued');
    h.resetCalls();
    const res = await h.execute(Cancel, {
      input: { workflowRunId: runId(run.id), clientMutationId: 'c-1' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cancelWorkflowRun).toEqual({
      clientMutationId: 'c-1',
      workflowRun: {
        id: runId(run.id),
        fullDatabaseId: String(run.id),
        status: 'COMPLETED',
        conclusion: 'CANCELLED',
      },
    });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.cancel })).toBe(1);
    expect(h.upstreamCalls({ method: 'GET', route: ROUTE_KEYS.run })).toBe(1);
    expect(h.upstreamCalls()).toBe(2);
    expect(await getRun(h, run.id)).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });

  it('makes only the write when the payload asks for no run', async () => {
    const run = await findRun(h, (r) => r.status === 'in_progress');
    h.resetCalls();
    const res = await h.execute(CancelBare, { input: { workflowRunId: runId(run.id) } });
    expect(res.data?.cancelWorkflowRun).toEqual({ clientMutationId: null });
    expect(h.upstreamCalls()).toBe(1);
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.cancel })).toBe(1);
    expect((await getRun(h, run.id)).conclusion).toBe('cancelled');
  });

  it('answers CONFLICT with the run status for a completed run, and changes nothing', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success');
    h.resetCalls();
    const res = await h.execute(Cancel, { input: { workflowRunId: runId(run.id) } });
    expect(res.data?.cancelWorkflowRun).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      status: 409,
      runStatus: 'COMPLETED',
      runConclusion: 'SUCCESS',
    });
    expect(res.errors?.[0]?.path).toEqual(['cancelWorkflowRun']);
    // The refused write, then one read to report the run's state; never a second POST.
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.cancel })).toBe(1);
    expect(h.upstreamCalls({ method: 'GET', route: ROUTE_KEYS.run })).toBe(1);
    expect(await getRun(h, run.id)).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      run_attempt: run.run_attempt,
    });
  });

  it('answers NOT_FOUND for a run that does not exist', async () => {
    const res = await h.execute(Cancel, { input: { workflowRunId: runId(123) } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.cancel })).toBe(1);
  });
});

describe('forceCancelWorkflowRun', () => {
  it('cancels an in-progress run through force-cancel: one POST plus the payload read', async () => {
    const run = await findRun(h, (r) => r.status === 'in_progress');
    h.resetCalls();
    const res = await h.execute(ForceCancel, {
      input: { workflowRunId: runId(run.id), clientMutationId: 'fc' },
    });
    expect(res.data?.forceCancelWorkflowRun).toEqual({
      clientMutationId: 'fc',
      workflowRun: { fullDatabaseId: String(run.id), status: 'COMPLETED', conclusion: 'CANCELLED' },
    });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.forceCancel })).toBe(1);
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.cancel })).toBe(0);
    expect(h.upstreamCalls()).toBe(2);
    expect(await getRun(h, run.id)).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });

  it('answers CONFLICT with the run status for a completed run', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'failure');
    const res = await h.execute(ForceCancel, { input: { workflowRunId: runId(run.id) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      runStatus: 'COMPLETED',
      runConclusion: 'FAILURE',
    });
  });
});

describe('rerunWorkflowRun', () => {
  it('starts a new attempt of a completed run, visible in the payload and over REST', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'failure' && r.run_attempt === 1);
    h.resetCalls();
    const res = await h.execute(Rerun, {
      input: { workflowRunId: runId(run.id), enableDebugLogging: true, clientMutationId: 'r' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.rerunWorkflowRun).toEqual({
      clientMutationId: 'r',
      workflowRun: {
        fullDatabaseId: String(run.id),
        status: 'QUEUED',
        conclusion: null,
        runAttempt: 2,
        attempts: { totalCount: 2 },
        previousAttempt: { runAttempt: 1, conclusion: 'FAILURE' },
      },
    });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.rerun })).toBe(1);
    // The run itself; the previous attempt's conclusion costs the attempt route.
    expect(h.upstreamCalls({ method: 'GET', route: ROUTE_KEYS.run })).toBe(1);
    expect(h.upstreamCalls({ method: 'POST' })).toBe(1);
    expect(await getRun(h, run.id)).toMatchObject({ status: 'queued', run_attempt: 2 });
  });

  it('is FORBIDDEN on a run still going, as GitHub answers, and changes nothing', async () => {
    const run = await findRun(h, (r) => r.status === 'in_progress');
    h.resetCalls();
    const res = await h.execute(Rerun, { input: { workflowRunId: runId(run.id) } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ status: 403 });
    expect(h.upstreamCalls()).toBe(1);
    expect(await getRun(h, run.id)).toMatchObject({
      status: 'in_progress',
      run_attempt: run.run_attempt,
    });
  });

  it('returns the run read after the write even when the same operation cached it before', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success' && r.run_attempt === 1);
    h.resetCalls();
    const res = await h.execute(RerunThenCancel, { run: runId(run.id) });
    expect(res.errors).toBeUndefined();
    // A loader serving the first payload's copy would show QUEUED twice.
    expect(res.data).toEqual({
      rerun: { workflowRun: { status: 'QUEUED', runAttempt: 2 } },
      cancel: { workflowRun: { status: 'COMPLETED', conclusion: 'CANCELLED', runAttempt: 2 } },
    });
    expect(h.upstreamLog().map((r) => `${r.method} ${r.route}`)).toEqual([
      `POST ${ROUTE_KEYS.rerun}`,
      `GET ${ROUTE_KEYS.run}`,
      `POST ${ROUTE_KEYS.cancel}`,
      `GET ${ROUTE_KEYS.run}`,
    ]);
  });
});

describe('a listing read between writes', () => {
  it('does not serve a later payload the copy of a run that the listing carried', async () => {
    const [first, second] = (await listRuns(h)).filter(
      (r) => r.status === 'queued' || r.status === 'in_progress',
    );
    const res = await h.execute(ListThenCancel, {
      first: runId(first!.id),
      second: runId(second!.id),
    });
    expect(res.errors).toBeUndefined();
    const listed = res.data!.a!.workflowRun!.repository.workflowRuns.nodes!.find(
      (n) => n!.fullDatabaseId === String(second!.id),
    );
    expect(listed!.status).not.toBe('COMPLETED');
    expect(res.data!.b!.workflowRun).toEqual({
      fullDatabaseId: String(second!.id),
      status: 'COMPLETED',
      conclusion: 'CANCELLED',
    });
  });
});

describe('rerunFailedJobs', () => {
  it('reruns only the failed jobs of a failed run as a new attempt', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'failure' && r.run_attempt === 1);
    const before = await rest<{ jobs: { id: number; name: string; conclusion: string }[] }>(
      h,
      `${REPO_PATH}/actions/runs/${run.id}/jobs`,
    );
    const failed = before.body.jobs.filter((j) => j.conclusion === 'failure').map((j) => j.name);
    expect(failed.length).toBeGreaterThan(0);
    h.resetCalls();
    const res = await h.execute(RerunFailed, {
      input: { workflowRunId: runId(run.id), clientMutationId: 'rf' },
    });
    expect(res.data?.rerunFailedJobs).toEqual({
      clientMutationId: 'rf',
      workflowRun: { fullDatabaseId: String(run.id), status: 'QUEUED', runAttempt: 2 },
    });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.rerunFailedJobs })).toBe(1);
    expect(h.upstreamCalls()).toBe(2);
    const after = await rest<{ jobs: { id: number; name: string; run_attempt: number }[] }>(
      h,
      `${REPO_PATH}/actions/runs/${run.id}/jobs?filter=latest`,
    );
    const rerun = after.body.jobs.filter((j) => j.run_attempt === 2).map((j) => j.name);
    expect(rerun.sort()).toEqual([...failed].sort());
  });

  it('is FORBIDDEN on a run with no failed job', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success' && r.run_attempt === 1);
    h.resetCalls();
    const res = await h.execute(RerunFailed, { input: { workflowRunId: runId(run.id) } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(h.upstreamCalls()).toBe(1);
    expect((await getRun(h, run.id)).run_attempt).toBe(1);
  });
});

describe('rerunJob', () => {
  it('reruns one job: the run gains an attempt whose job of that name is new', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success' && r.run_attempt === 1);
    const { body } = await rest<{ jobs: { id: number; name: string }[] }>(
      h,
      `${REPO_PATH}/actions/runs/${run.id}/jobs`,
    );
    const target = body.jobs[0]!;
    h.resetCalls();
    const res = await h.execute(RerunJob, {
      input: {
        jobId: jobId(target.id),
        enableDebugLogging: true,
        enableDebugger: false,
        clientMutationId: 'rj',
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.rerunJob!;
    expect(payload.clientMutationId).toBe('rj');
    expect(payload.job).toEqual({
      fullDatabaseId: String(target.id),
      name: target.name,
      runAttempt: 1,
    });
    expect(payload.workflowRun).toMatchObject({
      fullDatabaseId: String(run.id),
      status: 'QUEUED',
      runAttempt: 2,
    });
    const rerun = payload.workflowRun!.jobs.nodes!.find((j) => j?.name === target.name);
    expect(rerun).toMatchObject({ runAttempt: 2, status: 'QUEUED' });
    expect(rerun?.fullDatabaseId).not.toBe(String(target.id));
    // One write; the job (once, shared by both payload fields), the run, the run's jobs.
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.rerunJob })).toBe(1);
    expect(h.upstreamCalls({ method: 'POST' })).toBe(1);
    expect(h.upstreamCalls({ method: 'GET', route: ROUTE_KEYS.job })).toBe(1);
    expect(h.upstreamCalls({ method: 'GET', route: ROUTE_KEYS.run })).toBe(1);
    expect(h.upstreamCalls()).toBe(4);
    const after = await getRun(h, run.id);
    expect(after).toMatchObject({ status: 'queued', run_attempt: 2 });
  });

  it('is FORBIDDEN for a job of a run still going', async () => {
    const run = await findRun(h, (r) => r.status === 'in_progress');
    const { body } = await rest<{ jobs: { id: number }[] }>(
      h,
      `${REPO_PATH}/actions/runs/${run.id}/jobs`,
    );
    h.resetCalls();
    const res = await h.execute(RerunJob, { input: { jobId: jobId(body.jobs[0]!.id) } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(h.upstreamCalls()).toBe(1);
  });

  it('refuses a run id where a job id belongs, with no call', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success');
    h.resetCalls();
    const res = await h.execute(RerunJob, { input: { jobId: runId(run.id) } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ argument: 'jobId' });
    expect(h.upstreamCalls()).toBe(0);
  });
});
