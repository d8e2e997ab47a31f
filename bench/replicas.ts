/**
 * Upstream calls per minute of a polling dashboard with 1 and with 3 replicas, with and
 * without Redis (`REDIS_URL`). The dashboard: 30 viewers with one token, spread over the
 * replicas round-robin, each holding a `workflowRunsUpdated` subscription (polled every
 * second) and reloading the runs table every 5 s, on a quiet repository (the simulator's
 * clock stands still, so what is measured is the cost of watching, not of changes). Every
 * replica is its own process, started as the README says; `pollingHere` from each
 * replica's `/health`, sampled each second, shows how many replicas poll.
 *
 *   npm run bench:replicas      # about four minutes: four set-ups, 30 s of dashboard each
 *
 * Calls are counted where the simulator sees them: all of them, and the 200s (a 304
 * does not count against GitHub's rate limit).
 */
import { createClient } from 'graphql-sse';
import { DEMO_TOKENS, startSimulator } from '../src/simulator/index.js';
import { type Replica, startReplica } from '../test/helpers/replica.js';
import { startRedis } from '../test/shared-state/support.js';

const VIEWERS = 30;
const RELOAD_MS = 5_000;
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 30_000);
const WARMUP_MS = 3_000;
const DASHBOARD =
  'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { workflowRuns(first: 10) { nodes { id databaseId status conclusion } } } }';
const FEED =
  'subscription($owner: String!, $name: String!) { workflowRunsUpdated(owner: $owner, name: $name) { fullDatabaseId status } }';

async function measure(replicaCount: number, withRedis: boolean) {
  const redis = withRedis ? await startRedis() : undefined;
  const simulator = await startSimulator({ port: 0 });
  simulator.clock.freeze();
  const repo = simulator.state.world.repos.find((r) => r.name === 'octo-repo')!;
  const variables = { owner: repo.owner.login, name: repo.name };
  const replicas: Replica[] = await Promise.all(
    Array.from({ length: replicaCount }, () =>
      startReplica({ apiUrl: simulator.url, redisUrl: redis?.url, pollIntervalMs: 1_000 }),
    ),
  );
  const stops: Array<() => void> = [];
  for (let i = 0; i < VIEWERS; i++) {
    const replica = replicas[i % replicaCount]!;
    const client = createClient({
      url: `${replica.url}/graphql`,
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
      retryAttempts: 0,
    });
    const feed = client.iterate({ query: FEED, variables });
    void (async () => {
      for await (const _ of feed);
    })().catch(() => undefined);
    // A page reloads its table when the last load has answered, not over it.
    let loading = false;
    const reload = () => {
      if (loading) return;
      loading = true;
      void replica
        .graphql(DASHBOARD, DEMO_TOKENS.admin, variables)
        .catch(() => undefined)
        .finally(() => (loading = false));
    };
    reload();
    // Viewers opened the page at different moments.
    const timer = setTimeout(
      () => {
        reload();
        const every = setInterval(reload, RELOAD_MS);
        stops.push(() => clearInterval(every));
      },
      (i * RELOAD_MS) / VIEWERS,
    );
    stops.push(() => {
      clearTimeout(timer);
      void feed.return?.();
      client.dispose();
    });
  }
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  simulator.requests.reset();
  const polling: number[] = [];
  const sampler = setInterval(async () => {
    const states = await Promise.all(replicas.map((r) => r.health().catch(() => undefined)));
    // Without Redis there is no report: every replica with subscribers polls for itself.
    polling.push(
      states.reduce((n, s) => n + (s?.sharedState ? Number(s.sharedState.pollingHere) : 1), 0),
    );
  }, 1_000);
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  clearInterval(sampler);
  const perMinute = (n: number) => Math.round((n * 60_000) / MEASURE_MS);
  const result = {
    replicas: replicaCount,
    redis: withRedis ? 'yes' : 'no',
    callsPerMinute: perMinute(simulator.requests.total()),
    rateLimitedCallsPerMinute: perMinute(simulator.requests.total({ status: 200 })),
    notModifiedPerMinute: perMinute(simulator.requests.total({ status: 304 })),
    replicasPolling: Math.round((10 * polling.reduce((a, b) => a + b, 0)) / polling.length) / 10,
  };
  for (const stop of stops) stop();
  await Promise.all(replicas.map((r) => r.close()));
  await simulator.close();
  await redis?.close();
  return result;
}

const results = [];
for (const [count, redis] of [
  [1, false],
  [3, false],
  [1, true],
  [3, true],
] as const) {
  const result = await measure(count, redis);
  console.error(JSON.stringify(result));
  results.push(result);
}
console.log(
  `\nPolling dashboard: ${VIEWERS} viewers, one token, feed polled every 1 s, table reloaded every ${RELOAD_MS / 1000} s; ${MEASURE_MS / 1000} s measured.\n`,
);
console.log(
  '| Replicas | Redis | Upstream calls/min | of them 200 (rate-limited) | 304 | Replicas polling (mean) |',
);
console.log('|---:|:---:|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.replicas} | ${r.redis} | ${r.callsPerMinute} | ${r.rateLimitedCallsPerMinute} | ${r.notModifiedPerMinute} | ${r.replicasPolling} |`,
  );
process.exit(0);
