/**
 * Data every github.com user has: ids past 2^31, a renamed repository, a run of a workflow
 * the organisation requires (kept in another repository).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { errorCodes, type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: 'small' });
});
afterAll(() => h.close());

const REPO = '/repos/octo-org/octo-repo/actions';

describe('64-bit ids', () => {
  it('reads a run by an id past 2^31 as an integer literal, a string literal or a variable, all exact', async () => {
    const { body } = await restGet(h.simulator.url, `${REPO}/runs?per_page=1`);
    const rest = body.workflow_runs[0];
    expect(rest.id).toBeGreaterThan(2 ** 34);
    const fields =
      'id databaseId fullDatabaseId checkSuiteId fullCheckSuiteId jobs(first: 1) { nodes { databaseId fullDatabaseId } }';
    for (const argument of [String(rest.id), JSON.stringify(String(rest.id)), '$id']) {
      const response = await h.execute(
        `query ${argument === '$id' ? '($id: BigInt!)' : ''} { repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: ${argument}) { ${fields} } } }`,
        argument === '$id' ? { id: rest.id } : undefined,
      );
      expect(response.errors).toBeUndefined();
      const run = (response.data as any).repository.workflowRun;
      expect(run).toMatchObject({
        databaseId: null,
        fullDatabaseId: String(rest.id),
        checkSuiteId: null,
        fullCheckSuiteId: String(rest.check_suite_id),
      });
      // The global id keeps the id exact as text.
      expect(run.id).toBe(encodeGlobalId('WorkflowRun', `octo-org/octo-repo/${rest.id}`));
      expect(Number(run.jobs.nodes[0].fullDatabaseId)).toBeGreaterThan(4e10);
    }
  });

  it('keeps databaseId where the id fits in Int', async () => {
    const response = await h.execute(
      `{ repository(owner: "octo-org", name: "octo-repo") { workflows(first: 1) { nodes { databaseId fullDatabaseId } } } }`,
    );
    const [workflow] = (response.data as any).repository.workflows.nodes;
    expect(workflow.databaseId).toBe(161335);
    expect(workflow.fullDatabaseId).toBe('161335');
  });
});

describe('a renamed repository', () => {
  const query = (followRenames: boolean) =>
    `{ repository(owner: "octo-org", name: "octo-service", followRenames: ${followRenames}) { workflowRuns(first: 2) { totalCount nodes { fullDatabaseId repository { nameWithOwner } } } } }`;

  it("follows GitHub's 301 to /repositories/{id}: two requests, the new name in the data", async () => {
    h.resetCalls();
    const response = await h.execute(query(true));
    expect(response.errors).toBeUndefined();
    const runs = (response.data as any).repository.workflowRuns;
    expect(runs.nodes.map((n: any) => n.repository.nameWithOwner)).toEqual([
      'octo-org/octo-repo',
      'octo-org/octo-repo',
    ]);
    expect(h.upstreamLog().map((r) => [r.route, r.status])).toEqual([
      ['/repos/{owner}/{repo}/actions/runs', 301],
      ['/repositories/{repository_id}/actions/runs', 200],
    ]);
    const { body } = await restGet(h.simulator.url, `${REPO}/runs?per_page=2`);
    expect(runs.nodes.map((n: any) => n.fullDatabaseId)).toEqual(
      body.workflow_runs.map((r: any) => String(r.id)),
    );
  });

  it('with followRenames: false answers NOT_FOUND with the new location, and reads nothing more', async () => {
    h.resetCalls();
    const response = await h.execute(query(false));
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors![0]!.extensions).toMatchObject({
      status: 301,
      repositoryId: 100001,
      location: expect.stringMatching(/^\/repositories\/100001\/actions\/runs\?/),
    });
    expect(JSON.stringify(response.errors)).not.toContain(h.simulator.url);
    expect(h.upstreamCalls()).toBe(1);
  });

  it('counts the followed redirect against the operation budget', async () => {
    const tight = await startHarness({ size: 'small', maxUpstreamRequests: 1 });
    try {
      const response = await tight.execute(query(true));
      expect(errorCodes(response)).toEqual(['MAX_UPSTREAM_REQUESTS_EXCEEDED']);
      expect(tight.upstreamCalls()).toBe(1);
    } finally {
      await tight.close();
    }
  });

  it('is never followed for a write', async () => {
    const { body } = await restGet(h.simulator.url, `${REPO}/runs?status=queued&per_page=1`);
    const id = encodeGlobalId('WorkflowRun', `octo-org/octo-service/${body.workflow_runs[0].id}`);
    h.resetCalls();
    const response = await h.execute(
      `mutation { cancelWorkflowRun(input: { workflowRunId: "${id}" }) { workflowRun { status } } }`,
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors![0]!.extensions).toMatchObject({ status: 307, repositoryId: 100001 });
    expect(h.upstreamLog().map((r) => [r.method, r.status])).toEqual([['POST', 307]]);
  });
});

describe('a run of a workflow the organisation requires', () => {
  it('answers with its name and path; workflow alone is null, with a coded error', async () => {
    const { body } = await restGet(h.simulator.url, `${REPO}/runs?per_page=100`);
    const rest = body.workflow_runs.find((r: any) => r.workflow_id === 161399);
    expect(rest).toBeDefined();
    expect((await restGet(h.simulator.url, `${REPO}/workflows/161399`)).status).toBe(404);
    const response = await h.execute(
      `{ repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: "${rest.id}") { name path conclusion workflow { name } } } }`,
    );
    expect(response.data).toEqual({
      repository: {
        workflowRun: {
          name: 'Required checks',
          path: '.github/workflows/required-checks.yml',
          conclusion: 'SUCCESS',
          workflow: null,
        },
      },
    });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      path: ['repository', 'workflowRun', 'workflow'],
      extensions: { code: 'NOT_FOUND', reason: 'WORKFLOW_NOT_IN_REPOSITORY', workflowId: '161399' },
    });
    expect(response.errors![0]!.message).toMatch(/organisation requires/);
  });

  it('still gives the workflow id without a request', async () => {
    const { body } = await restGet(h.simulator.url, `${REPO}/runs?per_page=100`);
    const rest = body.workflow_runs.find((r: any) => r.workflow_id === 161399);
    h.resetCalls();
    const response = await h.execute(
      `{ repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: ${rest.id}) { workflow { databaseId fullDatabaseId } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect((response.data as any).repository.workflowRun.workflow).toEqual({
      databaseId: 161399,
      fullDatabaseId: '161399',
    });
    expect(h.upstreamCalls()).toBe(1);
  });
});
