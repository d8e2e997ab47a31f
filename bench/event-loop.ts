/**
 * How long `/health` waits while large answers are built: ten answers in parallel through
 * the gateway started as the README says (its own process, `node scripts/start.js`), each
 * `--windows N` windows of 100 runs with their workflow's 100 latest runs (10,100 nodes a
 * window), while `/health` is sampled every 20 ms. Issue 16 asks for under 100 ms at the
 * largest answer the limits allow; this prints where it stands, as the gateway's own
 * event-loop delay (`/metrics`) and as the sampler sees `/health`.
 *
 *   npm run bench:event-loop -- --windows 1 [--parallel 10]
 */
import { parseArgs } from 'node:util';
import { DEMO_TOKENS, startSimulator } from '../src/simulator/index.js';
import {
  heavyQuery,
  loopDelayMaxMs,
  NODES_PER_WINDOW,
  sampleHealth,
} from '../test/helpers/event-loop-load.js';
import { startReplica } from '../test/helpers/replica.js';

const { values } = parseArgs({
  options: {
    windows: { type: 'string', default: '1' },
    parallel: { type: 'string', default: '10' },
  },
});
const windows = Number(values.windows);
const parallel = Number(values.parallel);

const HEAVY = heavyQuery(windows);

const simulator = await startSimulator({ port: 0, size: 'default' });
simulator.clock.freeze();
const gateway = await startReplica({
  apiUrl: simulator.url,
  // The demand bound is not what this measures (each run's workflow listing is counted once
  // per run, though one workflow's runs are one call): the answer size is.
  env: { LOG_LEVEL: 'warn', MAX_UPSTREAM_REQUESTS: '100000', MAX_NODES: '500000' },
});
try {
  const post = async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKENS.admin}` },
      body: JSON.stringify({ query: HEAVY }),
    });
    // Read as bytes, not decoded or parsed: this process also serves as the simulator.
    return (await response.arrayBuffer()).byteLength;
  };
  // Warm: the first answer fills the conditional cache, the second compiles (graphql-jit).
  for (let run = 0; run < 2; run++) await post();
  await loopDelayMaxMs(gateway.url); // a scrape resets it: what follows is this load's
  const sampler = sampleHealth(`${gateway.url}/health`);
  const started = performance.now();
  const sizes = await Promise.all(Array.from({ length: parallel }, post));
  const elapsed = performance.now() - started;
  const health = await sampler.stop();
  const loopDelayMax = await loopDelayMaxMs(gateway.url);
  console.log(
    `${parallel} answers of ${windows * NODES_PER_WINDOW} nodes (${(sizes[0]! / 1e6).toFixed(2)} MB) in ${elapsed.toFixed(0)} ms; ` +
      `the gateway's loop delayed at most ${loopDelayMax.toFixed(1)} ms; ` +
      `/health over ${health.count} samples: p50 ${health.p50.toFixed(1)} ms, p95 ${health.p95.toFixed(1)} ms, max ${health.max.toFixed(1)} ms`,
  );
} finally {
  await gateway.close();
  await simulator.close();
}
