/**
 * Issue 16: large answers must not hold the event loop. Ten heavy queries the default limits
 * allow run in parallel through the gateway in its own process, as production runs it.
 * Two views of the same thing:
 * - the gateway's own: the longest delay of its event loop while they are built, as its
 *   `/metrics` reports it (`nodejs_eventloop_lag_max_seconds`, since the last scrape);
 * - a caller's: a worker thread here asks `/health` every 20 ms, and every one is answered.
 * The caller's view also holds this machine's scheduling: with two cores shared by the load
 * generator, its sockets and the gateway's compressor threads, a `/health` the gateway
 * answered in under 20 ms was seen by the sampler after up to 110 ms. So the loop is held
 * to 100 ms at its source, and the caller's p95 to 100 ms.
 * What the answers hold is test/integration/large-answers.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, type Simulator, startSimulator } from '../../src/simulator/index.js';
import { heavyQuery, loopDelayMaxMs, sampleHealth } from '../helpers/event-loop-load.js';
import { type Replica, startReplica } from '../helpers/replica.js';

const WINDOWS = 2;
let simulator: Simulator;
let gateway: Replica;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, size: 'default' });
  simulator.clock.freeze();
  gateway = await startReplica({ apiUrl: simulator.url, env: { LOG_LEVEL: 'warn' } });
  // A new process's first answers also load and compile the code that builds them (V8's
  // tiers; graphql-jit compiles a document on its second run, 25-60 ms for this one) and
  // fill the conditional cache: one-off costs of a new process, not of answer size, which
  // is what this measures. The benchmark (`npm run bench:event-loop`) warms the same way.
  for (let run = 0; run < 2; run++) await (await post()).arrayBuffer();
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await simulator?.close();
});

const post = () =>
  fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${DEMO_TOKENS.admin}`,
    },
    body: JSON.stringify({ query: heavyQuery(WINDOWS) }),
  });

describe('the event loop under large answers', () => {
  // Timing on a shared CI machine: one retry for a neighbour's burst, not for a stall (the
  // loop stalled 1.1 s before answers were built and written in turns).
  it('keeps the loop and /health under 100 ms while ten of them are built', {
    retry: 1,
    timeout: 120_000,
  }, async () => {
    await loopDelayMaxMs(gateway.url); // a scrape resets the figures: what follows is this load's
    const sampler = sampleHealth(`${gateway.url}/health`);
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await post();
        return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
      }),
    );
    const health = await sampler.stop();
    const loopDelayMax = await loopDelayMaxMs(gateway.url);
    expect(answers.every((a) => a.status === 200 && a.bytes > 9_000_000)).toBe(true);
    expect(loopDelayMax).toBeLessThan(100);
    expect(health.count).toBeGreaterThan(20);
    expect(health.p95).toBeLessThan(100);
  });
});
