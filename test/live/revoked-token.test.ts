/**
 * A token revoked while it has subscriptions: the simulator takes it back (it answers 401
 * from then on), and each of its streams gets one `UNAUTHENTICATED` error and completes,
 * over both transports and both sources; streams of other tokens go on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import { collectStream, type LiveHarness, startLiveHarness, until } from './support.js';

const RUNS_UPDATED =
  'subscription($owner: String!, $name: String!) { workflowRunsUpdated(owner: $owner, name: $name) { fullDatabaseId status } }';
const RUN_UPDATED =
  'subscription($id: ID!) { workflowRunUpdated(id: $id) { fullDatabaseId status } }';

let harness: LiveHarness;
afterEach(async () => harness?.close());

const sse = (token: string) => harness.sse(token);
const ws = (token: string) => harness.ws(token);

const codes = (stream: ReturnType<typeof collectStream>) =>
  stream.results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));

describe('a revoked token', () => {
  it('over SSE, fed by polling: the stream gets UNAUTHENTICATED and completes', async () => {
    harness = await startLiveHarness();
    const variables = { owner: harness.owner, name: harness.repoName };
    const revoked = collectStream(
      sse(DEMO_TOKENS.read).iterate({ query: RUNS_UPDATED, variables }),
    );
    const other = collectStream(sse(DEMO_TOKENS.admin).iterate({ query: RUNS_UPDATED, variables }));
    await until(() => harness.live.pollers!.active === 2);
    harness.simulator.tokens.revoke(DEMO_TOKENS.read);
    await until(() => revoked.done);
    expect(codes(revoked)).toEqual(['UNAUTHENTICATED']);
    // Its poller went with its last subscriber; the other token's goes on.
    await until(() => harness.live.pollers!.active === 1);
    expect(other.done).toBe(false);
    expect(codes(other)).toEqual([]);
    await other.stop();
  });

  it('over WebSocket, fed by webhooks: the next change is read with it, gets 401, and ends the stream', async () => {
    harness = await startLiveHarness({
      webhookSecret: 'test-webhook-secret',
      simulatorWebhooks: true,
    });
    const run = harness.simulator.state
      .runs(`${harness.owner}/${harness.repoName}`)
      .find((r) => latestAttempt(r).status === 'in_progress')!;
    const client = ws(DEMO_TOKENS.read);
    const stream = collectStream(
      client.iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => stream.results.length === 1);
    expect(stream.results[0]!.data!.workflowRunUpdated.status).toBe('IN_PROGRESS');
    harness.simulator.tokens.revoke(DEMO_TOKENS.read);
    const cancelled = await fetch(
      `${harness.simulator.url}/repos/${harness.owner}/${harness.repoName}/actions/runs/${run.id}/cancel`,
      { method: 'POST', headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` } },
    );
    expect(cancelled.status).toBe(202);
    await until(() => stream.done);
    expect(codes(stream)).toEqual(['UNAUTHENTICATED']);
    expect(stream.results).toHaveLength(2);
    await until(() => harness.live.limits.total === 0);
    await client.dispose();
  });
});
