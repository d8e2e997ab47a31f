/**
 * With a webhook secret set, a repository that sends no webhooks still feeds its
 * subscribers: every stream's poller falls back to conditional polling at the slower
 * interval. A poll after the repository did deliver publishes nothing, so a change the
 * webhooks announced is not sent twice. Counted at the simulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import {
  collectStream,
  type LiveHarness,
  startLiveHarness,
  until,
  WEBHOOK_SECRET,
} from './support.js';

const RUN_UPDATED =
  'subscription($id: ID!) { workflowRunUpdated(id: $id) { fullDatabaseId status conclusion } }';
const RUN_ROUTE = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const FALLBACK_MS = 300;

let harness: LiveHarness;
afterEach(async () => harness?.close());

async function subscribeToGoingRun() {
  const run = harness.simulator.state
    .runs(`${harness.owner}/${harness.repoName}`)
    .find((r) => latestAttempt(r).status === 'in_progress')!;
  const client = harness.sse();
  const stream = collectStream(
    client.iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
  );
  await until(() => stream.results.length === 1);
  return { run, stream };
}

const cancel = (runId: number) =>
  fetch(
    `${harness.simulator.url}/repos/${harness.owner}/${harness.repoName}/actions/runs/${runId}/cancel`,
    { method: 'POST', headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` } },
  );

describe('polling as the fallback of webhooks', () => {
  it('a repository that sends no webhooks is polled at the fallback interval, quietly with 304s, and its change arrives', async () => {
    harness = await startLiveHarness({
      webhookSecret: WEBHOOK_SECRET,
      fallbackPollIntervalMs: FALLBACK_MS,
    });
    const { run, stream } = await subscribeToGoingRun();
    harness.simulator.requests.reset();
    await new Promise((resolve) => setTimeout(resolve, FALLBACK_MS * 3.5));
    // Quiet: about one conditional read per fallback interval, every one a free 304.
    const quiet = harness.simulator.requests.total({ route: RUN_ROUTE });
    expect(quiet).toBeGreaterThanOrEqual(2);
    expect(quiet).toBeLessThanOrEqual(4);
    expect(harness.simulator.requests.total({ route: RUN_ROUTE, status: 304 })).toBe(quiet);

    // No webhook comes for this change (the simulator delivers none here): the poll finds it.
    expect((await cancel(run.id)).status).toBe(202);
    await until(() => stream.results.length === 2);
    expect(stream.results[1]!.data!.workflowRunUpdated.conclusion).toBe('CANCELLED');
    await stream.stop();
    await until(() => harness.live.pollers.active === 0);
  });

  it('a repository that delivers webhooks: the poll after a delivery publishes nothing, so the change arrives once', async () => {
    harness = await startLiveHarness({
      webhookSecret: WEBHOOK_SECRET,
      fallbackPollIntervalMs: FALLBACK_MS,
      simulatorWebhooks: true,
    });
    const { run, stream } = await subscribeToGoingRun();
    const webhooks = harness.simulator.webhooks!;
    await webhooks.idle();
    const deliveredBefore = webhooks.delivered.length;
    harness.simulator.requests.reset();
    expect((await cancel(run.id)).status).toBe(202);
    await until(() => stream.results.length >= 2 && webhooks.delivered.length > deliveredBefore);
    await webhooks.idle();
    // The clock is frozen: every delivery since the cancel is about this run (its run, its jobs).
    const deliveries = webhooks.delivered.length - deliveredBefore;
    await until(() => stream.results.length === 1 + deliveries);
    const reads = harness.simulator.requests.total({ route: RUN_ROUTE });
    // Two fallback intervals on, the poller has read the cancelled run, and sent nothing more.
    await until(() => harness.simulator.requests.total({ route: RUN_ROUTE }) >= reads + 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stream.results).toHaveLength(1 + deliveries);
    expect(stream.results.at(-1)!.data!.workflowRunUpdated.conclusion).toBe('CANCELLED');
    await stream.stop();
  });
});
