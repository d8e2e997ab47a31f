/**
 * Subscriptions over both transports from the ecosystem's real clients, fed by
 * conditional polling (no webhook secret) or by signed webhooks, with upstream calls
 * counted at the simulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { tokenHash } from '../../src/live/token-hash.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import {
  collectStream,
  type LiveHarness,
  startLiveHarness,
  until,
  WEBHOOK_SECRET,
} from './support.js';
import { routeKey } from '../helpers/routes.js';

const RUN_UPDATED =
  'subscription($id: ID!) { workflowRunUpdated(id: $id) { fullDatabaseId status conclusion jobs(first: 1) { totalCount } } }';
const RUNS_UPDATED =
  'subscription($owner: String!, $name: String!) { workflowRunsUpdated(owner: $owner, name: $name) { fullDatabaseId status } }';
const JOB_UPDATED =
  'subscription($id: ID!) { workflowJobUpdated(workflowRunId: $id) { fullDatabaseId status } }';

let harness: LiveHarness;
afterEach(async () => harness?.close());

const sse = (token?: string) => harness.sse(token);

const goingRun = () =>
  harness.simulator.state
    .runs(`${harness.owner}/${harness.repoName}`)
    .find((r) => latestAttempt(r).status === 'in_progress')!;
const cancel = (runId: number) =>
  fetch(
    `${harness.simulator.url}/repos/${harness.owner}/${harness.repoName}/actions/runs/${runId}/cancel`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    },
  );
const runGets = () => harness.simulator.requests.total({ route: routeKey('getWorkflowRun') });
const listings = (status?: number) =>
  harness.simulator.requests.total({
    route: routeKey('listWorkflowRunsForRepo'),
    ...(status ? { status } : {}),
  });

describe('polling (no webhook secret)', () => {
  it('sends the run as it is now, then its change, over SSE; a client that leaves stops the poller', async () => {
    harness = await startLiveHarness();
    const run = goingRun();
    const stream = collectStream(
      sse().iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => stream.results.length === 1);
    expect(stream.results[0]!.data!.workflowRunUpdated).toMatchObject({
      fullDatabaseId: String(run.id),
      status: 'IN_PROGRESS',
      conclusion: null,
    });
    expect(harness.live.pollers!.active).toBe(1);

    expect((await cancel(run.id)).status).toBe(202);
    await until(() => stream.results.length === 2);
    expect(stream.results[1]!.data!.workflowRunUpdated).toMatchObject({
      fullDatabaseId: String(run.id),
      status: 'COMPLETED',
      conclusion: 'CANCELLED',
    });

    await stream.stop();
    await until(() => harness.live.pollers!.active === 0 && harness.live.limits.total === 0);
    // A poll already in flight when the client left may still land; none starts after it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = harness.simulator.requests.total();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.simulator.requests.total()).toBe(after);
  });

  it('N subscribers with one token share one poller; a quiet repository costs only 304s', async () => {
    harness = await startLiveHarness();
    const client = sse();
    const variables = { owner: harness.owner, name: harness.repoName };
    const streams = Array.from({ length: 5 }, () =>
      collectStream(client.iterate({ query: RUNS_UPDATED, variables })),
    );
    await until(() => listings() >= 4);
    expect(harness.live.pollers!.active).toBe(1);
    // One poller: one first read (200), then each interval a 304 for the unchanged listing.
    expect(listings(200)).toBe(1);
    expect(listings(304)).toBe(listings() - 1);
    // And what that poller found reaches every subscriber, at one run read for them all.
    const run = goingRun();
    harness.simulator.requests.reset();
    await cancel(run.id);
    await until(() => streams.every((s) => s.results.length === 1));
    expect(streams.map((s) => s.results[0]!.data!.workflowRunsUpdated)).toEqual(
      Array(5).fill({ fullDatabaseId: String(run.id), status: 'COMPLETED' }),
    );
    expect(runGets()).toBe(1);
    await Promise.all(streams.map((s) => s.stop()));
  });

  it('fails at once with NOT_FOUND for a run the token cannot see, and with BAD_USER_INPUT before any call for a bad id', async () => {
    harness = await startLiveHarness();
    const missing = collectStream(
      sse().iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(999_999_999) } }),
    );
    await until(() => missing.done);
    expect(missing.results[0]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    harness.simulator.requests.reset();
    for (const [query, variables] of [
      [RUN_UPDATED, { id: 'not-an-id' }],
      [RUNS_UPDATED, { owner: '../etc', name: 'x' }],
      [RUNS_UPDATED, { owner: 'octo-org', name: 'a/b' }],
    ] as const) {
      const bad = collectStream(sse().iterate({ query, variables }));
      await until(() => bad.done);
      expect(bad.results[0]!.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(harness.simulator.requests.total()).toBe(0);
    expect(harness.live.limits.total).toBe(0);
  });

  it('refuses subscriptions past MAX_SUBSCRIPTIONS with TOO_MANY_SUBSCRIPTIONS', async () => {
    harness = await startLiveHarness({ maxSubscriptions: 1 });
    const variables = { owner: harness.owner, name: harness.repoName };
    const first = collectStream(sse().iterate({ query: RUNS_UPDATED, variables }));
    await until(() => harness.live.limits.total === 1);
    const second = collectStream(sse().iterate({ query: RUNS_UPDATED, variables }));
    await until(() => second.done);
    expect(second.results[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_SUBSCRIPTIONS',
      limit: 1,
    });
    await first.stop();
  });

  it('sends an upstream failure as an error event with its code, and goes on', async () => {
    harness = await startLiveHarness();
    const run = goingRun();
    const stream = collectStream(
      sse().iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => stream.results.length === 1);
    harness.simulator.faults.set({
      errorRate: { [routeKey('getWorkflowRun')]: 1 },
    });
    await until(() => stream.results.length === 2);
    expect(stream.results[1]!.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    harness.simulator.faults.clear();
    await cancel(run.id);
    await until(() =>
      stream.results.some((r) => r.data?.workflowRunUpdated?.conclusion === 'CANCELLED'),
    );
    expect(stream.done).toBe(false);
    await stream.stop();
  });
});

describe('limits and revoked tokens', () => {
  it('a secondary limit stops the poller until its Retry-After, after one RATE_LIMITED event', async () => {
    harness = await startLiveHarness();
    const stream = collectStream(
      sse().iterate({
        query: RUNS_UPDATED,
        variables: { owner: harness.owner, name: harness.repoName },
      }),
    );
    await until(() => listings() >= 2);
    harness.simulator.faults.set({ secondaryLimit: { every: 1, status: 403, retryAfter: 60 } });
    await until(() => stream.results.length === 1);
    expect(stream.results[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 60,
    });
    const calls = harness.simulator.requests.total();
    // Five intervals later, no call has been made with the token GitHub told to wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.simulator.requests.total()).toBe(calls);
    expect(stream.done).toBe(false);
    await stream.stop();
  });

  it('ends the stream after an UNAUTHENTICATED event, and only for the token it concerns', async () => {
    harness = await startLiveHarness({ webhookSecret: WEBHOOK_SECRET });
    const run = goingRun();
    const variables = { id: harness.runGlobalId(run.id) };
    const revoked = collectStream(sse(DEMO_TOKENS.read).iterate({ query: RUN_UPDATED, variables }));
    const other = collectStream(sse(DEMO_TOKENS.admin).iterate({ query: RUN_UPDATED, variables }));
    await until(() => revoked.results.length === 1 && other.results.length === 1);
    const repo = `${harness.owner}/${harness.repoName}`.toLowerCase();
    harness.live.pubSub.publish('repository', repo, {
      id: 'revoked',
      repo,
      kind: 'error',
      tokenHash: tokenHash(`Bearer ${DEMO_TOKENS.read}`),
      error: { code: 'UNAUTHENTICATED', message: 'Bad credentials', details: { status: 401 } },
    });
    await until(() => revoked.done);
    expect(revoked.results[1]!.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(other.done).toBe(false);
    expect(harness.live.limits.total).toBe(1);
    await other.stop();
  });
});

describe('GraphQL over WebSocket', () => {
  it('takes the token from connection_init and frees the poller when the client goes away', async () => {
    harness = await startLiveHarness();
    const run = goingRun();
    const client = harness.ws(DEMO_TOKENS.read);
    const runs = collectStream(
      client.iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    const jobs = collectStream(
      client.iterate({ query: JOB_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => runs.results.length === 1 && harness.live.pollers!.active === 2);
    expect(runs.results[0]!.data!.workflowRunUpdated.fullDatabaseId).toBe(String(run.id));
    expect(harness.simulator.requests.list().every((r) => r.token === 'read')).toBe(true);
    await cancel(run.id);
    await until(() => jobs.results.length > 0 && runs.results.length >= 2);
    expect(jobs.results[0]!.data!.workflowJobUpdated.status).toBe('COMPLETED');
    await client.dispose();
    await until(() => harness.live.pollers!.active === 0 && harness.live.limits.total === 0);
  });

  it('takes the token from the upgrade request when the init payload has none', async () => {
    harness = await startLiveHarness();
    const run = goingRun();
    class AuthorizedWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` } });
      }
    }
    const client = harness.ws(undefined, AuthorizedWebSocket);
    const stream = collectStream(
      client.iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => stream.results.length === 1);
    expect(stream.results[0]!.data!.workflowRunUpdated.fullDatabaseId).toBe(String(run.id));
    expect(harness.simulator.requests.list().every((r) => r.token === 'admin')).toBe(true);
    await client.dispose();
  });
});

describe('webhooks (GITHUB_WEBHOOK_SECRET set)', () => {
  const workflowRunPayload = (runId: number) => ({
    action: 'completed',
    workflow_run: { id: runId },
    repository: { name: harness.repoName, owner: { login: harness.owner } },
  });

  it('one change costs one read per distinct token, never one per subscriber; pollers only fall back', async () => {
    harness = await startLiveHarness({ webhookSecret: WEBHOOK_SECRET });
    const run = goingRun();
    const variables = { id: harness.runGlobalId(run.id) };
    const admin = sse(DEMO_TOKENS.admin);
    const reader = sse(DEMO_TOKENS.read);
    const streams = [admin, admin, admin, reader, reader].map((client) =>
      collectStream(client.iterate({ query: RUN_UPDATED, variables })),
    );
    await until(() => streams.every((s) => s.results.length === 1));
    // One fallback poller per token, at 6 x the interval: it has taken its baseline only.
    expect(harness.live.pollers.active).toBe(2);
    await cancel(run.id);
    harness.simulator.requests.reset();

    const delivery = crypto.randomUUID();
    expect(
      (await harness.deliver('workflow_run', workflowRunPayload(run.id), { delivery })).status,
    ).toBe(202);
    await until(() => streams.every((s) => s.results.length === 2));
    expect(streams.map((s) => s.results[1]!.data!.workflowRunUpdated.conclusion)).toEqual(
      Array(5).fill('CANCELLED'),
    );
    const reads = harness.simulator.requests
      .list()
      .filter((r) => r.route === routeKey('getWorkflowRun'));
    expect(reads.map((r) => r.token).sort()).toEqual(['admin', 'read']);

    // The same delivery again is recognised and publishes nothing.
    expect(
      (await harness.deliver('workflow_run', workflowRunPayload(run.id), { delivery })).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(streams.every((s) => s.results.length === 2)).toBe(true);
    await Promise.all(streams.map((s) => s.stop()));
  });

  it('answers 401 to a bad or missing signature (publishing nothing), 400 to a malformed body, 202 to an unknown event', async () => {
    harness = await startLiveHarness({ webhookSecret: WEBHOOK_SECRET });
    const run = goingRun();
    const stream = collectStream(
      sse().iterate({ query: RUN_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => stream.results.length === 1);
    harness.simulator.requests.reset();
    expect(
      (await harness.deliver('workflow_run', workflowRunPayload(run.id), { signature: null }))
        .status,
    ).toBe(401);
    expect(
      (
        await harness.deliver('workflow_run', workflowRunPayload(run.id), {
          signature: `sha256=${'0'.repeat(64)}`,
        })
      ).status,
    ).toBe(401);
    expect((await harness.deliver('workflow_run', '{not json')).status).toBe(400);
    expect((await harness.deliver('workflow_run', { action: 'completed' })).status).toBe(400);
    expect((await harness.deliver('star', { action: 'created' })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.results).toHaveLength(1);
    expect(harness.simulator.requests.total()).toBe(0);

    // A job's delivery names its run: the run's stream and the job stream both move.
    const job = latestAttempt(run).jobs[0]!;
    const jobs = collectStream(
      sse().iterate({ query: JOB_UPDATED, variables: { id: harness.runGlobalId(run.id) } }),
    );
    await until(() => harness.live.limits.total === 2);
    const payload = {
      action: 'completed',
      workflow_job: { id: job.id, run_id: run.id },
      repository: { name: harness.repoName, owner: { login: harness.owner } },
    };
    expect((await harness.deliver('workflow_job', payload)).status).toBe(202);
    await until(() => stream.results.length === 2 && jobs.results.length === 1);
    expect(jobs.results[0]!.data!.workflowJobUpdated.fullDatabaseId).toBe(String(job.id));
    await Promise.all([stream.stop(), jobs.stop()]);
  });
});

describe("the simulator's own webhooks", () => {
  it('delivers signed workflow_run and workflow_job webhooks for its changes, and subscribers see them', async () => {
    harness = await startLiveHarness({ webhookSecret: WEBHOOK_SECRET, simulatorWebhooks: true });
    const run = goingRun();
    const variables = { id: harness.runGlobalId(run.id) };
    const runs = collectStream(sse().iterate({ query: RUN_UPDATED, variables }));
    const jobs = collectStream(sse().iterate({ query: JOB_UPDATED, variables }));
    await until(() => runs.results.length === 1 && harness.live.limits.total === 2);
    await cancel(run.id);
    await until(() => runs.results.length >= 2 && jobs.results.length >= 1);
    expect(runs.results[1]!.data!.workflowRunUpdated.conclusion).toBe('CANCELLED');
    await harness.simulator.webhooks!.idle();
    const delivered = harness.simulator.webhooks!.delivered;
    expect(new Set(delivered.map((d) => d.event))).toEqual(
      new Set(['workflow_run', 'workflow_job']),
    );
    expect(delivered.every((d) => d.status === 202)).toBe(true);
    await Promise.all([runs.stop(), jobs.stop()]);
  });
});
