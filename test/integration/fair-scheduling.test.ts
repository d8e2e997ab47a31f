/**
 * Per-token scheduling seen from the simulator: one caller's large fan-out does not hold back
 * another caller's single request. Order is read from the simulator's request log (each
 * request is recorded as it is answered), never from timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairScheduler } from '../../src/github/fair-scheduler.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const DASHBOARD = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 50) { nodes {
  databaseId deploymentReviews { totalCount } pendingDeploymentRequests { totalCount } } } } }`;
const ONE_CALL = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { nodes { databaseId } } } }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    latency: { fixedMs: 2 },
    scheduler: new FairScheduler({ perCaller: 2, total: 3 }),
  });
});
afterAll(() => h.close());

/** Resolves once the simulator has answered `n` requests of the admin token (bounded). */
async function adminCallsReach(n: number): Promise<void> {
  for (let i = 0; i < 5_000; i++) {
    if (h.upstreamLog().filter((r) => r.token === 'admin').length >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`the fan-out never reached ${n} upstream calls`);
}

describe('fair upstream scheduling', () => {
  it("answers a second token's single query while the first token's fan-out goes on", async () => {
    h.resetCalls();
    const fanOut = h.execute(DASHBOARD);
    await adminCallsReach(3);
    const single = await h.execute(ONE_CALL, undefined, { token: DEMO_TOKENS.read });
    expect(single.errors).toBeUndefined();
    const dashboard = await fanOut;
    expect(dashboard.errors).toBeUndefined();

    const log = h.upstreamLog();
    const admin = log.filter((r) => r.token === 'admin').length;
    const readAt = log.findIndex((r) => r.token === 'read');
    const adminAfterRead = log.slice(readAt + 1).filter((r) => r.token === 'admin').length;
    expect(log.filter((r) => r.token === 'read')).toHaveLength(1);
    expect(admin).toBeGreaterThan(40); // the list, then reviews and pending deployments per run
    // The second caller waited for at most a few of the first one's requests, not its fan-out.
    expect(adminAfterRead).toBeGreaterThan(admin - 10);
  });
});
