/**
 * The one undici dispatcher of the process: keep-alive connections to the upstream and a cap
 * on requests in flight. Injected into the client, so tests and benchmarks can swap it.
 * Retries are the client's (src/github/retry.ts), where the operation's budget sees each try.
 */
import { Agent, type Dispatcher } from 'undici';

export interface DispatcherOptions {
  /** Most requests in flight to the upstream at once; more wait in undici's queue. */
  connections: number;
  timeoutMs: number;
}

export function createDispatcher({ connections, timeoutMs }: DispatcherOptions): Dispatcher {
  // No redirect interceptor: a 302 (the logs routes) is read, never followed, so the
  // caller's token is never sent to another host; renames are followed by the client, on
  // the API's own origin only.
  return new Agent({
    connections,
    keepAliveTimeout: 30_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
}
