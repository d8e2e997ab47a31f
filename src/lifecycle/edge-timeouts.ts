/**
 * Timeouts of the public HTTP edge, so a slow or idle client cannot hold a socket forever:
 * a request's headers must arrive within `headersTimeoutMs` (slowloris), the whole request
 * within `requestTimeoutMs`, and an idle keep-alive socket is closed after
 * `keepAliveTimeoutMs`. That last one is longer than the usual load balancer's idle
 * timeout (60 s for AWS ALB and GCP's), so the balancer, not the gateway, closes idle
 * connections and never sends a request on a socket the gateway is closing.
 */
import type { Server } from 'node:http';

export interface EdgeTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_EDGE_TIMEOUTS: EdgeTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
};

export function applyEdgeTimeouts(server: Server, timeouts: EdgeTimeouts): void {
  server.headersTimeout = timeouts.headersTimeoutMs;
  // Node checks both against its own timer every `connectionsCheckingInterval`; headers come
  // first, so the request's bound may not be shorter.
  server.requestTimeout = Math.max(timeouts.requestTimeoutMs, timeouts.headersTimeoutMs);
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
}
