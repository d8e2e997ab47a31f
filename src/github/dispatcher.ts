/**
 * The one undici dispatcher of the process: keep-alive connections to the upstream, a cap
 * on requests in flight, and retries composed on as an interceptor so request code stays
 * plain. Injected into the client, so tests and benchmarks can swap it.
 */
import { Agent, type Dispatcher, interceptors } from 'undici';

export interface DispatcherOptions {
  /** Most requests in flight to the upstream at once; more wait in undici's queue. */
  connections: number;
  timeoutMs: number;
}

/** Transient failures worth one more try, for reads only (policy as data, as in Octokit). */
export const RETRY_POLICY = {
  methods: ['GET'] as Dispatcher.HttpMethod[],
  statusCodes: [500, 502, 503, 504],
  errorCodes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'],
  maxRetries: 2,
  minTimeout: 50,
  maxTimeout: 500,
};

export function createDispatcher({ connections, timeoutMs }: DispatcherOptions): Dispatcher {
  const agent = new Agent({
    connections,
    keepAliveTimeout: 30_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
  // Redirects are deliberately not composed: a 302 (the logs routes) is read, never
  // followed, so the caller's token is never sent to another host.
  return agent.compose(interceptors.retry({ ...RETRY_POLICY, throwOnError: false }));
}
