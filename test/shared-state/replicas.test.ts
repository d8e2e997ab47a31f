/**
 * Several replicas, one GitHub budget: a real `redis-server`, three gateway processes
 * started as the README says, and the simulator behind them, with every claim asserted at
 * the simulator's accounting.
 */
import { Webhooks } from '@octokit/webhooks';
import { createClient as createSseClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, type Simulator, startSimulator } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import { type Replica, startReplica } from '../helpers/replica.js';
import { type RedisServer, startRedis, until } from './support.js';

const INTERVAL_MS = 1_000;
const WEBHOOK_SECRET = 'replicas-webhook-secret';
const LISTING = '/repos/{owner}/{repo}/actions/runs';
const RUNS_UPDATED =
  'subscription($owner: String!, $name: String!) { workflowRunsUpdated(owner: $owner, name: $name) { fullDatabaseId status } }';
const RUN_UPDATED =
  'subscription($id: ID!) { workflowRunUpdated(id: $id) { fullDatabaseId status conclusion } }';
const DASHBOARD =
  'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { workflowRuns(first: 5) { nodes { id databaseId status } } } }';

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string }> };

let redis: RedisServer;
let simulator: Simulator;
let owner: string;
let name: string;
/** Every message published on Redis during the run, to look for secrets in them. */
const published: string[] = [];
/** Runs queued or in progress at the start, one for each test that changes one. */
let going: number[] = [];

beforeAll(async () => {
  [redis, simulator] = await Promise.all([startRedis(), startSimulator({ port: 0 })]);
  simulator.clock.freeze();
  const repo = simulator.state.world.repos.find((r) => r.name === 'octo-repo')!;
  owner = repo.owner.login;
  name = repo.name;
  going = simulator.state
    .runs(`${owner}/${name}`)
    .filter((r) => ['queued', 'in_progress'].includes(latestAttempt(r).status))
    .map((r) => r.id);
  expect(going.length).toBeGreaterThanOrEqual(3);
  const tap = redis.client.duplicate();
  await tap.psubscribe('*');
  tap.on('error', () => undefined); // Redis is stopped on purpose below.
  tap.on('pmessage', (_pattern, channel, message) => published.push(`${channel} ${message}`));
}, 30_000);

afterAll(async () => {
  await redis?.close();
  await simulator?.close();
});

function subscribe(replica: Replica, query: string, variables: Record<string, unknown>) {
  const client = createSseClient({
    url: `${replica.url}/graphql`,
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    retryAttempts: 0,
  });
  const results: Result[] = [];
  const iterator = client.iterate({ query, variables });
  const finished = (async () => {
    for await (const result of iterator) results.push(result as Result);
  })().catch(() => undefined);
  return {
    results,
    stop: async () => {
      await iterator.return?.();
      await finished;
      client.dispose();
    },
  };
}

const cancel = (runId: number) =>
  fetch(`${simulator.url}/repos/${owner}/${name}/actions/runs/${runId}/cancel`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
const listings = () => simulator.requests.total({ route: LISTING });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('three polling replicas sharing one Redis', () => {
  let replicas: Replica[] = [];
  beforeAll(async () => {
    replicas = await Promise.all(
      [0, 1, 2].map(() =>
        startReplica({ apiUrl: simulator.url, redisUrl: redis.url, pollIntervalMs: INTERVAL_MS }),
      ),
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('a read repeated on another replica is a 304', async () => {
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    const first = await a.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
    expect(first.errors).toBeUndefined();
    simulator.requests.reset();
    for (const replica of [b, c]) {
      const again = await replica.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
      expect(again).toEqual(first);
    }
    const seen = simulator.requests.list();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.status === 304)).toBe(true);
    // Another token never gets the cached answer: its own request is a 200.
    simulator.requests.reset();
    await b.graphql(DASHBOARD, DEMO_TOKENS.read, { owner, name });
    expect(simulator.requests.list().some((r) => r.token === 'read' && r.status === 200)).toBe(
      true,
    );
  });

  it('a secondary limit seen by one replica stops the token on all of them until Retry-After', async () => {
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    // The read token here: the admin token serves the subscription tests below.
    simulator.faults.set({ secondaryLimit: { every: 1, status: 403, retryAfter: 30 } });
    const limited = await a.graphql(DASHBOARD, DEMO_TOKENS.read, { owner, name });
    simulator.faults.clear();
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    simulator.requests.reset();
    for (const replica of [b, c, a]) {
      const refused = await replica.graphql(DASHBOARD, DEMO_TOKENS.read, { owner, name });
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const retryAfter = refused.errors?.[0]?.extensions?.retryAfter as number;
      expect(retryAfter).toBeGreaterThan(25);
      expect(retryAfter).toBeLessThanOrEqual(30);
    }
    expect(simulator.requests.list().filter((r) => r.token === 'read')).toEqual([]);
    // Other tokens are not held back.
    const admin = await c.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
    expect(admin.errors).toBeUndefined();
  });

  it('20 subscribers spread over 3 replicas on one stream cost one poll per interval', async () => {
    const streams = Array.from({ length: 20 }, (_, i) =>
      subscribe(replicas[i % 3]!, RUNS_UPDATED, { owner, name }),
    );
    // Every replica has its subscribers (and so asks for the lease) before counting starts.
    await until(async () => {
      const states = await Promise.all(replicas.map((r) => r.health()));
      return states.reduce((n, s) => n + Number(s.sharedState?.pollingHere), 0) === 1;
    });
    await sleep(2 * INTERVAL_MS);
    simulator.requests.reset();
    const started = Date.now();
    await sleep(5 * INTERVAL_MS);
    const intervals = (Date.now() - started) / INTERVAL_MS;
    // One poller for the fleet: about one listing per interval (three replicas polling for
    // themselves would make three).
    expect(listings()).toBeGreaterThanOrEqual(Math.floor(intervals) - 1);
    expect(listings()).toBeLessThanOrEqual(Math.ceil(intervals) + 1);

    // What that one poller finds reaches every subscriber on every replica.
    const run = { id: going[0]! };
    await cancel(run.id);
    await until(() => streams.every((s) => s.results.length >= 1));
    for (const s of streams)
      expect(s.results[0]!.data!.workflowRunsUpdated).toEqual({
        fullDatabaseId: String(run.id),
        status: 'COMPLETED',
      });
    await Promise.all(streams.map((s) => s.stop()));
  });

  it('killing the replica that holds a lease moves polling to another within one interval, missing no change', async () => {
    const streams = Array.from({ length: 6 }, (_, i) =>
      subscribe(replicas[i % 3]!, RUNS_UPDATED, { owner, name }),
    );
    let holder: Replica | undefined;
    await until(async () => {
      const states = await Promise.all(replicas.map((r) => r.health()));
      holder = replicas[states.findIndex((s) => s.sharedState?.pollingHere === 1)];
      return holder !== undefined && listings() > 0;
    });
    await sleep(1.5 * INTERVAL_MS);
    const survivors = replicas.filter((r) => r !== holder);
    const watching = streams.filter((_, i) => replicas[i % 3] !== holder);
    await holder!.kill();
    const killedAt = Date.now();
    // A change made while the lease moves: the next holder compares with what the last one saw.
    const run = { id: going[1]! };
    await cancel(run.id);
    const before = listings();
    await until(() => listings() > before, 3 * INTERVAL_MS);
    const takeoverMs = Date.now() - killedAt;
    // One interval by design (lease 0.6, claims every 0.2 of one); the rest is slack for a
    // busy two-core CI machine.
    expect(takeoverMs).toBeLessThan(1.5 * INTERVAL_MS);
    await until(() =>
      watching.every((s) =>
        s.results.some((r) => r.data?.workflowRunsUpdated?.fullDatabaseId === String(run.id)),
      ),
    );
    const states = await Promise.all(survivors.map((r) => r.health()));
    expect(states.map((s) => s.sharedState?.pollingHere).sort()).toEqual([0, 1]);
    await Promise.all(streams.map((s) => s.stop()));
    replicas = survivors;
  });

  it('keeps nothing in clear in Redis: keys, values and messages are HMACs and sealed boxes', async () => {
    await expectNothingInClear();
  });

  it('without Redis reads go plain (never a stale body), health says degraded, and all comes back', async () => {
    const [a, b] = replicas as [Replica, Replica];
    await redis.stop();
    await until(async () => (await a.health()).status === 'degraded');
    expect((await b.health()).sharedState).toMatchObject({ redis: 'down' });
    simulator.requests.reset();
    const plain = await a.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
    expect(plain.errors).toBeUndefined();
    expect(simulator.requests.list().every((r) => r.status === 200)).toBe(true);

    await redis.start();
    await until(
      async () => (await a.health()).status === 'ok' && (await b.health()).status === 'ok',
    );
    await a.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
    simulator.requests.reset();
    const again = await b.graphql(DASHBOARD, DEMO_TOKENS.admin, { owner, name });
    expect(again).toEqual(plain);
    expect(simulator.requests.list().every((r) => r.status === 304)).toBe(true);
  });
});

describe('two replicas taking webhooks', () => {
  let replicas: Replica[] = [];
  beforeAll(async () => {
    replicas = await Promise.all(
      [0, 1].map(() =>
        startReplica({ apiUrl: simulator.url, redisUrl: redis.url, webhookSecret: WEBHOOK_SECRET }),
      ),
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('a webhook posted to one replica reaches a subscriber on another', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const run = { id: going[2]! };
    const { encodeGlobalId } = await import('../../src/schema/global-id.js');
    const stream = subscribe(b, RUN_UPDATED, {
      id: encodeGlobalId('WorkflowRun', `${owner}/${name}/${run.id}`),
    });
    await until(() => stream.results.length === 1);
    expect(stream.results[0]!.data!.workflowRunUpdated.conclusion).toBeNull();
    await cancel(run.id);
    const body = JSON.stringify({
      action: 'completed',
      workflow_run: { id: run.id },
      repository: { name, owner: { login: owner } },
    });
    const delivered = await fetch(`${a.url}/webhooks/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'workflow_run',
        'x-github-delivery': crypto.randomUUID(),
        'x-hub-signature-256': await new Webhooks({ secret: WEBHOOK_SECRET }).sign(body),
      },
      body,
    });
    expect(delivered.status).toBe(202);
    await until(() => stream.results.length === 2);
    expect(stream.results[1]!.data!.workflowRunUpdated).toMatchObject({
      status: 'COMPLETED',
      conclusion: 'CANCELLED',
    });
    await stream.stop();
  });
});

describe('what Redis holds after the run', () => {
  it('has no token, body text or GraphQL document in clear, in any key, value or message', async () => {
    await expectNothingInClear();
  });
});

/** Scans every key and value in Redis, and every message published so far. */
async function expectNothingInClear() {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.client.scan(cursor, 'COUNT', 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  expect(keys.length).toBeGreaterThan(0);
  const values = await Promise.all(keys.map((k) => redis.client.getBuffer(k)));
  const stored = [...keys, ...values.map((v) => v?.toString('latin1') ?? '')];
  expect(published.length).toBeGreaterThan(0);
  const everything = [...stored, ...published].join('\n');
  for (const clear of [
    DEMO_TOKENS.admin,
    DEMO_TOKENS.read,
    owner,
    name,
    'workflow_runs',
    'in_progress',
    'workflowRunsUpdated',
    'repository(',
  ])
    expect(everything).not.toContain(clear);
}
