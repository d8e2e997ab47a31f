/**
 * `GET /metrics` in Prometheus text format: GraphQL Yoga's own metrics (operations, phases,
 * errors, HTTP durations) beside the gateway's (src/observability/), all in one registry.
 * Labels are kept to bounded sets: no URL (a GET carries the whole query in it), no
 * operation name and no error path (both are the caller's to choose).
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

export interface MetricsOptions {
  registry: Registry;
  /** The path the registry is served on; `false` when another port serves it (METRICS_PORT). */
  endpoint: string | false;
}

export function useMetrics({ registry, endpoint }: MetricsOptions): Plugin {
  return usePrometheus({
    registry,
    endpoint,
    labels: { url: false, operationName: false, path: false },
    metrics: {
      // A t-digest per observation, and quantiles that cannot be summed across replicas:
      // graphql_envelop_request_duration (a histogram) answers the same question.
      graphql_envelop_request_time_summary: false,
      // Walks every document with a TypeInfo per request; the schema deprecates no field.
      graphql_envelop_deprecated_field: false,
    },
  });
}
