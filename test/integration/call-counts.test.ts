/**
 * Where the gateway earns its keep: exact upstream request counts, counted at the
 * simulator, for representative operations.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

const RUNS = routeKey('listWorkflowRunsForRepo');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.simulator.clock.freeze();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());

const byRoute = () => {
  const counts: Record<string, number> = {};
  for (const { method, route } of h.upstreamLog())
    counts[`${method} ${route}`] = (counts[`${method} ${route}`] ?? 0) + 1;
  return counts;
};

describe('upstream request counts', () => {
  it('lists 100 runs with scalar fields in one request', async () => {
    const Scalars = graphql(`
      query HundredRunsScalars {
        repository(owner: "octo-org", name: "octo-repo") {
          nameWithOwner
          workflowRuns(first: 100) {
            totalCount
            nodes { id databaseId runNumber runAttempt status conclusion event headBranch headSha createdAt url displayTitle actor { login } }
          }
        }
      }
    `);
    const response = await h.execute(Scalars);
    expect(response.errors).toBeUndefined();
    expect(response.data!.repository!.workflowRuns.nodes).toHaveLength(100);
    expect(byRoute()).toEqual({ [`GET ${RUNS}`]: 1 });
  });

  it("adds only the calls that the runs' own data cannot answer", async () => {
    const Rich = graphql(`
      query HundredRunsRich {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: 100) {
            nodes {
              runAttempt
              status
              attempts { totalCount nodes { number } }
              latest: attempt(number: 1) { number }
              deploymentReviews { totalCount }
              pendingDeploymentRequests { totalCount nodes { environment { name } } }
            }
          }
        }
      }
    `);
    const response = await h.execute(Rich);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.repository!.workflowRuns.nodes!;
    const waiting = nodes.filter((n) => n!.status === 'WAITING').length;
    expect(waiting).toBeGreaterThanOrEqual(5);
    // Attempt numbers come from `run_attempt`: no attempt route is called. Approvals are
    // one call per run; pending deployments only for the runs that are waiting.
    expect(byRoute()).toEqual({
      [`GET ${RUNS}`]: 1,
      [`GET ${RUNS}/{run_id}/approvals`]: 100,
      [`GET ${RUNS}/{run_id}/pending_deployments`]: waiting,
    });
    expect(
      nodes
        .filter((n) => n!.status === 'WAITING')
        .every((n) => n!.pendingDeploymentRequests.totalCount > 0),
    ).toBe(true);
  });

  it('fetches an older attempt once, and the latest attempt never', async () => {
    const Attempts = graphql(`
      query AttemptsData {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: 30, filterBy: { status: COMPLETED }) {
            nodes { runAttempt attempts { nodes { number status conclusion } } previousAttempt { number conclusion } }
          }
        }
      }
    `);
    const response = await h.execute(Attempts);
    expect(response.errors).toBeUndefined();
    const older = response.data!.repository!.workflowRuns.nodes!.reduce(
      (sum, n) => sum + n!.runAttempt - 1,
      0,
    );
    expect(older).toBeGreaterThan(0);
    // previousAttempt is one of the attempts already asked for: no second call.
    expect(byRoute()).toEqual({
      [`GET ${RUNS}`]: 1,
      [`GET ${RUNS}/{run_id}/attempts/{attempt_number}`]: older,
    });
  });

  it('reaches the same run three ways in one operation with one request', async () => {
    const list = await h.execute(
      graphql(
        `query OneRunId { repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { nodes { id fullDatabaseId } } } }`,
      ),
    );
    const { id, fullDatabaseId: databaseId } = list.data!.repository!.workflowRuns.nodes![0]!;
    h.resetCalls();
    const ThreeWays = graphql(`
      query SameRunThreeWays($id: ID!, $databaseId: BigInt!) {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: 1) { nodes { id runNumber } }
          workflowRun(databaseId: $databaseId) { id runNumber }
        }
        node(id: $id) { ... on WorkflowRun { id runNumber } }
        nodes(ids: [$id]) { id }
      }
    `);
    const response = await h.execute(ThreeWays, { id, databaseId });
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.repository!.workflowRun!.id).toBe(id);
    expect(data.node).toMatchObject({ id });
    expect(byRoute()).toEqual({ [`GET ${RUNS}`]: 1 });
  });

  it('fetches the same run once when only node ids are given, and many runs concurrently', async () => {
    const list = await h.execute(
      graphql(
        `query TenRunIds { repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 10) { nodes { id } } } }`,
      ),
    );
    const ids = list.data!.repository!.workflowRuns.nodes!.map((n) => n!.id);
    h.resetCalls();
    const Nodes = graphql(
      `query RunsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { databaseId } } }`,
    );
    const response = await h.execute(Nodes, { ids: [...ids, ...ids] });
    expect(response.errors).toBeUndefined();
    expect(response.data!.nodes).toHaveLength(20);
    expect(byRoute()).toEqual({ [`GET ${RUNS}/{run_id}`]: 10 });
  });

  it('answers rateLimit from the headers of calls already made, or from GET /rate_limit', async () => {
    const WithRuns = graphql(
      `query RateWithRuns { repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { totalCount } } rateLimit { limit remaining used resource cost } }`,
    );
    const response = await h.execute(WithRuns);
    expect(response.data!.rateLimit).toMatchObject({ limit: 5000, resource: 'core', cost: 1 });
    expect(byRoute()).toEqual({ [`GET ${RUNS}`]: 1 });

    h.resetCalls();
    const Alone = graphql(
      `query RateAlone { rateLimit(dryRun: false) { limit remaining used resetAt } }`,
    );
    const alone = await h.execute(Alone);
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.rateLimit!.limit).toBe(5000);
    expect(alone.data!.rateLimit!.remaining! + alone.data!.rateLimit!.used!).toBe(5000);
    expect(byRoute()).toEqual({ 'GET /rate_limit': 1 });
  });

  it('counts in rateLimit.nodeCount the REST objects the answers carried, exactly', async () => {
    const runs = `repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 5) { nodes { fullDatabaseId JOBS } } }`;
    const listed = await h.execute<any, never>(
      `{ ${runs.replace('JOBS', '')} rateLimit { cost nodeCount } }`,
    );
    expect(listed.errors).toBeUndefined();
    // One listing of five runs: one request, five objects.
    expect(listed.data.rateLimit).toEqual({ cost: 1, nodeCount: 5 });

    // Each run's job listing adds the jobs it carried: as many as GitHub itself lists.
    const ids: string[] = listed.data.repository.workflowRuns.nodes.map(
      (n: { fullDatabaseId: string }) => n.fullDatabaseId,
    );
    let jobs = 0;
    for (const id of ids) {
      const { body } = await restGet<{ jobs: unknown[] }>(
        h.simulator.url,
        `/repos/octo-org/octo-repo/actions/runs/${id}/jobs?filter=latest&per_page=100`,
      );
      jobs += body.jobs.length;
    }
    expect(jobs).toBeGreaterThan(0);
    const withJobs = await h.execute<any, never>(
      `{ ${runs.replace('JOBS', 'jobs(first: 100) { totalCount }')} rateLimit { cost nodeCount } }`,
    );
    expect(withJobs.data.rateLimit).toEqual({ cost: 6, nodeCount: 5 + jobs });
  });
});
