/**
 * Demo mode's live world: with `newRuns`, the simulator starts a run on its clock every
 * few seconds and moves it through its states; its webhooks bring each one to a
 * `workflowRunsUpdated` subscriber as it appears and as it changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectStream,
  type LiveHarness,
  startLiveHarness,
  until,
  WEBHOOK_SECRET,
} from './support.js';

const RUNS_UPDATED =
  'subscription($owner: String!, $name: String!) { workflowRunsUpdated(owner: $owner, name: $name) { fullDatabaseId status event } }';

let harness: LiveHarness;
afterEach(async () => harness?.close());

describe('new runs on the clock (demo mode)', () => {
  it('a new run appears through workflowRunsUpdated, then moves from QUEUED to IN_PROGRESS to COMPLETED', async () => {
    harness = await startLiveHarness({
      webhookSecret: WEBHOOK_SECRET,
      simulatorWebhooks: true,
      simulator: { newRuns: { everyMs: 5_000 } },
    });
    const repo = `${harness.owner}/${harness.repoName}`;
    const before = new Set(harness.simulator.state.runs(repo).map((r) => r.id));
    const client = harness.sse();
    const feed = collectStream(
      client.iterate({
        query: RUNS_UPDATED,
        variables: { owner: harness.owner, name: harness.repoName },
      }),
    );
    await until(() => harness.live.limits.total === 1);
    // Nothing new until the clock has moved on.
    expect(harness.simulator.state.runs(repo).length).toBe(before.size);
    harness.simulator.clock.advance(5_000);
    const fresh = () =>
      feed.results
        .map((r) => r.data?.workflowRunsUpdated)
        .filter((run) => run && !before.has(Number(run.fullDatabaseId)));
    await until(() => fresh().length >= 1);
    expect(fresh()[0]).toMatchObject({ status: 'QUEUED', event: 'push' });
    const id = fresh()[0].fullDatabaseId;
    expect(harness.simulator.state.runs(repo).length).toBe(before.size + 1);

    // Queued 10 s, then running 90 s: the same run comes again at each state.
    harness.simulator.clock.advance(11_000);
    await until(() => fresh().some((r) => r.fullDatabaseId === id && r.status === 'IN_PROGRESS'));
    harness.simulator.clock.advance(90_000);
    await until(() => fresh().some((r) => r.fullDatabaseId === id && r.status === 'COMPLETED'));
    expect(feed.results.every((r) => r.errors === undefined)).toBe(true);
    await feed.stop();
  }, 20_000);
});
