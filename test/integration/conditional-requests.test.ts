/** Conditional requests: a repeated read revalidates with its ETag, and a 304 costs no rate limit. */
import { afterEach, describe, expect, it } from 'vitest';
import { EtagCache } from '../../src/github/etag-cache.js';
import { graphql } from '../gql/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { routeKey } from '../helpers/routes.js';

const Dashboard = graphql(`
  query ConditionalDashboard {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(first: 5) { nodes { databaseId status deploymentReviews { totalCount } } }
    }
    rateLimit { remaining used cost }
  }
`);
const Cancel = graphql(`
  mutation ConditionalCancel($id: ID!) { cancelWorkflowRun(input: { workflowRunId: $id }) { clientMutationId } }
`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('conditional requests', () => {
  it('serves an unchanged answer from a 304 that spends no rate limit', async () => {
    h = await startHarness({ size: 'small', etagCache: new EtagCache(8 * 1024 * 1024) });
    h.simulator.clock.freeze();
    const first = await h.execute(Dashboard);
    expect(h.upstreamCalls({ status: 304 })).toBe(0);
    // rateLimit is filled in after the operation's other calls, nested ones included.
    expect(first.data!.rateLimit).toMatchObject({ cost: 6, used: 6 });
    h.resetCalls();
    const second = await h.execute(Dashboard);
    expect(second.data!.repository).toEqual(first.data!.repository);
    expect(h.upstreamCalls()).toBe(6);
    expect(h.upstreamCalls({ status: 304 })).toBe(6);
    expect(second.data!.rateLimit!.used).toBe(first.data!.rateLimit!.used);
    // cost is the quota spent: six 304s spend none, and remaining stays where it was.
    expect(second.data!.rateLimit).toEqual({
      cost: 0,
      used: first.data!.rateLimit!.used,
      remaining: first.data!.rateLimit!.remaining,
    });
  });

  it('keeps callers apart, and sees a write at once', async () => {
    h = await startHarness({ size: 'small', etagCache: new EtagCache(8 * 1024 * 1024) });
    h.simulator.clock.freeze();
    await h.execute(Dashboard);
    h.resetCalls();
    await h.execute(Dashboard, {}, { token: 'demo-read-token' });
    expect(h.upstreamCalls({ status: 304 })).toBe(0);

    const runs = await h.execute(
      graphql(
        `query ConditionalFirstRun { repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { nodes { id status } } } }`,
      ),
    );
    const run = runs.data!.repository!.workflowRuns.nodes![0]!;
    expect(run.status).toBe('QUEUED');
    await h.execute(Cancel, { id: run.id });
    h.resetCalls();
    const after = await h.execute(Dashboard);
    expect(after.data!.repository!.workflowRuns.nodes![0]!.status).toBe('COMPLETED');
    expect(h.upstreamCalls({ route: routeKey('listWorkflowRunsForRepo'), status: 200 })).toBe(1);
  });
});
