/**
 * The one undici dispatcher of the process: keep-alive connections to the upstream and a cap
 * on connections. Injected into the client, so tests and benchmarks can swap it.
 * Retries are the client's (src/github/retry.ts), where the operation's budget sees each try.
 *
 * With `http2`, HTTP/2 is offered on TLS connections (ALPN; api.github.com speaks it), so
 * many requests share few connections; plain `http:` (the simulator on loopback) stays
 * HTTP/1.1, as undici never speaks HTTP/2 without TLS. Off unless asked: measured, it cost
 * more CPU than kept-alive HTTP/1.1 connections and served no faster (README, "Benchmark").
 */
import { Agent, type Dispatcher } from 'undici';

export interface DispatcherOptions {
  /** Most connections to one origin; requests past what they carry wait in undici's queue. */
  connections: number;
  timeoutMs: number;
  /** Offer HTTP/2 on TLS connections (false unless asked). */
  http2?: boolean;
}

export function createDispatcher({
  connections,
  timeoutMs,
  http2 = false,
}: DispatcherOptions): Dispatcher {
  // No redirect interceptor: a 302 (the logs routes) is read, never followed, so the
  // caller's token is never sent to another host; renames are followed by the client, on
  // the API's own origin only.
  return new Agent({
    connections,
    allowH2: http2,
    keepAliveTimeout: 30_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
}
