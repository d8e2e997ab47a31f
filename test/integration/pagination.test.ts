import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { encodeRunCursor } from '../../src/loaders/keyset.js';

let h: Harness;
let allIds: string[];

beforeAll(async () => {
  h = await startHarness();
  h.simulator.clock.freeze();
  allIds = [];
  for (let page = 1; ; page++) {
    const { body } = await restGet(
      h.simulator.url,
      `/repos/octo-org/octo-repo/actions/runs?per_page=100&page=${page}`,
    );
    allIds.push(...body.workflow_runs.map((r: any) => String(r.id)));
    if (body.workflow_runs.length < 100) break;
  }
});
afterAll(() => h.close());

const Page = graphql(`
  query RunsPage($first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkflowRunOrder) {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
        totalCount
        reachableCount
        edges { cursor node { fullDatabaseId } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

async function page(variables: Parameters<typeof h.execute<any, any>>[1]) {
  h.resetCalls();
  const response = await h.execute(Page, variables);
  expect(response.errors).toBeUndefined();
  return { ...response.data!.repository!.workflowRuns, calls: h.upstreamCalls() };
}

describe('Relay pagination over REST pages', () => {
  it('walks every run forwards in windows that straddle REST pages, two calls at most each', async () => {
    expect(allIds.length).toBeGreaterThanOrEqual(300);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const window = await page({ first: 70, after });
      expect(window.calls).toBeLessThanOrEqual(2);
      expect(window.totalCount).toBe(allIds.length);
      seen.push(...window.edges!.map((e) => e!.node!.fullDatabaseId));
      expect(window.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!window.pageInfo.hasNextPage) break;
      after = window.pageInfo.endCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it('walks every run backwards with last/before', async () => {
    const seen: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const window = await page({ last: 90, before });
      // The narrowed listing's size, its end (one or two pages), and `totalCount` past a cursor.
      expect(window.calls).toBeLessThanOrEqual(before ? 4 : 3);
      seen.unshift(...window.edges!.map((e) => e!.node!.fullDatabaseId));
      if (!window.pageInfo.hasPreviousPage) break;
      before = window.pageInfo.startCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it('lists oldest first with orderBy ASC, the same runs reversed', async () => {
    const window = await page({ first: 5, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(window.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(allIds.slice(-5).reverse());
    expect(window.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await page({
      first: 5,
      after: window.pageInfo.endCursor,
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(next.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
      allIds.slice(-10, -5).reverse(),
    );
  });

  it('has exact pageInfo at both ends', async () => {
    const first = await page({ first: 10 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges![0]!.cursor);
    const tail = await page({ first: 10, after: first.pageInfo.endCursor });
    expect(tail.edges![0]!.node!.fullDatabaseId).toBe(allIds[10]);
    const last = await page({ last: 3 });
    expect(last.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(allIds.slice(-3));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('filters', () => {
  const Filtered = graphql(`
    query FilteredRuns($filter: WorkflowRunFilter!, $first: Int) {
      repository(owner: "octo-org", name: "octo-repo") {
        workflowRuns(first: $first, filterBy: $filter) {
          totalCount
          reachableCount
          nodes { fullDatabaseId pullRequests { number } }
          pageInfo { hasNextPage }
        }
      }
    }
  `);

  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['actor', { actor: 'octocat' }, 'actor=octocat'],
    ['branch', { branch: 'main' }, 'branch=main'],
    ['event', { event: 'pull_request' }, 'event=pull_request'],
    ['status (a status)', { status: 'WAITING' }, 'status=waiting'],
    ['status (a conclusion)', { status: 'FAILURE' }, 'status=failure'],
    ['created (a range)', { created: '2026-04-01..2026-05-01' }, 'created=2026-04-01..2026-05-01'],
    ['created (open range)', { created: '>=2026-05-15' }, 'created=%3E%3D2026-05-15'],
    ['created (before)', { created: '<2026-04-01' }, 'created=%3C2026-04-01'],
  ];

  it.each(cases)('filters by %s exactly as REST does', async (_name, filter, query) => {
    const response = await h.execute(Filtered, { filter, first: 100 });
    expect(response.errors).toBeUndefined();
    const { body } = await restGet(
      h.simulator.url,
      `/repos/octo-org/octo-repo/actions/runs?per_page=100&${query}`,
    );
    const runs = response.data!.repository!.workflowRuns;
    expect(body.total_count).toBeGreaterThan(0);
    expect(runs.totalCount).toBe(body.total_count);
    expect(runs.nodes!.map((n) => n!.fullDatabaseId)).toEqual(
      body.workflow_runs.map((r: any) => String(r.id)),
    );
  });

  it('filters by headSha and checkSuiteId', async () => {
    const { body } = await restGet(
      h.simulator.url,
      '/repos/octo-org/octo-repo/actions/runs?per_page=1&page=7',
    );
    const run = body.workflow_runs[0];
    const bySha = await h.execute(Filtered, { filter: { headSha: run.head_sha } });
    expect(bySha.data!.repository!.workflowRuns.nodes!.map((n) => n!.fullDatabaseId)).toContain(
      String(run.id),
    );
    // A check suite id past 2^31, as an integer and as a string alike.
    expect(run.check_suite_id).toBeGreaterThan(2 ** 31);
    for (const checkSuiteId of [run.check_suite_id, String(run.check_suite_id)]) {
      const bySuite = await h.execute(Filtered, { filter: { checkSuiteId } });
      expect(bySuite.errors).toBeUndefined();
      expect(bySuite.data!.repository!.workflowRuns.nodes!.map((n) => n!.fullDatabaseId)).toEqual([
        String(run.id),
      ]);
    }
  });

  it('leaves pull requests out when asked', async () => {
    const withPrs = await h.execute(Filtered, { filter: { event: 'pull_request' }, first: 5 });
    expect(
      withPrs.data!.repository!.workflowRuns.nodes!.some((n) => n!.pullRequests.length > 0),
    ).toBe(true);
    const without = await h.execute(Filtered, {
      filter: { event: 'pull_request', excludePullRequests: true },
      first: 5,
    });
    expect(
      without.data!.repository!.workflowRuns.nodes!.every((n) => n!.pullRequests.length === 0),
    ).toBe(true);
  });
});

describe("GitHub's 1,000-result cap on filtered listings", () => {
  it('counts every filtered run as reachable, and a cursor deep in the listing costs one page', async () => {
    const big = await startHarness({ size: 1400 });
    try {
      big.simulator.clock.freeze();
      const Capped = graphql(`
        query CappedRuns($after: String) {
          repository(owner: "octo-org", name: "octo-repo") {
            filtered: workflowRuns(first: 50, after: $after, filterBy: { status: COMPLETED }) {
              totalCount reachableCount edges { cursor node { fullDatabaseId } } pageInfo { hasNextPage endCursor }
            }
            all: workflowRuns(first: 1) { totalCount reachableCount }
          }
        }
      `);
      const start = await big.execute(Capped, {});
      const repo = start.data!.repository!;
      expect(repo.filtered.totalCount).toBeGreaterThan(1000);
      expect(repo.filtered.reachableCount).toBe(repo.filtered.totalCount);
      expect(repo.all.reachableCount).toBe(repo.all.totalCount);
      // A cursor for the 1,200th completed run, made from the oracle: past the cap, and
      // still one request for the page (plus one for totalCount).
      const completed = big.simulator.state
        .runs('octo-org/octo-repo')
        .filter((run) => run.attempts.at(-1)!.status === 'completed');
      const at = completed[1199]!;
      const cursor = encodeRunCursor({
        t: Math.floor(at.createdAt.getTime() / 1000),
        id: at.id,
      });
      big.resetCalls();
      const deep = await big.execute(Capped, { after: cursor });
      expect(deep.errors).toBeUndefined();
      expect(big.upstreamCalls()).toBe(1 + 1 + 1);
      expect(deep.data!.repository!.filtered.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
        completed.slice(1200, 1250).map((run) => String(run.id)),
      );
    } finally {
      await big.close();
    }
  });
});
