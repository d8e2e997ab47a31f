/** approveDeployments, rejectDeployments and reviewDeploymentProtectionRule against the simulator. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness } from '../helpers/harness.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import {
  getRun,
  REPO_PATH,
  rest,
  ROUTE_KEYS,
  runId,
  startMutationHarness,
  workflowId,
} from './support.js';

const Approve = graphql(`
  mutation ApproveDeploymentsTest($input: ApproveDeploymentsInput!) {
    approveDeployments(input: $input) {
      clientMutationId
      deployments {
        id databaseId fullDatabaseId nodeId commitOid createdAt environment originalEnvironment latestEnvironment task payload
        creator { login }
        repository { nameWithOwner }
      }
    }
  }
`);
const Reject = graphql(`
  mutation RejectDeploymentsTest($input: RejectDeploymentsInput!) {
    rejectDeployments(input: $input) { clientMutationId deployments { fullDatabaseId } }
  }
`);
const PendingEnvironments = graphql(`
  query PendingEnvironmentsTest($id: ID!) {
    node(id: $id) { ... on WorkflowRun { pendingDeploymentRequests(first: 5) { nodes { environment { id name } } } } }
  }
`);
const ReviewRule = graphql(`
  mutation ReviewProtectionRuleTest($input: ReviewDeploymentProtectionRuleInput!) {
    reviewDeploymentProtectionRule(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }
  }
`);

interface Pending {
  environment: { id: number; node_id: string; name: string };
}
interface Approval {
  state: string;
  comment: string;
  user: { login: string };
  environments: { id: number }[];
}

let h: Harness;
beforeEach(async () => {
  h = await startMutationHarness();
});
afterEach(() => h.close());

/** A waiting run and what REST says it waits on. */
async function waitingRun(pendingCount: number) {
  for (const run of (
    await rest<{ workflow_runs: { id: number; head_sha: string }[] }>(
      h,
      `${REPO_PATH}/actions/runs?status=waiting`,
    )
  ).body.workflow_runs) {
    const { body } = await rest<Pending[]>(
      h,
      `${REPO_PATH}/actions/runs/${run.id}/pending_deployments`,
    );
    if (body.length === pendingCount) return { run, pending: body };
  }
  throw new Error(`No waiting run with ${pendingCount} pending deployments.`);
}

async function approvals(runDatabaseId: number) {
  return (await rest<Approval[]>(h, `${REPO_PATH}/actions/runs/${runDatabaseId}/approvals`)).body;
}

describe('approveDeployments', () => {
  it("approves with GitHub's input: one POST, deployments from its answer, no read", async () => {
    const { run, pending } = await waitingRun(2);
    const [staging, production] = pending.map((p) => p.environment) as [
      Pending['environment'],
      Pending['environment'],
    ];
    const historyBefore = (await approvals(run.id)).length;
    h.resetCalls();
    // One environment by the gateway's `Environment.id`, one by its database id.
    const res = await h.execute(Approve, {
      input: {
        workflowRunId: runId(run.id),
        environmentIds: [environmentId(staging.node_id), String(production.id)],
        comment: 'Ship it',
        clientMutationId: 'a-1',
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.approveDeployments!;
    expect(payload.clientMutationId).toBe('a-1');
    expect(payload.deployments!.map((d) => d.environment).sort()).toEqual([
      'production',
      'staging',
    ]);
    for (const d of payload.deployments!) {
      expect(d).toMatchObject({
        commitOid: run.head_sha,
        task: 'deploy',
        payload: '{}',
        creator: { login: 'octocat' },
        repository: { nameWithOwner: 'octo-org/octo-repo' },
      });
      expect(d.id).toBe(encodeGlobalId('Deployment', d.nodeId));
      expect(d.originalEnvironment).toBe(d.environment);
      expect(d.latestEnvironment).toBe(d.environment);
      expect(d.databaseId).toBeNull(); // past 2^31, as on github.com
      expect(Number(d.fullDatabaseId)).toBeGreaterThan(2 ** 31);
    }
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.pendingDeployments })).toBe(1);
    expect(h.upstreamCalls()).toBe(1);

    const history = await approvals(run.id);
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.at(-1)).toMatchObject({
      state: 'approved',
      comment: 'Ship it',
      user: { login: 'octocat' },
    });
    expect(
      history
        .at(-1)!
        .environments.map((e) => e.id)
        .sort(),
    ).toEqual([staging.id, production.id].sort());
    expect(
      (await rest<Pending[]>(h, `${REPO_PATH}/actions/runs/${run.id}/pending_deployments`)).body,
    ).toEqual([]);
    expect((await getRun(h, run.id)).status).toBe('in_progress');
  });

  it('takes the Environment.id the gateway served, as a client would pass it back', async () => {
    const { run } = await waitingRun(1);
    const read = await h.execute(PendingEnvironments, { id: runId(run.id) });
    const environment = (
      read.data?.node as {
        pendingDeploymentRequests: { nodes: { environment: { id: string; name: string } }[] };
      }
    ).pendingDeploymentRequests.nodes[0]!.environment;
    h.resetCalls();
    const res = await h.execute(Approve, {
      input: { workflowRunId: runId(run.id), environmentIds: [environment.id] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.approveDeployments?.deployments?.map((d) => d.environment)).toEqual([
      environment.name,
    ]);
    expect(h.upstreamCalls()).toBe(1);
  });

  it('defaults the comment to "" and collapses an environment named twice', async () => {
    const { run, pending } = await waitingRun(1);
    const env = pending[0]!.environment;
    h.resetCalls();
    const res = await h.execute(Approve, {
      input: { workflowRunId: runId(run.id), environmentIds: [env.node_id, String(env.id)] },
    });
    expect(res.data?.approveDeployments?.deployments).toHaveLength(1);
    expect(res.data?.approveDeployments?.clientMutationId).toBeNull();
    expect((await approvals(run.id)).at(-1)).toMatchObject({ state: 'approved', comment: '' });
  });

  it('accepts the current GitHub node id form of an environment (EN_...)', async () => {
    const { run, pending } = await waitingRun(1);
    const env = pending[0]!.environment;
    // `EN_` + base64url(MessagePack [0, repository id 100001, environment id]), as GitHub mints them.
    const bytes = Buffer.from([0x93, 0, 0xce, 0, 0x01, 0x86, 0xa1, 0xce, ...toUint32(env.id)]);
    const res = await h.execute(Approve, {
      input: {
        workflowRunId: runId(run.id),
        environmentIds: [`EN_${bytes.toString('base64url')}`],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.approveDeployments?.deployments?.[0]?.environment).toBe(env.name);
  });

  it("passes GitHub's refusal of an environment that is not pending as BAD_USER_INPUT, after one POST", async () => {
    const { run, pending } = await waitingRun(1);
    const notPending = pending[0]!.environment.name === 'staging' ? 161171795 : 161171787;
    h.resetCalls();
    const res = await h.execute(Approve, {
      input: { workflowRunId: runId(run.id), environmentIds: [String(notPending)] },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ status: 422 });
    expect(h.upstreamCalls()).toBe(1);
    expect(
      (await rest<Pending[]>(h, `${REPO_PATH}/actions/runs/${run.id}/pending_deployments`)).body,
    ).toHaveLength(1);
  });

  it.each([
    ['an empty list', []],
    ['a malformed id', ['not an id']],
    ['a node id of another type', [Buffer.from('04:User583231').toString('base64')]],
    ["the gateway's id of another type", [encodeGlobalId('User', 'MDQ6VXNlcjU4MzIzMQ==')]],
    ['a zero database id', ['0']],
  ])('refuses %s before any call', async (_label, environmentIds) => {
    const { run } = await waitingRun(1);
    h.resetCalls();
    const res = await h.execute(Approve, {
      input: { workflowRunId: runId(run.id), environmentIds },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ argument: 'environmentIds' });
    expect(h.upstreamCalls()).toBe(0);
  });

  it("refuses a comment over GitHub's 65,536 characters before any call; 65,536 itself passes", async () => {
    const { run, pending } = await waitingRun(1);
    h.resetCalls();
    const tooLong = await h.execute(Approve, {
      input: {
        workflowRunId: runId(run.id),
        environmentIds: [pending[0]!.environment.node_id],
        comment: 'x'.repeat(65_537),
      },
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ argument: 'comment' });
    expect(h.upstreamCalls()).toBe(0);
    const atLimit = await h.execute(Approve, {
      input: {
        workflowRunId: runId(run.id),
        environmentIds: [pending[0]!.environment.node_id],
        comment: 'x'.repeat(65_536),
      },
    });
    expect(atLimit.errors).toBeUndefined();
    expect(h.upstreamCalls({ method: 'POST' })).toBe(1);
  });
});

describe('rejectDeployments', () => {
  it('rejects: the run fails, the history records it, one POST and no read', async () => {
    const { run, pending } = await waitingRun(1);
    h.resetCalls();
    const res = await h.execute(Reject, {
      input: {
        workflowRunId: runId(run.id),
        environmentIds: [pending[0]!.environment.node_id],
        comment: 'Not today',
        clientMutationId: 'r-1',
      },
    });
    expect(res.errors).toBeUndefined();
    // GitHub answers a rejection with no deployment created.
    expect(res.data?.rejectDeployments).toEqual({ clientMutationId: 'r-1', deployments: [] });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.pendingDeployments })).toBe(1);
    expect(h.upstreamCalls()).toBe(1);
    expect((await approvals(run.id)).at(-1)).toMatchObject({
      state: 'rejected',
      comment: 'Not today',
      user: { login: 'octocat' },
    });
    expect(await getRun(h, run.id)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('refuses a Workflow id passed as workflowRunId before any call', async () => {
    h.resetCalls();
    const res = await h.execute(Reject, {
      input: { workflowRunId: workflowId, environmentIds: ['161171787'] },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ argument: 'workflowRunId' });
    expect(h.upstreamCalls()).toBe(0);
  });
});

describe('reviewDeploymentProtectionRule', () => {
  it('sends one POST with the review and returns the run read after it', async () => {
    const { run } = await waitingRun(1);
    h.resetCalls();
    const res = await h.execute(ReviewRule, {
      input: {
        workflowRunId: runId(run.id),
        environmentName: 'staging',
        state: 'APPROVED',
        comment: 'Checks passed',
        clientMutationId: 'p',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.reviewDeploymentProtectionRule).toEqual({
      clientMutationId: 'p',
      workflowRun: { fullDatabaseId: String(run.id), status: 'WAITING' },
    });
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.protectionRule })).toBe(1);
    expect(h.upstreamCalls()).toBe(2);
    // REST has no route that reads these reviews back, so the simulator's own state is the oracle here.
    expect(h.simulator.state.run(run.id)?.protectionRuleReviews.at(-1)).toMatchObject({
      environmentName: 'staging',
      state: 'approved',
      comment: 'Checks passed',
    });
  });

  it('sends a comment alone when no state is given', async () => {
    const { run } = await waitingRun(1);
    const res = await h.execute(ReviewRule, {
      input: {
        workflowRunId: runId(run.id),
        environmentName: 'staging',
        comment: 'Still checking',
      },
    });
    expect(res.errors).toBeUndefined();
    const review = h.simulator.state.run(run.id)?.protectionRuleReviews.at(-1);
    expect(review).toMatchObject({ environmentName: 'staging', comment: 'Still checking' });
    expect(review).not.toHaveProperty('state');
  });

  it.each([
    ['state PENDING', { environmentName: 'staging', state: 'PENDING' as const }, 'state'],
    ['neither state nor comment', { environmentName: 'staging' }, 'comment'],
    [
      'an empty environment name',
      { environmentName: ' ', state: 'APPROVED' as const },
      'environmentName',
    ],
    [
      'a comment over the limit',
      { environmentName: 'staging', state: 'REJECTED' as const, comment: 'x'.repeat(65_537) },
      'comment',
    ],
  ])('refuses %s before any call', async (_label, fields, argument) => {
    const { run } = await waitingRun(1);
    h.resetCalls();
    const res = await h.execute(ReviewRule, { input: { workflowRunId: runId(run.id), ...fields } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ argument });
    expect(h.upstreamCalls()).toBe(0);
  });

  it('answers NOT_FOUND for a run that does not exist', async () => {
    const res = await h.execute(ReviewRule, {
      input: { workflowRunId: runId(42), environmentName: 'staging', state: 'APPROVED' },
    });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(h.upstreamCalls({ method: 'POST', route: ROUTE_KEYS.protectionRule })).toBe(1);
  });
});

const environmentId = (nodeId: string) => encodeGlobalId('Environment', nodeId);

function toUint32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
