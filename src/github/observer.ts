/**
 * What the REST layer tells whoever watches it (metrics, traces, logs): one call per request
 * sent, first tries, retries and rename hops alike, and its outcome. The REST layer knows
 * nothing of who listens; `src/observability/` does.
 */
import type { RateLimitInfo } from './rate-limit.js';
import type { RouteName } from './routes.js';

export interface RestCall {
  route: RouteName;
  method: string;
  /** The route template (`/repos/{owner}/{repo}/actions/runs`), never a concrete path. */
  template: string;
}

export interface RestOutcome {
  /** The status GitHub answered (a 304 as 304); absent when no answer came. */
  status?: number | undefined;
  /** `revalidated`: a 304 answered from the conditional cache; `miss` otherwise. */
  cache: 'revalidated' | 'miss';
  /** The stable code of a transport failure (`UPSTREAM_TIMEOUT`, `REQUEST_ABORTED`...). */
  error?: string | undefined;
  durationMs: number;
  rateLimit?: RateLimitInfo | undefined;
}

export interface RestObserver {
  /**
   * Called as a request is sent, in the async context of the resolver that asked for it (so
   * OpenTelemetry's active span is the operation's); the function it returns is called once,
   * with the outcome.
   */
  request(call: RestCall): (outcome: RestOutcome) => void;
  /** Called for a read answered by the same caller's identical read in flight, not sent. */
  shared?(call: RestCall): void;
}
