/** deleteWorkflowRun and deleteWorkflowRunLogs, checked over REST. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness } from '../helpers/harness.js';
import { findRun, REPO_PATH, rest, ROUTE_KEYS, runId, startMutationHarness } from './support.js';

const DeleteRun = graphql(`
  mutation DeleteRunTest($input: DeleteWorkflowRunInput!) {
    deleteWorkflowRun(input: $input) { clientMutationId deletedWorkflowRunId repository { nameWithOwner } }
  }
`);
const DeleteLogs = graphql(`
  mutation DeleteRunLogsTest($input: DeleteWorkflowRunLogsInput!) {
    deleteWorkflowRunLogs(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }
  }
`);
const DeleteLogsThenReadLogs = graphql(`
  mutation DeleteRunLogsReadLogsTest($input: DeleteWorkflowRunLogsInput!) {
    deleteWorkflowRunLogs(input: $input) { workflowRun { fullDatabaseId logs { url } } }
  }
`);

let h: Harness;
beforeEach(async () => {
  h = await startMutationHarness();
});
afterEach(() => h.close());

describe('deleteWorkflowRun', () => {
  it('deletes the run: one DELETE, no read, the deleted id echoed; REST then answers 404', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success');
    h.resetCalls();
    const id = runId(run.id);
    const res = await h.execute(DeleteRun, { input: { workflowRunId: id, clientMutationId: 'd' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteWorkflowRun).toEqual({
      clientMutationId: 'd',
      deletedWorkflowRunId: id,
      repository: { nameWithOwner: 'octo-org/octo-repo' },
    });
    expect(h.upstreamCalls({ method: 'DELETE', route: ROUTE_KEYS.run })).toBe(1);
    expect(h.upstreamCalls()).toBe(1);
    expect((await rest(h, `${REPO_PATH}/actions/runs/${run.id}`)).status).toBe(404);
  });

  it('answers NOT_FOUND for a run deleted already', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'failure');
    await h.execute(DeleteRun, { input: { workflowRunId: runId(run.id) } });
    h.resetCalls();
    const again = await h.execute(DeleteRun, { input: { workflowRunId: runId(run.id) } });
    expect(errorCodes(again)).toEqual(['NOT_FOUND']);
    expect(again.data?.deleteWorkflowRun).toBeNull();
    expect(h.upstreamCalls()).toBe(1);
  });
});

describe('deleteWorkflowRunLogs', () => {
  it('deletes the logs and keeps the run: one DELETE plus the payload read; REST logs then 404', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'success');
    expect((await rest(h, `${REPO_PATH}/actions/runs/${run.id}/logs`)).status).toBe(302);
    h.resetCalls();
    const res = await h.execute(DeleteLogs, {
      input: { workflowRunId: runId(run.id), clientMutationId: 'l' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteWorkflowRunLogs).toEqual({
      clientMutationId: 'l',
      workflowRun: { fullDatabaseId: String(run.id), status: 'COMPLETED' },
    });
    expect(h.upstreamCalls({ method: 'DELETE', route: ROUTE_KEYS.logs })).toBe(1);
    expect(h.upstreamCalls()).toBe(2);
    expect((await rest(h, `${REPO_PATH}/actions/runs/${run.id}/logs`)).status).toBe(404);
    expect((await rest(h, `${REPO_PATH}/actions/runs/${run.id}`)).status).toBe(200);
  });

  it('the payload reads the logs after the delete: null with NOT_FOUND, not a link cached before', async () => {
    const run = await findRun(h, (r) => r.conclusion === 'failure');
    const res = await h.execute(DeleteLogsThenReadLogs, {
      input: { workflowRunId: runId(run.id) },
    });
    expect(res.data?.deleteWorkflowRunLogs?.workflowRun).toEqual({
      fullDatabaseId: String(run.id),
      logs: null,
    });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors?.[0]?.path).toEqual(['deleteWorkflowRunLogs', 'workflowRun', 'logs']);
  });

  it('is FORBIDDEN for a run still going, as the simulator answers, and the logs stay', async () => {
    const run = await findRun(h, (r) => r.status === 'in_progress');
    h.resetCalls();
    const res = await h.execute(DeleteLogs, { input: { workflowRunId: runId(run.id) } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(h.upstreamCalls()).toBe(1);
  });
});
