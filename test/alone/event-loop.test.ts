/**
 * Issue 16: large answers must not hold the event loop. Ten heavy queries the default limits
 * allow run in parallel through the gateway in its own process, as production runs it, while
 * a worker thread samples `/health`; it answers within 100 ms throughout. What the answers
 * hold is test/integration/large-answers.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, type Simulator, startSimulator } from '../../src/simulator/index.js';
import { heavyQuery, sampleHealth } from '../helpers/event-loop-load.js';
import { type Replica, startReplica } from '../helpers/replica.js';

const WINDOWS = 2;
let simulator: Simulator;
let gateway: Replica;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, size: 'default' });
  simulator.clock.freeze();
  gateway = await startReplica({ apiUrl: simulator.url, env: { LOG_LEVEL: 'warn' } });
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
  // Timing on a shared CI machine: one retry for a neighbour's burst, not for a stall (a
  // stall measured 1.1 s before answers were built and written in turns).
  it('keeps /health under 100 ms while ten of them are built', {
    retry: 1,
    timeout: 120_000,
  }, async () => {
    const sampler = sampleHealth(`${gateway.url}/health`);
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await post();
        return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
      }),
    );
    const health = await sampler.stop();
    expect(answers.every((a) => a.status === 200 && a.bytes > 9_000_000)).toBe(true);
    expect(health.count).toBeGreaterThan(20);
    expect(health.max).toBeLessThan(100);
  });
});
