/**
 * Prometheus figures of the REST layer: every request sent (first tries, retries and rename
 * hops alike), how long it took, and the rate limit GitHub reported. Labels are bounded sets
 * only: the route template (never a concrete path), the method, the status (or the stable
 * code of a transport failure) and the cache outcome; never a token, an owner or a repository.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { RestObserver } from '../github/observer.js';

/** Seconds: a cached 304 answers in a few milliseconds, a large page or a slow GHES in seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createRestMetrics(registry: Registry): RestObserver {
  const requests = new Counter({
    name: 'github_rest_requests_total',
    help: 'REST requests sent to GitHub, by route template, method, status and cache outcome (revalidated: a 304 answered from the conditional cache).',
    labelNames: ['route', 'method', 'status', 'cache'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'github_rest_request_duration_seconds',
    help: 'Time from sending a REST request to GitHub to reading its whole answer.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const remaining = new Gauge({
    name: 'github_rate_limit_remaining',
    help: "Requests left in GitHub's rate-limit window, by resource, as the latest answer for that resource reported (whichever caller sent it).",
    labelNames: ['resource'] as const,
    registers: [registry],
  });
  const shared = new Counter({
    name: 'github_rest_shared_reads_total',
    help: "Reads not sent because the same caller's identical read was already in flight (its answer served both), by route template.",
    labelNames: ['route'] as const,
    registers: [registry],
  });
  return {
    shared(call) {
      shared.inc({ route: call.template });
    },
    request(call) {
      return (outcome) => {
        const status =
          outcome.status === undefined ? (outcome.error ?? 'error') : String(outcome.status);
        requests.inc({ route: call.template, method: call.method, status, cache: outcome.cache });
        duration.observe(
          { route: call.template, method: call.method, status },
          outcome.durationMs / 1000,
        );
        if (outcome.rateLimit)
          remaining.set({ resource: outcome.rateLimit.resource }, outcome.rateLimit.remaining);
      };
    },
  };
}
