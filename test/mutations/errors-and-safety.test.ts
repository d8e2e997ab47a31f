/**
 * The error convention and the safety rules, for every mutation: the same codes from the
 * same upstream answers, bad ids refused with no call, a write never sent twice (not even
 * when its answer is lost), no mutation over GET, and several mutations in one operation
 * each answering for itself, in order. Nothing here succeeds, so one world serves all.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness } from '../helpers/harness.js';
import {
  findRun,
  getRun,
  jobId,
  ROUTE_KEYS,
  runId,
  startMutationHarness,
  workflowId,
} from './support.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';

const Operations = {
  cancelWorkflowRun: graphql(
    `mutation ErrCancel($input: CancelWorkflowRunInput!) { cancelWorkflowRun(input: $input) { clientMutationId } }`,
  ),
  forceCancelWorkflowRun: graphql(
    `mutation ErrForceCancel($input: ForceCancelWorkflowRunInput!) { forceCancelWorkflowRun(input: $input) { clientMutationId } }`,
  ),
  rerunWorkflowRun: graphql(
    `mutation ErrRerun($input: RerunWorkflowRunInput!) { rerunWorkflowRun(input: $input) { clientMutationId } }`,
  ),
  rerunFailedJobs: graphql(
    `mutation ErrRerunFailed($input: RerunFailedJobsInput!) { rerunFailedJobs(input: $input) { clientMutationId } }`,
  ),
  rerunJob: graphql(
    `mutation ErrRerunJob($input: RerunJobInput!) { rerunJob(input: $input) { clientMutationId } }`,
  ),
  approveDeployments: graphql(
    `mutation ErrApprove($input: ApproveDeploymentsInput!) { approveDeployments(input: $input) { clientMutationId } }`,
  ),
  rejectDeployments: graphql(
    `mutation ErrReject($input: RejectDeploymentsInput!) { rejectDeployments(input: $input) { clientMutationId } }`,
  ),
  reviewDeploymentProtectionRule: graphql(
    `mutation ErrReviewRule($input: ReviewDeploymentProtectionRuleInput!) { reviewDeploymentProtectionRule(input: $input) { clientMutationId } }`,
  ),
  deleteWorkflowRun: graphql(
    `mutation ErrDeleteRun($input: DeleteWorkflowRunInput!) { deleteWorkflowRun(input: $input) { clientMutationId } }`,
  ),
  deleteWorkflowRunLogs: graphql(
    `mutation ErrDeleteLogs($input: DeleteWorkflowRunLogsInput!) { deleteWorkflowRunLogs(input: $input) { clientMutationId } }`,
  ),
};
type Name = keyof typeof Operations;

/** Per mutation: its write, and an input for a target id (a run's, or a job's for rerunJob). */
const CASES: {
  name: Name;
  method: 'POST' | 'DELETE';
  route: string;
  idField: string;
  extra: Record<string, unknown>;
}[] = [
  {
    name: 'cancelWorkflowRun',
    method: 'POST',
    route: ROUTE_KEYS.cancel,
    idField: 'workflowRunId',
    extra: {},
  },
  {
    name: 'forceCancelWorkflowRun',
    method: 'POST',
    route: ROUTE_KEYS.forceCancel,
    idField: 'workflowRunId',
    extra: {},
  },
  {
    name: 'rerunWorkflowRun',
    method: 'POST',
    route: ROUTE_KEYS.rerun,
    idField: 'workflowRunId',
    extra: {},
  },
  {
    name: 'rerunFailedJobs',
    method: 'POST',
    route: ROUTE_KEYS.rerunFailedJobs,
    idField: 'workflowRunId',
    extra: {},
  },
  { name: 'rerunJob', method: 'POST', route: ROUTE_KEYS.rerunJob, idField: 'jobId', extra: {} },
  {
    name: 'approveDeployments',
    method: 'POST',
    route: ROUTE_KEYS.pendingDeployments,
    idField: 'workflowRunId',
    extra: { environmentIds: ['161171787'] },
  },
  {
    name: 'rejectDeployments',
    method: 'POST',
    route: ROUTE_KEYS.pendingDeployments,
    idField: 'workflowRunId',
    extra: { environmentIds: ['161171787'] },
  },
  {
    name: 'reviewDeploymentProtectionRule',
    method: 'POST',
    route: ROUTE_KEYS.protectionRule,
    idField: 'workflowRunId',
    extra: { environmentName: 'staging', state: 'APPROVED' },
  },
  {
    name: 'deleteWorkflowRun',
    method: 'DELETE',
    route: ROUTE_KEYS.run,
    idField: 'workflowRunId',
    extra: {},
  },
  {
    name: 'deleteWorkflowRunLogs',
    method: 'DELETE',
    route: ROUTE_KEYS.logs,
    idField: 'workflowRunId',
    extra: {},
  },
];

let h: Harness;
/** A waiting run (pending on staging) and one of its jobs: every mutation has a real target. */
let target: { runId: number; jobId: number };
beforeAll(async () => {
  h = await startMutationHarness();
  const run = await findRun(h, (r) => r.status === 'waiting');
  const jobs = await fetch(
    `${h.simulator.url}/repos/octo-org/octo-repo/actions/runs/${run.id}/jobs`,
    {
      headers: { authorization: 'Bearer demo-admin-token' },
    },
  ).then((r) => r.json() as Promise<{ jobs: { id: number }[] }>);
  target = { runId: run.id, jobId: jobs.jobs[0]!.id };
  h.resetCalls();
});
afterAll(() => h.close());
afterEach(() => {
  h.simulator.faults.clear();
  h.resetCalls();
  h.forgetPauses();
});

function input(c: (typeof CASES)[number], id?: string) {
  const ref = id ?? (c.idField === 'jobId' ? jobId(target.jobId) : runId(target.runId));
  return { ...c.extra, [c.idField]: ref, clientMutationId: 'x' };
}

function run(c: (typeof CASES)[number], variables: Record<string, unknown>, token?: string | null) {
  return h.execute(
    Operations[c.name] as never,
    { input: variables } as never,
    token === undefined ? {} : { token },
  );
}

describe.each(CASES)('$name', (c) => {
  const writes = () => h.upstreamCalls({ method: c.method, route: c.route });

  it('UNAUTHENTICATED with a token GitHub does not know: one write attempt, nothing else', async () => {
    const res = await run(c, input(c), 'not-a-token');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ status: 401 });
    expect(res.data?.[c.name as never]).toBeNull();
    expect(writes()).toBe(1);
    expect(h.upstreamCalls()).toBe(1);
  });

  it('FORBIDDEN with a read-only token', async () => {
    const res = await run(c, input(c), 'demo-read-token');
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ status: 403 });
    expect(writes()).toBe(1);
  });

  it('NOT_FOUND for an id whose object does not exist', async () => {
    const missing = c.idField === 'jobId' ? jobId(99) : runId(99);
    const res = await run(c, input(c, missing));
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(writes()).toBe(1);
  });

  it('RATE_LIMITED with retryAfter on a secondary limit, and the write is not retried', async () => {
    h.simulator.faults.set({ secondaryLimit: { every: 1, status: 429, retryAfter: 30 } });
    const res = await run(c, input(c));
    expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ retryAfter: 30 });
    expect(writes()).toBe(1);
    // The token now waits: the same write again is refused at once and never sent.
    h.simulator.faults.clear();
    const again = await run(c, input(c));
    expect(errorCodes(again)).toEqual(['RATE_LIMITED']);
    expect(again.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(25);
    expect(writes()).toBe(1);
  });

  it('UPSTREAM_ERROR on a 5xx, sent once: writes are never retried', async () => {
    h.simulator.faults.set({ errorRate: { [c.route]: 1 } });
    const res = await run(c, input(c));
    expect(errorCodes(res)).toEqual(['UPSTREAM_ERROR']);
    expect(writes()).toBe(1);
    expect(h.upstreamCalls()).toBe(1);
  });

  it('says the outcome is unknown when the answer is lost, and sends nothing twice', async () => {
    h.simulator.faults.set({ resetRate: 1 });
    const res = await run(c, input(c));
    expect(errorCodes(res)).toEqual(['UPSTREAM_ERROR']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ outcome: 'UNKNOWN' });
    expect(res.errors?.[0]?.message).toMatch(/may or may not have taken effect/);
    expect(h.upstreamCalls({ method: c.method, route: c.route, status: 0 })).toBe(1);
    expect(h.upstreamCalls()).toBe(1);
  });

  it.each([
    ['a malformed id', 'not-an-id'],
    ['an id of the wrong type (a Workflow)', workflowId],
    ['a forged id with a bad repository name', encodeGlobalId('WorkflowRun', 'octo-org/../1')],
  ])('BAD_USER_INPUT for %s, with no upstream call', async (_label, id) => {
    const res = await run(c, input(c, id));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ argument: c.idField });
    expect(h.upstreamCalls()).toBe(0);
  });

  it('is refused over GET with 405 before any upstream call', async () => {
    const res = await h.execute(Operations[c.name] as never, { input: input(c) } as never, {
      method: 'GET',
    });
    expect(res.status).toBe(405);
    expect(res.data ?? null).toBeNull();
    expect(h.upstreamCalls()).toBe(0);
  });
});

const Several = graphql(`
  mutation SeveralMutationsTest($completed: ID!, $queued: ID!, $bad: ID!) {
    first: cancelWorkflowRun(input: { workflowRunId: $completed, clientMutationId: "1" }) { clientMutationId }
    second: cancelWorkflowRun(input: { workflowRunId: $queued, clientMutationId: "2" }) { clientMutationId workflowRun { status conclusion } }
    third: deleteWorkflowRun(input: { workflowRunId: $bad, clientMutationId: "3" }) { clientMutationId }
    fourth: rerunWorkflowRun(input: { workflowRunId: $completed, clientMutationId: "4" }) { clientMutationId workflowRun { runAttempt } }
  }
`);

describe('several mutations in one operation', () => {
  it('each field returns its own result or error, in order, and a failure stops none of the others', async () => {
    const completed = await findRun(h, (r) => r.conclusion === 'success' && r.run_attempt === 1);
    const queued = await findRun(h, (r) => r.status === 'queued');
    h.resetCalls();
    const res = await h.execute(Several, {
      completed: runId(completed.id),
      queued: runId(queued.id),
      bad: workflowId,
    });
    expect(res.data).toEqual({
      first: null,
      second: {
        clientMutationId: '2',
        workflowRun: { status: 'COMPLETED', conclusion: 'CANCELLED' },
      },
      third: null,
      fourth: { clientMutationId: '4', workflowRun: { runAttempt: 2 } },
    });
    expect(res.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([
      ['first', 'CONFLICT'],
      ['third', 'BAD_USER_INPUT'],
    ]);
    // Serial, as GraphQL runs mutation fields: each write after the previous one finished.
    expect(h.upstreamLog().map((r) => `${r.method} ${r.route}`)).toEqual([
      `POST ${ROUTE_KEYS.cancel}`,
      `GET ${ROUTE_KEYS.run}`,
      `POST ${ROUTE_KEYS.cancel}`,
      `GET ${ROUTE_KEYS.run}`,
      `POST ${ROUTE_KEYS.rerun}`,
      `GET ${ROUTE_KEYS.run}`,
    ]);
    expect((await getRun(h, queued.id)).conclusion).toBe('cancelled');
    expect((await getRun(h, completed.id)).run_attempt).toBe(2);
  });
});
