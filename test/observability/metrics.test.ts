/**
 * `/metrics` after real operations against the simulator: the REST counters match what the
 * simulator saw, series by series; a repeated query's 304s are counted as revalidated; the
 * labels hold templates, never a path, an owner or a token.
 */
import { request } from 'undici';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { EtagCache } from '../../src/github/etag-cache.js';
import { SubscriptionLimits } from '../../src/live/subscription-limits.js';
import { serveMetrics } from '../../src/observability/metrics-server.js';
import { setUpObservability } from '../../src/observability/setup.js';
import { registerStateMetrics } from '../../src/observability/state-metrics.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const Dashboard = `
  query MetricsDashboard {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(first: 5) { nodes { databaseId jobs(first: 3) { nodes { name } } } }
    }
    rateLimit { remaining }
  }
`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface Sample {
  labels: Record<string, string>;
  value: number;
}

/** The samples of one metric in Prometheus' text format. */
function samples(text: string, name: string): Sample[] {
  const line = new RegExp(`^${name}(?:\\{(.*)\\})? (\\S+)$`);
  return text.split('\n').flatMap((row) => {
    const match = line.exec(row);
    if (!match) return [];
    const labels = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    return [{ labels, value: Number(match[2]) }];
  });
}

async function scrape(harness: Harness): Promise<string> {
  const response = await harness.gateway.fetch('http://gateway/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** `route method status cache` → count, from the simulator's own log. */
function simulatorSeries(harness: Harness): Record<string, number> {
  const series: Record<string, number> = {};
  for (const r of harness.upstreamLog()) {
    const key = `${r.route} ${r.method} ${r.status}`;
    series[key] = (series[key] ?? 0) + 1;
  }
  return series;
}

function counterSeries(text: string, cache?: string): Record<string, number> {
  const series: Record<string, number> = {};
  for (const { labels, value } of samples(text, 'github_rest_requests_total')) {
    if (cache && labels.cache !== cache) continue;
    const key = `${labels.route} ${labels.method} ${labels.status}`;
    series[key] = (series[key] ?? 0) + value;
  }
  return series;
}

describe('GET /metrics', () => {
  it('counts each REST request the simulator saw, by route template, and 304s as revalidated', async () => {
    const etagCache = new EtagCache(8 * 1024 * 1024);
    h = await startHarness({
      size: 'small',
      etagCache,
      observability: { metrics: { registry: new Registry(), endpoint: '/metrics' } },
    });
    h.simulator.clock.freeze();

    const first = await h.execute(Dashboard);
    expect(first.errors).toBeUndefined();
    const afterFirst = await scrape(h);
    const seen = simulatorSeries(h);
    expect(Object.values(seen).reduce((a, b) => a + b)).toBe(6); // a page of runs, five of jobs
    expect(counterSeries(afterFirst)).toEqual(seen);
    expect(counterSeries(afterFirst, 'revalidated')).toEqual({});

    // The same query again: every GET revalidates, and GitHub answers 304 to each.
    const second = await h.execute<{ rateLimit: { remaining: number } }, undefined>(Dashboard);
    expect(second.data).toEqual(first.data);
    const afterSecond = await scrape(h);
    expect(h.upstreamCalls({ status: 304 })).toBe(6);
    expect(counterSeries(afterSecond)).toEqual(simulatorSeries(h));
    const revalidated = counterSeries(afterSecond, 'revalidated');
    expect(Object.values(revalidated).reduce((a, b) => a + b)).toBe(6);
    expect(Object.keys(revalidated).every((key) => key.endsWith(' GET 304'))).toBe(true);

    // The duration histogram counts the same requests, without the cache label.
    const durations = samples(afterSecond, 'github_rest_request_duration_seconds_count');
    expect(durations.reduce((sum, s) => sum + s.value, 0)).toBe(12);
    expect(durations.every((s) => s.labels.cache === undefined)).toBe(true);

    // The rate limit left is what GitHub reported last, as the operation itself shows it.
    const remaining = samples(afterSecond, 'github_rate_limit_remaining');
    expect(remaining).toEqual([
      { labels: { resource: 'core' }, value: second.data!.rateLimit.remaining },
    ]);

    // The conditional cache's figures come from the cache itself.
    expect(samples(afterSecond, 'github_conditional_cache_entries')[0]!.value).toBe(etagCache.size);
    expect(samples(afterSecond, 'github_conditional_cache_bytes')[0]!.value).toBe(etagCache.bytes);
    expect(etagCache.size).toBe(6);

    // Yoga's own GraphQL metrics are there too: two operations executed.
    const operations = samples(afterSecond, 'graphql_envelop_request');
    expect(operations.reduce((sum, s) => sum + s.value, 0)).toBe(2);

    // Bounded labels: templates only; no owner, repository, id, token or operation name.
    expect(afterSecond).toContain('route="/repos/{owner}/{repo}/actions/runs"');
    for (const leak of ['octo-org', 'octo-repo', DEMO_TOKENS.admin, 'MetricsDashboard'])
      expect(afterSecond).not.toContain(leak);
    expect(afterSecond).not.toMatch(/route="[^"]*\/\d+/);
  });

  it('serves the registry on a port of its own, and the public endpoint then has none', async () => {
    const registry = new Registry();
    h = await startHarness({
      size: 'small',
      observability: { metrics: { registry, endpoint: false } },
    });
    await h.execute(Dashboard);
    const publicAnswer = await h.gateway.fetch('http://gateway/metrics');
    expect(await publicAnswer.text()).not.toContain('github_rest_requests_total');

    const server = await serveMetrics(registry, 0, '127.0.0.1');
    try {
      const address = server.address() as { port: number };
      const answer = await request(`http://127.0.0.1:${address.port}/metrics`);
      const text = await answer.body.text();
      expect(answer.statusCode).toBe(200);
      const total = samples(text, 'github_rest_requests_total').reduce((a, s) => a + s.value, 0);
      expect(total).toBe(h.upstreamCalls());
      const other = await request(`http://127.0.0.1:${address.port}/graphql`);
      expect(other.statusCode).toBe(404);
      await other.body.dump();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves no /metrics with METRICS=false', async () => {
    const observability = await setUpObservability({
      logLevel: 'silent',
      metrics: false,
      metricsPort: undefined,
      tracing: false,
      host: '127.0.0.1',
    });
    expect(observability.gateway.metrics).toBeUndefined();
    h = await startHarness({ size: 'small', observability: observability.gateway });
    await h.execute(Dashboard);
    const answer = await h.gateway.fetch('http://gateway/metrics');
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('github_rest_requests_total');
  });

  it('shows the open subscriptions as they are taken and given back', async () => {
    const registry = new Registry();
    const limits = new SubscriptionLimits(10, 5);
    registerStateMetrics(registry, { subscriptions: limits });
    const open = async () =>
      samples(await registry.metrics(), 'graphql_subscriptions_open')[0]!.value;
    expect(await open()).toBe(0);
    const releaseA = limits.acquire({});
    limits.acquire({});
    expect(await open()).toBe(2);
    releaseA();
    expect(await open()).toBe(1);
  });
});
