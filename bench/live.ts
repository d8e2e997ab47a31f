/**
 * Benchmark of live runs: time from a change in the simulator (a cancel) to the event at a
 * `graphql-sse` client, p50/p95, for webhooks and for polling; and upstream calls per
 * minute of a quiet repository's feed for 1, 10 and 100 subscribers with one token.
 *
 *   npx tsx bench/live.ts            # polling at 1000 ms (the minimum), 10 changes each
 *
 * Timings depend on the machine and the interval; the call counts do not.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-sse';
import { EtagCache } from '../src/github/etag-cache.js';
import { createLive } from '../src/live/live.js';
import { encodeGlobalId } from '../src/schema/global-id.js';
import { DEMO_TOKENS, startSimulator } from '../src/simulator/index.js';
import { latestAttempt } from '../src/simulator/world/model.js';
import { createGateway } from '../src/yoga.js';

const SECRET = 'bench-secret';
const POLL_MS = 1000;

async function setup(webhooks: boolean) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const simulator = await startSimulator({
    port: 0,
    size: 'default',
    ...(webhooks ? { webhook: { url: `${url}/webhooks/github`, secret: SECRET } } : {}),
  });
  simulator.clock.freeze();
  const live = createLive({
    pollIntervalMs: POLL_MS,
    maxSubscriptions: 1000,
    maxSubscriptionsPerConnection: 1000,
    webhookSecret: webhooks ? SECRET : undefined,
  });
  const gateway = createGateway({
    upstream: {
      apiUrl: simulator.url,
      timeoutMs: 5_000,
      connections: 16,
      etagCache: new EtagCache(64 << 20),
    },
    live,
  });
  server.on('request', gateway);
  const client = createClient({
    url: `${url}/graphql`,
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    retryAttempts: 0,
  });
  const repo = simulator.state.world.repos[0]!;
  return {
    simulator,
    client,
    live,
    owner: repo.owner.login,
    name: repo.name,
    async close() {
      client.dispose();
      live.close();
      server.closeAllConnections();
      server.close();
      await gateway.close();
      await simulator.close();
    },
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function latency(webhooks: boolean, changes = 10) {
  const h = await setup(webhooks);
  const going = h.simulator.state
    .runs(`${h.owner}/${h.name}`)
    .filter((r) => latestAttempt(r).status !== 'completed')
    .slice(0, changes);
  const times: number[] = [];
  for (const run of going) {
    const id = encodeGlobalId('WorkflowRun', `${h.owner}/${h.name}/${run.id}`);
    const iterator = h.client.iterate({
      query: 'subscription($id: ID!) { workflowRunUpdated(id: $id) { conclusion } }',
      variables: { id },
    });
    await iterator.next();
    const started = performance.now();
    await fetch(`${h.simulator.url}/repos/${h.owner}/${h.name}/actions/runs/${run.id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    for (;;) {
      const { value } = await iterator.next();
      if (
        (value as { data?: { workflowRunUpdated?: { conclusion?: string } } })?.data
          ?.workflowRunUpdated?.conclusion === 'CANCELLED'
      )
        break;
    }
    times.push(performance.now() - started);
    await iterator.return?.();
  }
  await h.close();
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
}

async function quietCost(subscribers: number, seconds = 5) {
  const h = await setup(false);
  const iterators = Array.from({ length: subscribers }, () =>
    h.client.iterate({
      query:
        'subscription($o: String!, $n: String!) { workflowRunsUpdated(owner: $o, name: $n) { databaseId } }',
      variables: { o: h.owner, n: h.name },
    }),
  );
  for (const it of iterators) void it.next();
  while (h.live.limits.total < subscribers) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 500));
  h.simulator.requests.reset();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const total = h.simulator.requests.total();
  const counted = h.simulator.requests.list().filter((r) => r.status !== 304).length;
  await Promise.all(iterators.map((it) => it.return?.()));
  await h.close();
  return { perMinute: (total * 60) / seconds, chargedPerMinute: (counted * 60) / seconds };
}

const hook = await latency(true);
const poll = await latency(false);
console.log(`event latency, change -> client (ms)   p50      p95     n`);
console.log(
  `  webhooks                           ${hook.p50.toFixed(1).padStart(6)}  ${hook.p95.toFixed(1).padStart(7)}  ${hook.n}`,
);
console.log(
  `  polling every ${POLL_MS} ms             ${poll.p50.toFixed(1).padStart(6)}  ${poll.p95.toFixed(1).padStart(7)}  ${poll.n}`,
);
console.log(
  `\nquiet repository feed, polling at ${POLL_MS} ms: upstream calls per minute (one token)`,
);
for (const n of [1, 10, 100]) {
  const cost = await quietCost(n);
  console.log(
    `  ${String(n).padStart(3)} subscribers: ${cost.perMinute.toFixed(0).padStart(4)} calls/min, ${cost.chargedPerMinute.toFixed(0)} charged to the rate limit (the rest are 304s)`,
  );
}
process.exit(0);
