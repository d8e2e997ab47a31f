/**
 * Holding the line under faults (counted at the simulator): retries spend the operation's
 * budget, a caller that goes away stops its upstream work, a token GitHub told to wait is
 * not used until then, and one token's writes are spaced.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { errorCodes, type Harness, startHarness } from '../helpers/harness.js';
import { listRuns, ROUTES, runId } from '../mutations/support.js';

const Nodes = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { runNumber } } }`;
const Runs = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { nodes { runNumber } } } }`;

let h: Harness;
afterEach(async () => {
  await h?.close();
});

async function runIds(count: number): Promise<string[]> {
  const runs = await listRuns(h);
  h.resetCalls();
  return runs.slice(0, count).map((run) => runId(run.id));
}

describe('retries', () => {
  it('retries a read that met a 5xx, each try counted as sent', async () => {
    h = await startHarness({ size: 'small', faults: { errorRate: { [ROUTES.run]: 1 } } });
    const [id] = await runIds(1);
    const response = await h.execute(Nodes, { ids: [id] });
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
    expect(h.upstreamCalls({ route: ROUTES.run })).toBe(3);
  });

  it('spends the budget on retries, and sends no retry the budget cannot pay for', async () => {
    h = await startHarness({
      size: 'small',
      maxUpstreamRequests: 10,
      faults: { errorRate: { [ROUTES.run]: 1 } },
    });
    const ids = await runIds(10);
    const response = await h.execute(Nodes, { ids });
    expect(new Set(errorCodes(response))).toEqual(new Set(['UPSTREAM_ERROR']));
    // Ten logical reads would be thirty requests with their retries; the budget holds at ten.
    expect(h.upstreamCalls()).toBe(10);
  });
});

describe('a caller that goes away', () => {
  it('cancels what is in flight and starts nothing more', async () => {
    h = await startHarness({ size: 'default', connections: 4, latency: { fixedMs: 150 } });
    const ids = await runIds(100);
    const server = createServer(h.gateway);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const controller = new AbortController();
      const sent = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${DEMO_TOKENS.admin}`,
        },
        body: JSON.stringify({ query: Nodes, variables: { ids } }),
        signal: controller.signal,
      }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 400));
      controller.abort();
      await sent;
      const atAbort = h.upstreamCalls();
      // 100 reads four at a time at 150 ms take almost four seconds; wait well past a batch.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const after = h.upstreamCalls();
      expect(atAbort).toBeLessThan(20);
      // At most the requests already on the wire when the caller left reach GitHub afterwards.
      expect(after - atAbort).toBeLessThanOrEqual(4);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a token GitHub told to wait', () => {
  it('is refused without calling GitHub until retry-after has passed; other tokens go on', async () => {
    h = await startHarness({
      size: 'small',
      faults: { secondaryLimit: { every: 1, status: 429, retryAfter: 45 } },
    });
    const first = await h.execute(Runs);
    expect(errorCodes(first)).toEqual(['RATE_LIMITED']);
    expect(h.upstreamCalls()).toBe(1);
    h.simulator.faults.clear();
    h.resetCalls();
    for (let i = 0; i < 5; i++) {
      const again = await h.execute(Runs);
      expect(errorCodes(again)).toEqual(['RATE_LIMITED']);
      expect(Number(again.errors?.[0]?.extensions?.retryAfter)).toBeGreaterThan(40);
    }
    expect(h.upstreamCalls()).toBe(0);
    const other = await h.execute(Runs, undefined, { token: DEMO_TOKENS.read });
    expect(other.errors).toBeUndefined();
    expect(h.upstreamCalls()).toBe(1);
    h.forgetPauses();
    expect((await h.execute(Runs)).errors).toBeUndefined();
  });

  it('waits 60 s after a secondary limit that says nothing of when to retry', async () => {
    h = await startHarness({
      size: 'small',
      faults: { secondaryLimit: { every: 1, status: 403 } },
    });
    const first = await h.execute(Runs);
    expect(errorCodes(first)).toEqual(['RATE_LIMITED']);
    expect(first.errors?.[0]?.extensions).toMatchObject({ status: 403, retryAfter: 60 });
    h.simulator.faults.clear();
    h.resetCalls();
    expect(errorCodes(await h.execute(Runs))).toEqual(['RATE_LIMITED']);
    expect(h.upstreamCalls()).toBe(0);
  });

  it('waits for the reset once the primary limit is spent', async () => {
    h = await startHarness({ size: 'small', rateLimit: 1 });
    expect((await h.execute(Runs)).errors).toBeUndefined();
    const spent = await h.execute(Runs);
    expect(errorCodes(spent)).toEqual(['RATE_LIMITED']);
    h.resetCalls();
    const again = await h.execute(Runs);
    expect(errorCodes(again)).toEqual(['RATE_LIMITED']);
    expect(again.errors?.[0]?.extensions?.resetAt).toEqual(expect.any(String));
    expect(h.upstreamCalls()).toBe(0);
  });
});

describe('writes of one token', () => {
  it('are spaced by the write interval', async () => {
    h = await startHarness({ size: 'small', writeIntervalMs: 250 });
    h.simulator.clock.freeze();
    const runs = (await listRuns(h)).filter((run) => run.status === 'completed').slice(0, 3);
    h.resetCalls();
    const mutation = `mutation { ${runs
      .map(
        (run, i) =>
          `r${i}: rerunWorkflowRun(input: { workflowRunId: "${runId(run.id)}" }) { clientMutationId }`,
      )
      .join(' ')} }`;
    const started = performance.now();
    const response = await h.execute(mutation);
    expect(response.errors).toBeUndefined();
    expect(h.upstreamCalls({ method: 'POST', route: ROUTES.rerun })).toBe(3);
    // Three writes: two intervals at least between the first and the last.
    expect(performance.now() - started).toBeGreaterThanOrEqual(500);
  });
});
