/**
 * One caller's identical reads in flight go out once (src/github/reads-in-flight.ts), counted
 * at the simulator: eight people opening one dashboard with one token cost GitHub one
 * dashboard; another token's reads are never answered from the first's.
 */
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const DASHBOARD = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 30) { nodes {
  databaseId status deploymentReviews { totalCount } pendingDeploymentRequests { totalCount } } } } }`;

let h: Harness;
const registry = new Registry();
const sharedReads = async () =>
  (await registry.getSingleMetric('github_rest_shared_reads_total')!.get()).values.reduce(
    (sum, { value }) => sum + value,
    0,
  );
beforeAll(async () => {
  // Every answer takes 25 ms, so operations started together overlap as users' do.
  h = await startHarness({
    latency: { fixedMs: 25 },
    observability: { metrics: { registry, endpoint: false } },
  });
  h.simulator.clock.freeze();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());

async function callsOf(...tokens: string[]): Promise<{ calls: number; answers: unknown[] }> {
  h.resetCalls();
  const responses = await Promise.all(tokens.map((token) => h.execute(DASHBOARD, {}, { token })));
  for (const response of responses) expect(response.errors).toBeUndefined();
  return { calls: h.upstreamCalls(), answers: responses.map((r) => r.data) };
}

describe('reads in flight, shared per caller', () => {
  it('eight identical dashboards of one token at once cost the requests of one', async () => {
    const one = await callsOf(DEMO_TOKENS.admin);
    expect(one.calls).toBeGreaterThan(30);
    const before = await sharedReads();
    const eight = await callsOf(...Array<string>(8).fill(DEMO_TOKENS.admin));
    expect(eight.calls).toBe(one.calls);
    for (const answer of eight.answers) expect(answer).toEqual(one.answers[0]);
    // The seven others' reads are counted as shared, none as sent.
    expect((await sharedReads()) - before).toBe(7 * one.calls);
  });

  it("another token's reads are its own: two tokens at once cost two dashboards", async () => {
    const one = await callsOf(DEMO_TOKENS.read);
    const mixed = await callsOf(
      ...Array<string>(4).fill(DEMO_TOKENS.admin),
      ...Array<string>(4).fill(DEMO_TOKENS.read),
    );
    expect(mixed.calls).toBe(2 * one.calls);
    const byToken: Record<string, number> = {};
    for (const { token } of h.upstreamLog()) byToken[token] = (byToken[token] ?? 0) + 1;
    expect(byToken).toEqual({ admin: one.calls, read: one.calls });
  });
});
