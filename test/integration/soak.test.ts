/**
 * A short run of the soak (`npm run soak`): mixed reads and writes through the gateway over
 * real HTTP against the simulator with 5xx, resets, latency and secondary-limit bursts.
 * No write reached the simulator twice, no request went out for a token while it was
 * paused, and /health answered throughout.
 */
import { describe, expect, it } from 'vitest';
import { runSoak, soakFailed } from '../../bench/soak.js';

describe('soak (short run)', () => {
  it('holds the line under faults: 0 writes sent twice, 0 requests to a paused token, /health up', async () => {
    const report = await runSoak({ durationMs: 15_000, burstEveryMs: 2_000 });
    console.log(JSON.stringify(report));
    expect(report.answers).toBeGreaterThan(20);
    expect(report.writes).toBeGreaterThan(3);
    // Faults happened and were seen: resets (status 0), 5xx, and secondary limits the
    // gateway answered itself with RATE_LIMITED while the token was paused.
    expect(report.upstreamStatuses['0'] ?? 0).toBeGreaterThan(0);
    expect(report.answers403or429).toBeGreaterThan(0);
    expect(report.codes['RATE_LIMITED'] ?? 0).toBeGreaterThan(0);
    // Each mutation reached the simulator at most once; some may be lost to a reset, none doubled.
    expect(report.writesSeenBySimulator).toBeLessThanOrEqual(report.writes);
    expect(report.writesSentTwice).toBe(0);
    expect(report.requestsToPausedToken).toBe(0);
    expect(report.healthFailures).toBe(0);
    expect(soakFailed(report)).toBe(false);
  }, 60_000);
});
