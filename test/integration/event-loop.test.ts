/**
 * The event loop stays free under the largest answers the limits allow: ten of them in
 * parallel through the gateway served over real HTTP (node:http and the Yoga app, as
 * src/main.ts serves it), while `/health` is sampled every 20 ms and must answer each time
 * within 100 ms.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { type Harness, startHarness } from '../helpers/harness.js';

/** One window of 100 runs with their jobs, steps and nested objects. */
const window = (alias: string, branch: string) => `
  ${alias}: workflowRuns(first: 100, filterBy: { branch: "${branch}" }) {
    totalCount
    nodes {
      id fullDatabaseId runNumber displayTitle status conclusion event headBranch headSha
      createdAt updatedAt runStartedAt url duration queuedDuration runAttempt
      workflow { id name path state }
      triggeringActor { login }
      actor { login }
      jobs(first: 100) {
        totalCount
        nodes {
          id name status conclusion startedAt completedAt duration queuedDuration runnerName labels
          steps { name number status conclusion startedAt completedAt duration }
        }
      }
    }
  }`;

/**
 * Four windows of 100 runs x 100 jobs: 40,400 nodes, the most under MAX_NODES (a fifth would
 * pass it), for 1 + 4 x 101 = 405 upstream requests under MAX_UPSTREAM_REQUESTS' 500.
 */
const HEAVY = `{ repository(owner: "octo-org", name: "octo-repo") {
  ${window('a', 'main')} ${window('b', 'main')} ${window('c', 'main')} ${window('d', 'main')}
} }`;

let h: Harness;
afterEach(async () => h?.close());

describe('the event loop under the largest allowed answers', () => {
  it('keeps /health under 100 ms while ten heavy queries run in parallel', async () => {
    h = await startHarness({ size: 'default', connections: 16 });
    const server = createServer(h.gateway);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const dry = await h.execute(
        `{ repository(owner: "octo-org", name: "octo-repo") { ${window('a', 'main')} ${window('b', 'main')} ${window('c', 'main')} ${window('d', 'main')} } rateLimit(dryRun: true) { cost nodeCount } }`,
      );
      const estimate = (dry.data as { rateLimit: { nodeCount: number; cost: number } }).rateLimit;
      // Heavy but allowed: close to the bound the gateway enforces.
      expect(estimate.nodeCount).toBeGreaterThan(DEFAULT_LIMITS.maxNodes * 0.75);
      expect(estimate.nodeCount).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);

      const samples: number[] = [];
      let running = true;
      const sampler = (async () => {
        while (running) {
          const started = performance.now();
          const response = await fetch(`${base}/health`);
          await response.arrayBuffer();
          samples.push(response.ok ? performance.now() - started : Number.POSITIVE_INFINITY);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const sizes = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: 'Bearer demo-admin-token',
            },
            body: JSON.stringify({ query: HEAVY }),
          });
          const text = await response.text();
          const body = JSON.parse(text) as { errors?: unknown[] };
          expect(body.errors).toBeUndefined();
          return text.length;
        }),
      );
      running = false;
      await sampler;
      const worst = Math.max(...samples);
      console.log(
        `event loop: 10 answers of ${(sizes[0]! / 1e6).toFixed(2)} MB; /health ${samples.length} samples, max ${worst.toFixed(1)} ms`,
      );
      expect(samples.length).toBeGreaterThan(5);
      expect(worst).toBeLessThan(100);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});
