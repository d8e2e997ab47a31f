/**
 * Keyset cursors, past GitHub's 1,000-result cap, while runs arrive, and across
 * repositories, with the requests counted where the simulator sees them.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRunCursor } from '../../src/loaders/keyset.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import type { RunRecord } from '../../src/simulator/world/model.js';
import { graphql } from '../gql/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const REPO = 'octo-org/octo-repo';
const ASC = { field: 'CREATED_AT', direction: 'ASC' } as const;
const second = (run: RunRecord) => Math.floor(run.createdAt.getTime() / 1000);
/** Newest first as GitHub orders: creation second, then id. */
const newestFirst = (runs: RunRecord[]) =>
  [...runs].sort((a, b) => second(b) - second(a) || b.id - a.id).map((run) => String(run.id));

const Runs = graphql(`
  query KeysetRuns(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: WorkflowRunOrder
    $filterBy: WorkflowRunFilter
  ) {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(
        first: $first
        after: $after
        last: $last
        before: $before
        orderBy: $orderBy
        filterBy: $filterBy
      ) {
        edges { cursor node { fullDatabaseId } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

type RunsVariables = Parameters<NonNullable<(typeof Runs)['__apiType']>>[0];

async function walk(
  h: Harness,
  variables: RunsVariables,
  direction: 'forward' | 'backward',
  between?: () => Promise<void>,
) {
  const seen: string[] = [];
  const calls: number[] = [];
  let cursor: string | null | undefined;
  for (let turn = 0; turn < 200; turn++) {
    h.resetCalls();
    const response = await h.execute(Runs, {
      ...variables,
      ...(direction === 'forward' ? { after: cursor } : { before: cursor }),
    });
    expect(response.errors).toBeUndefined();
    calls.push(h.upstreamCalls());
    const { edges, pageInfo } = response.data!.repository!.workflowRuns;
    const ids = edges!.map((e) => e!.node!.fullDatabaseId);
    if (direction === 'forward') seen.push(...ids);
    else seen.unshift(...ids);
    if (direction === 'forward' ? !pageInfo.hasNextPage : !pageInfo.hasPreviousPage) break;
    cursor = direction === 'forward' ? pageInfo.endCursor : pageInfo.startCursor;
    await between?.();
  }
  return { seen, calls };
}

async function dispatch(h: Harness, repo = REPO, workflow = 161335) {
  const response = await request(
    `${h.simulator.url}/repos/${repo}/actions/workflows/${workflow}/dispatches`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEMO_TOKENS.admin}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ref: 'main' }),
    },
  );
  await response.body.dump();
  expect(response.statusCode).toBe(204);
}

describe('past the 1,000-result cap', () => {
  let h: Harness;
  let completed: string[];
  beforeAll(async () => {
    h = await startHarness({ size: 1600 });
    h.simulator.clock.freeze();
    completed = newestFirst(
      h.simulator.state.runs(REPO).filter((run) => run.attempts.at(-1)!.status === 'completed'),
    );
  });
  afterAll(() => h.close());

  const filterBy = { status: 'COMPLETED' } as const;

  it('reaches every one of 1,500 filtered runs exactly once, one request a page', async () => {
    expect(completed.length).toBeGreaterThan(1500);
    const { seen, calls } = await walk(h, { first: 99, filterBy }, 'forward');
    expect(seen).toEqual(completed);
    expect(new Set(seen).size).toBe(seen.length);
    expect(calls.every((n) => n === 1)).toBe(true);
    expect(calls.length).toBe(Math.ceil(completed.length / 99));
  });

  it('walks them back from the oldest with last/before', async () => {
    const { seen, calls } = await walk(h, { last: 80, filterBy }, 'backward');
    expect(seen).toEqual(completed);
    // The listing's size, its end, and a cut for each 1,000 runs beyond the window.
    expect(Math.max(...calls)).toBeLessThanOrEqual(6);
  });

  it('lists all of them oldest first with orderBy ASC', async () => {
    const { seen } = await walk(h, { first: 100, filterBy, orderBy: ASC }, 'forward');
    expect(seen).toEqual([...completed].reverse());
  });
});

describe('while runs are created', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // A frozen clock: every run dispatched below shares one creation second.
    h.simulator.clock.freeze();
  });
  afterAll(() => h.close());

  it('pages newest first without showing a run twice or skipping one', async () => {
    const before = newestFirst(h.simulator.state.runs(REPO));
    const { seen } = await walk(h, { first: 25 }, 'forward', async () => {
      await dispatch(h);
      await dispatch(h);
    });
    // New runs are newer than the first page: the walk is the listing as it began.
    expect(seen).toEqual(before);
  });

  it('pages oldest first into runs created meanwhile, across runs sharing a second', async () => {
    const { seen } = await walk(h, { first: 7, orderBy: ASC }, 'forward', () => dispatch(h));
    const now = h.simulator.state.runs(REPO);
    // Dozens of runs in the clock's one second, read by id within it.
    expect(now.filter((run) => second(run) === second(now[0]!)).length).toBeGreaterThan(40);
    expect(seen).toEqual(newestFirst(now).reverse());
  });

  it('pages back with last/before across the shared second', async () => {
    const { seen } = await walk(h, { last: 3 }, 'backward');
    expect(seen).toEqual(newestFirst(h.simulator.state.runs(REPO)));
  });

  it('pages newest first through the shared second, one request a page', async () => {
    const { seen, calls } = await walk(h, { first: 4 }, 'forward');
    expect(seen).toEqual(newestFirst(h.simulator.state.runs(REPO)));
    // A page inside the second reads the runs of it already passed again: still one request.
    expect(calls.every((n) => n === 1)).toBe(true);
  });

  it('continues after a cursor whose run was deleted meanwhile', async () => {
    const all = newestFirst(h.simulator.state.runs(REPO));
    const page = await h.execute(Runs, { first: 10 });
    const { endCursor } = page.data!.repository!.workflowRuns.pageInfo;
    const deleted = await request(`${h.simulator.url}/repos/${REPO}/actions/runs/${all[9]}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    await deleted.body.dump();
    expect(deleted.statusCode).toBe(204);
    const next = await h.execute(Runs, { first: 10, after: endCursor });
    expect(next.data!.repository!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
      all.slice(10, 20),
    );
  });

  it('reads the shared second from both ends with ASC and last/before', async () => {
    const all = newestFirst(h.simulator.state.runs(REPO));
    const { seen } = await walk(h, { last: 4, orderBy: ASC }, 'backward');
    expect(seen).toEqual([...all].reverse());
  });
});

const Feed = graphql(`
  query MergedFeed(
    $repositories: [String!]!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: WorkflowRunOrder
  ) {
    workflowRuns(
      repositories: $repositories
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
    ) {
      edges { cursor node { fullDatabaseId repository { nameWithOwner } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const FeedCount = graphql(`
  query MergedFeedCount($repositories: [String!]!) {
    workflowRuns(repositories: $repositories, first: 1) { totalCount reachableCount }
  }
`);

describe('the merged feed across repositories', () => {
  let h: Harness;
  const five = [
    REPO,
    'octo-org/public-site',
    'octo-org/service-1',
    'octo-org/service-2',
    'octo-org/service-3',
  ];
  let merged: string[];
  beforeAll(async () => {
    h = await startHarness({ services: 3 });
    h.simulator.clock.freeze();
    merged = newestFirst(five.flatMap((name) => h.simulator.state.runs(name)));
  });
  afterAll(() => h.close());

  it('costs at most one request per repository for its first page, and for the next', async () => {
    h.resetCalls();
    const page1 = await h.execute(Feed, { repositories: five, first: 40 });
    expect(page1.errors).toBeUndefined();
    expect(h.upstreamCalls()).toBeLessThanOrEqual(5);
    const edges = page1.data!.workflowRuns.edges!;
    expect(edges.map((e) => e!.node!.fullDatabaseId)).toEqual(merged.slice(0, 40));
    expect(new Set(edges.map((e) => e!.node!.repository.nameWithOwner)).size).toBeGreaterThan(1);
    h.resetCalls();
    const page2 = await h.execute(Feed, {
      repositories: five,
      first: 40,
      after: page1.data!.workflowRuns.pageInfo.endCursor,
    });
    expect(h.upstreamCalls()).toBeLessThanOrEqual(5);
    expect(page2.data!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
      merged.slice(40, 80),
    );
  });

  it('walks the whole merge oldest first and back with last/before', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await h.execute(Feed, { repositories: five, first: 100, after, orderBy: ASC });
      seen.push(...page.data!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId));
      if (!page.data!.workflowRuns.pageInfo.hasNextPage) break;
      after = page.data!.workflowRuns.pageInfo.endCursor;
    }
    expect(seen).toEqual([...merged].reverse());
    const back = await h.execute(Feed, { repositories: five, last: 30 });
    expect(back.data!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
      merged.slice(-30),
    );
  });

  it('sums the repositories’ counts', async () => {
    const response = await h.execute(FeedCount, { repositories: five });
    expect(response.data!.workflowRuns.totalCount).toBe(merged.length);
    expect(response.data!.workflowRuns.reachableCount).toBe(merged.length);
  });

  it('lists the others when one repository cannot be seen, with an error naming it', async () => {
    const repositories = [REPO, 'octo-org/no-such-repo', 'octo-org/public-site'];
    const response = await h.execute(Feed, { repositories, first: 10 });
    const expected = newestFirst(
      [REPO, 'octo-org/public-site'].flatMap((name) => h.simulator.state.runs(name)),
    ).slice(0, 10);
    expect(response.data!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId)).toEqual(
      expected,
    );
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      path: ['workflowRuns'],
      extensions: {
        code: 'NOT_FOUND',
        repository: 'octo-org/no-such-repo',
        argument: 'repositories[1]',
      },
    });
    expect(response.errors![0]!.message).toContain('octo-org/no-such-repo');
    // Anonymous callers cannot see the private repository; the public one still lists.
    const anonymous = await h.execute(Feed, { repositories, first: 5 }, { token: null });
    expect(anonymous.errors!.map((e) => e.extensions!['repository'])).toEqual([
      REPO,
      'octo-org/no-such-repo',
    ]);
    expect(anonymous.data!.workflowRuns.edges).toHaveLength(5);
  });
});

describe('bad input is refused before any call', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ size: 'small' });
  });
  afterAll(() => h.close());

  const forged = Buffer.from(JSON.stringify({ v: 2, t: 1, id: '1' })).toString('base64url');
  const extraField = Buffer.from(JSON.stringify({ v: 1, t: 1, id: '1', o: 5 })).toString(
    'base64url',
  );
  const offset = Buffer.from('offset:10').toString('base64url');
  const feedCases: Array<[string, Record<string, unknown>, string]> = [
    ['an empty list', { repositories: [] }, 'repositories'],
    [
      'over 50 repositories',
      { repositories: Array.from({ length: 51 }, (_, i) => `octo-org/r${i}`) },
      'repositories',
    ],
    ['an entry without a name', { repositories: [REPO, 'octo-org'] }, 'repositories[1]'],
    ['a malformed owner', { repositories: ['octo org/x'] }, 'repositories[0]'],
    ['a path in an entry', { repositories: ['octo-org/x/../y'] }, 'repositories[0]'],
    [
      'a duplicate entry (names fold case)',
      { repositories: [REPO, 'Octo-Org/Octo-Repo'] },
      'repositories[1]',
    ],
    ['a forged cursor', { repositories: [REPO], after: forged }, 'after'],
    ['a cursor with a field too many', { repositories: [REPO], before: extraField }, 'before'],
    ['an offset cursor of an earlier release', { repositories: [REPO], after: offset }, 'after'],
    ['not base64 at all', { repositories: [REPO], after: '!!' }, 'after'],
  ];

  it.each(feedCases)('the merged feed refuses %s', async (_name, variables, argument) => {
    h.resetCalls();
    const response = await h.execute(Feed, variables as never);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(h.upstreamCalls()).toBe(0);
  });

  it.each([
    ['forged', forged],
    ['offset', offset],
  ])('a repository listing refuses a %s cursor', async (_name, cursor) => {
    h.resetCalls();
    const response = await h.execute(Runs, { first: 5, after: cursor });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(h.upstreamCalls()).toBe(0);
  });

  it('accepts a cursor for a position no run holds: it is a place, not a run', async () => {
    const runs = h.simulator.state.runs(REPO);
    // Just after runs[5] in its second: runs[5] is the first run past it.
    const cursor = encodeRunCursor({ t: second(runs[5]!), id: runs[5]!.id + 1 });
    const response = await h.execute(Runs, { first: 2, after: cursor });
    expect(
      response.data!.repository!.workflowRuns.edges!.map((e) => e!.node!.fullDatabaseId),
    ).toEqual(newestFirst(runs).slice(5, 7));
  });
});

describe("GitHub's DeploymentReview.databaseId", () => {
  it('validates as on GitHub and is null: REST approvals carry no id', async () => {
    const h = await startHarness({ size: 'small' });
    try {
      h.simulator.clock.freeze();
      const reviewed = h.simulator.state.runs(REPO).find((run) => run.approvals.length > 0)!;
      const response = await h.execute(
        `query { repository(owner: "octo-org", name: "octo-repo") {
          workflowRun(databaseId: ${reviewed.id}) { deploymentReviews { nodes { databaseId state } } }
        } }`,
      );
      expect(response.errors).toBeUndefined();
      const nodes = (response.data as any).repository.workflowRun.deploymentReviews.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((node: { databaseId: unknown }) => node.databaseId === null)).toBe(true);
    } finally {
      await h.close();
    }
  });
});
