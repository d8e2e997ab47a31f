/**
 * `GET /health` and `GET /readiness` with what the gateway depends on in the body: with
 * shared state, whether Redis is up. A replica without Redis still serves (reads go plain,
 * pauses and events stay in-process), so both answer 200 and say `degraded`; a load
 * balancer keeps it, an operator sees why it costs more.
 */
import type { Plugin } from 'graphql-yoga';

export interface HealthReport {
  status: 'ok' | 'degraded';
  [detail: string]: unknown;
}

const PATHS = new Set(['/health', '/readiness']);

export function useHealth(report: () => HealthReport): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (!PATHS.has(url.pathname)) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify(report()), {
          status: 200,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
