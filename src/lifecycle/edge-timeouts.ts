/**
 * Timeouts of the public HTTP edge, so a slow or idle client cannot hold a socket forever:
 * a request's headers must arrive within `headersTimeoutMs` (slowloris), the whole request
 * within `requestTimeoutMs`, and an idle keep-alive socket is closed after
 * `keepAliveTimeoutMs`. That last one is longer than the usual load balancer's idle
 * timeout (60 s for AWS ALB and GCP's), so the balancer, not the gateway, closes idle
 * connections and never sends a request on a socket the gateway is closing.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

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

/**
 * The public HTTP server with those timeouts. Node checks the header and request bounds
 * every `connectionsCheckingInterval` (30 s by default, which would let a slow client hold a
 * socket up to 30 s past its bound); once a second keeps them close to what they say.
 */
export function createEdgeServer(handler: RequestListener, timeouts: EdgeTimeouts): Server {
  return createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      // Headers come first, so the request's bound may not be shorter.
      requestTimeout: Math.max(timeouts.requestTimeoutMs, timeouts.headersTimeoutMs),
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    handler,
  );
}
