/**
 * The loaders against a fake client that records each REST call, as DataLoader's own tests
 * record each batch: what matters is which requests are sent, and in what order.
 */
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { createLoaders } from '../../src/loaders/loaders.js';

const repo = { owner: 'octo-org', repo: 'app' };
const runOf = (id: number) => ({ id, name: `run ${id}`, status: 'completed' });
const workflowOf = (id: number) => ({ id, name: `workflow ${id}`, state: 'active' });

/** A client whose every call is recorded as `method id` and answered once `release` runs. */
function fakeClient() {
  const calls: string[] = [];
  const pending: Array<() => void> = [];
  const answer = <T>(call: string, value: T): Promise<{ data: T }> => {
    calls.push(call);
    return new Promise((resolve) => pending.push(() => resolve({ data: value })));
  };
  const rest = {
    getWorkflowRun: ({ path }: { path: { run_id: number } }) =>
      answer(`getWorkflowRun ${path.run_id}`, runOf(path.run_id)),
    listWorkflowRunsForRepo: ({ query }: { query: { page: number } }) =>
      answer(`listWorkflowRunsForRepo page ${query.page}`, {
        total_count: 2,
        workflow_runs: [runOf(1), runOf(2)],
      }),
    getWorkflow: ({ path }: { path: { workflow_id: number } }) =>
      answer(`getWorkflow ${path.workflow_id}`, workflowOf(path.workflow_id)),
    listJobsForWorkflowRun: ({ path }: { path: { run_id: number } }) =>
      answer(`listJobsForWorkflowRun ${path.run_id}`, { total_count: 0, jobs: [] }),
  };
  /** Answers every call sent so far, and those their answers lead to, until none is left. */
  const release = async () => {
    for (let turn = 0; turn < 10; turn++) {
      while (pending.length > 0) pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { client: { rest } as unknown as GitHubClient, calls, release };
}

const page = { filter: {}, perPage: 30, page: 1 };

/** Loaders whose first page of runs (runs 1 and 2) has been listed and answered. */
async function afterListing() {
  const { client, calls, release } = fakeClient();
  const loaders = createLoaders(client);
  const listing = loaders.runList.load({ ...repo, ...page });
  await release();
  await listing;
  return { loaders, calls, release };
}

describe('the run loader', () => {
  it('serves a run asked for while a listing is in flight from that listing', async () => {
    const { client, calls, release } = fakeClient();
    const loaders = createLoaders(client);
    const listing = loaders.runList.load({ ...repo, ...page });
    const run = loaders.run.load({ ...repo, runId: 2 });
    await release();
    expect((await run).name).toBe('run 2');
    expect((await listing).items).toHaveLength(2);
    expect(calls).toEqual(['listWorkflowRunsForRepo page 1']);
  });

  it('waits for the listings in flight before fetching a run they did not carry', async () => {
    const { client, calls, release } = fakeClient();
    const loaders = createLoaders(client);
    const listing = loaders.runList.load({ ...repo, ...page });
    const runs = Promise.all([3, 1].map((runId) => loaders.run.load({ ...repo, runId })));
    await release();
    await listing;
    expect((await runs).map((r) => r.name)).toEqual(['run 3', 'run 1']);
    expect(calls).toEqual(['listWorkflowRunsForRepo page 1', 'getWorkflowRun 3']);
  });

  it('fetches at once when no listing is in flight, once per run however it is named', async () => {
    const { client, calls, release } = fakeClient();
    const loaders = createLoaders(client);
    const runs = Promise.all([
      loaders.run.load({ ...repo, runId: 5 }),
      loaders.run.load({ owner: 'Octo-Org', repo: 'APP', runId: 5 }),
    ]);
    await release();
    await runs;
    expect(calls).toEqual(['getWorkflowRun 5']);
  });

  it('serves a run a listing carried under any spelling of its repository, until that run is cleared', async () => {
    const { loaders, calls, release } = await afterListing();
    const run = await loaders.run.load({ owner: 'Octo-Org', repo: 'APP', runId: 2 });
    expect(run.name).toBe('run 2');
    expect(calls).toEqual(['listWorkflowRunsForRepo page 1']);
    loaders.run.clear({ ...repo, runId: 2 });
    const again = loaders.run.load({ ...repo, runId: 2 });
    const other = loaders.run.load({ ...repo, runId: 1 });
    await release();
    await Promise.all([again, other]);
    expect(calls).toEqual(['listWorkflowRunsForRepo page 1', 'getWorkflowRun 2']);
  });

  it('does not serve a run a listing carried once a write has made runs stale', async () => {
    const { loaders, calls, release } = await afterListing();
    loaders.afterWrite('run');
    const run = loaders.run.load({ ...repo, runId: 1 });
    await release();
    await run;
    expect(calls).toEqual(['listWorkflowRunsForRepo page 1', 'getWorkflowRun 1']);
  });
});

describe('what a write makes stale', () => {
  /** Loads a run, two listings and a workflow, then again after `write`: the calls of the second. */
  async function callsAround(write: (loaders: ReturnType<typeof createLoaders>) => void) {
    const { client, calls, release } = fakeClient();
    const loaders = createLoaders(client);
    const loadAll = async () => {
      const all = Promise.all([
        loaders.run.load({ ...repo, runId: 7 }),
        loaders.runList.load({ ...repo, ...page }),
        loaders.jobList.load({ ...repo, runId: 7, perPage: 30, page: 1 }),
        loaders.workflow.load({ ...repo, workflowId: 9 }),
      ]);
      await release();
      await all;
    };
    await loadAll();
    calls.length = 0;
    write(loaders);
    await loadAll();
    return calls;
  }

  it('a run write forgets runs and jobs, not workflows', async () => {
    expect(await callsAround((loaders) => loaders.afterWrite('run'))).toEqual([
      'getWorkflowRun 7',
      'listWorkflowRunsForRepo page 1',
      'listJobsForWorkflowRun 7',
    ]);
  });

  it('a workflow write forgets workflows, not runs', async () => {
    expect(await callsAround((loaders) => loaders.afterWrite('workflow'))).toEqual([
      'getWorkflow 9',
    ]);
  });

  it('without a write, everything comes from the cache', async () => {
    expect(await callsAround(() => {})).toEqual([]);
  });
});
