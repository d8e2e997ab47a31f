import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import type { Harness } from '../helpers/harness.js';
import { rest, REPO_PATH, startMutationHarness } from '../mutations/support.js';
import { routeKey } from '../helpers/routes.js';

let h: Harness;
beforeAll(async () => {
  h = await startMutationHarness();
});
afterAll(() => h.close());

const CI = encodeGlobalId('Workflow', 'octo-org/octo-repo/161335');

const Dispatch = `
  mutation ($input: DispatchWorkflowInput!) {
    dispatchWorkflow(input: $input) { clientMutationId workflow { name } workflowRun { event status headBranch fullDatabaseId } }
  }`;

describe('dispatchWorkflow', () => {
  it('creates a run with event workflow_dispatch that REST lists', async () => {
    h.resetCalls();
    const { data, errors } = await h.execute<any, any>(Dispatch, {
      input: {
        workflowId: CI,
        ref: 'main',
        inputs: { environment: 'staging' },
        clientMutationId: 'd1',
      },
    });
    expect(errors).toBeUndefined();
    const run = data.dispatchWorkflow.workflowRun;
    expect(run).toMatchObject({ event: 'workflow_dispatch', status: 'QUEUED', headBranch: 'main' });
    expect(
      h.upstreamCalls({
        method: 'POST',
        route: routeKey('createWorkflowDispatch'),
      }),
    ).toBe(1);
    const listed = await rest(h, `${REPO_PATH}/actions/runs?event=workflow_dispatch&per_page=1`);
    expect(listed.body.workflow_runs[0]).toMatchObject({
      id: Number(run.fullDatabaseId),
      event: 'workflow_dispatch',
      head_branch: 'main',
    });
  });

  const bad: Array<[string, Record<string, unknown>]> = [
    ['a ref with spaces', { ref: 'my branch' }],
    ['a ref with invalid git characters', { ref: 'feature..x' }],
    ['a ref ending in .lock', { ref: 'main.lock' }],
    ['inputs that are not strings', { ref: 'main', inputs: { dryRun: true } }],
    ['inputs that are not an object', { ref: 'main', inputs: ['a'] }],
    [
      'more inputs than GitHub accepts',
      {
        ref: 'main',
        inputs: Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`i${i}`, 'x'])),
      },
    ],
    [
      'a run id in place of a workflow id',
      { ref: 'main', workflowId: encodeGlobalId('WorkflowRun', 'octo-org/octo-repo/1') },
    ],
  ];
  it.each(bad)('refuses %s before any call', async (_label, input) => {
    h.resetCalls();
    const { data, errors } = await h.execute<any, any>(Dispatch, {
      input: { workflowId: CI, ...input },
    });
    expect(data?.dispatchWorkflow ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.upstreamCalls()).toBe(0);
  });

  it('refuses a read-only token with the 403 GitHub sends', async () => {
    const { errors } = await h.execute<any, any>(
      Dispatch,
      { input: { workflowId: CI, ref: 'main' } },
      { token: DEMO_TOKENS.read },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('enableWorkflow / disableWorkflow', () => {
  const SetState = `
    mutation ($id: ID!) {
      off: disableWorkflow(input: { workflowId: $id }) { workflow { state viewerCanDispatch } }
    }`;
  const Enable = `mutation ($id: ID!) { enableWorkflow(input: { workflowId: $id }) { workflow { state viewerCanDispatch } } }`;
  it('disables, refuses a dispatch of the disabled workflow, then enables', async () => {
    const off = await h.execute<any, any>(SetState, { id: CI });
    expect(off.errors).toBeUndefined();
    expect(off.data.off.workflow).toEqual({ state: 'DISABLED_MANUALLY', viewerCanDispatch: false });
    expect((await rest(h, `${REPO_PATH}/actions/workflows/161335`)).body.state).toBe(
      'disabled_manually',
    );
    const refused = await h.execute<any, any>(Dispatch, { input: { workflowId: CI, ref: 'main' } });
    // GitHub's 422, passed on with its message
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/disabled workflow/);
    const on = await h.execute<any, any>(Enable, { id: CI });
    expect(on.data.enableWorkflow.workflow).toEqual({ state: 'ACTIVE', viewerCanDispatch: true });
  });
});

describe('approveWorkflowRun', () => {
  const Approve = `mutation ($id: ID!) { approveWorkflowRun(input: { workflowRunId: $id }) { workflowRun { status conclusion } } }`;
  it('queues a run that waited for approval and refuses one that did not', async () => {
    const { body } = await rest(h, `${REPO_PATH}/actions/runs?per_page=100&status=action_required`);
    const waiting = body.workflow_runs[0];
    expect(waiting).toBeDefined();
    const ok = await h.execute<any, any>(Approve, {
      id: encodeGlobalId('WorkflowRun', `octo-org/octo-repo/${waiting.id}`),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveWorkflowRun.workflowRun).toEqual({ status: 'QUEUED', conclusion: null });
    const again = await h.execute<any, any>(Approve, {
      id: encodeGlobalId('WorkflowRun', `octo-org/octo-repo/${waiting.id}`),
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
