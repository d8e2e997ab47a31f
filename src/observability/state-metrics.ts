/**
 * Gauges read when Prometheus scrapes: what the conditional cache holds and how many
 * subscriptions are open. Nothing is counted on the hot path.
 */
import { Gauge, type Registry } from 'prom-client';
import type { ConditionalCache } from '../github/etag-cache.js';

interface Sized {
  readonly size: number;
  readonly bytes: number;
}

export interface StateSources {
  /** The process's conditional cache; its figures are shown when it knows them (`EtagCache` does). */
  etagCache?: ConditionalCache | undefined;
  /** Open subscriptions of the process (`SubscriptionLimits`). */
  subscriptions?: { readonly total: number } | undefined;
}

function isSized(cache: unknown): cache is Sized {
  return (
    typeof (cache as Partial<Sized>).size === 'number' &&
    typeof (cache as Partial<Sized>).bytes === 'number'
  );
}

export function registerStateMetrics(
  registry: Registry,
  { etagCache, subscriptions }: StateSources,
) {
  if (etagCache && isSized(etagCache)) {
    new Gauge({
      name: 'github_conditional_cache_entries',
      help: 'Earlier GitHub answers kept for conditional requests (If-None-Match).',
      registers: [registry],
      collect() {
        this.set(etagCache.size);
      },
    });
    new Gauge({
      name: 'github_conditional_cache_bytes',
      help: 'Bytes of the answers the conditional cache holds.',
      registers: [registry],
      collect() {
        this.set(etagCache.bytes);
      },
    });
  }
  if (subscriptions) {
    new Gauge({
      name: 'graphql_subscriptions_open',
      help: 'GraphQL subscriptions open in the process (WebSocket and SSE).',
      registers: [registry],
      collect() {
        this.set(subscriptions.total);
      },
    });
  }
}
