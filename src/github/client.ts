/**
 * Sends the requests that `endpoint()` describes, through the layers of `./layers/`, one
 * concern a file, listed below in the order a request meets them. It adds GitHub's headers
 * and forwards the caller's `Authorization` unchanged (and nothing else of theirs).
 */
import type { Dispatcher } from 'undici';
import { type CallerKey, callerKey as sha256CallerKey } from './caller.js';
import { endpoint } from './endpoint.js';
import type { ConditionalCache } from './etag-cache.js';
import { conditionalRequests } from './layers/conditional-requests.js';
import { followRenames } from './layers/follow-renames.js';
import { type ClientState, compose, forWrites, type UpstreamRequest } from './layers/layer.js';
import { readLogLinks } from './layers/log-links.js';
import { observe } from './layers/observe.js';
import { parseJson } from './layers/parse-json.js';
import { readRateLimitHeaders } from './layers/rate-limit-headers.js';
import { refuseWhenGone } from './layers/refuse-when-gone.js';
import { requestBudget } from './layers/request-budget.js';
import { retry } from './layers/retry.js';
import { schedule } from './layers/schedule.js';
import { shareReads } from './layers/share-reads.js';
import { spaceWrites } from './layers/space-writes.js';
import { statusErrors } from './layers/status-errors.js';
import { recordPause, refusePaused } from './layers/token-pause.js';
import { transport } from './layers/transport.js';
import type { RestObserver } from './observer.js';
import type { RateLimitInfo } from './rate-limit.js';
import type { ReadsInFlight } from './reads-in-flight.js';
import { isWrite, type RouteName, routes, splitRoute } from './routes.js';
import type { UpstreamScheduler } from './scheduler.js';
import type { PauseStore } from './token-pause.js';
import type { PathParams, QueryParams, RequestBody, ResponseData } from './types.js';
import type { WriteSpacing } from './write-spacing.js';

/** What every request of the process (or the fleet) shares; each is optional. */
export interface SharedServices {
  /** Answers to earlier GETs, revalidated with `If-None-Match`; none when absent. */
  etagCache?: ConditionalCache | undefined;
  /** Tokens GitHub told to wait; none when absent. */
  pauses?: PauseStore | undefined;
  /** Spaces each token's writes; none when absent. */
  writeSpacer?: WriteSpacing | undefined;
  /** How callers are named in shared state (an HMAC when that state is shared); a SHA-256 when absent. */
  callerKey?: CallerKey | undefined;
  /** When each request may go: per-token limits, fair between tokens; at once when absent. */
  scheduler?: UpstreamScheduler | undefined;
  /** A caller's identical reads in flight, answered by one request; each sent when absent. */
  readsInFlight?: ReadsInFlight | undefined;
  /** Told of every request sent and its outcome (metrics, traces, logs); none when absent. */
  observer?: RestObserver | undefined;
}

export interface GitHubClientOptions extends SharedServices {
  /** API root: `https://api.github.com` or `https://HOST/api/v3`. */
  apiUrl: string;
  apiVersion: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
  /** The caller's `Authorization` header, forwarded as it came; absent means anonymous. */
  authorization?: string | undefined;
  userAgent?: string;
  /**
   * Most requests this client may send: one GraphQL operation can fan out to many REST
   * calls, and each spends the caller's rate limit. Past it, calls fail without being sent.
   */
  maxUpstreamRequests?: number | undefined;
  /** Aborts when the caller has gone: nothing more is sent, requests in flight are cancelled. */
  signal?: AbortSignal | undefined;
}

export interface GitHubResponse<N extends RouteName> {
  status: number;
  data: ResponseData<N>;
  /** The `Location` of a redirect, read and never followed (the logs routes). */
  location: string | undefined;
  rateLimit: RateLimitInfo | undefined;
  /** Seconds GitHub's `X-Poll-Interval` asks a poller to wait, when it sent one. */
  pollInterval?: number | undefined;
}

type Optional<T> = [keyof T] extends [never] ? { [K in keyof T]?: T[K] } : T;
export type RouteParams<N extends RouteName> = {
  path: Optional<PathParams<N>>;
  query?: QueryParams<N>;
  body?: RequestBody<N>;
  /** False: a renamed repository's redirect is reported (NOT_FOUND), not followed. */
  followRenames?: boolean;
};
type Params<N extends RouteName> = keyof PathParams<N> extends never
  ? Partial<RouteParams<N>>
  : RouteParams<N>;

export type GitHubRest = { [N in RouteName]: (params: Params<N>) => Promise<GitHubResponse<N>> };

export interface GitHubClient {
  rest: GitHubRest;
  /** The rate-limit headers of the latest answer this client saw. */
  readonly rateLimit: RateLimitInfo | undefined;
  /** How many requests this client sent. */
  readonly requestCount: number;
  /** How many of its reads were answered by the same caller's identical read in flight, unsent. */
  readonly sharedCount: number;
  /** The primary rate limit those requests spent: sent requests less `304` revalidations, which GitHub does not count. */
  readonly quotaSpent: number;
  /** How many REST objects the answers carried (list items count one each). */
  readonly objectCount: number;
}

const TEMPLATES = Object.fromEntries(
  (Object.keys(routes) as RouteName[]).map((name) => [name, splitRoute(routes[name]).template]),
) as Record<RouteName, string>;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  // Our own native signal mirrors the caller's: a server adapter's signal may not be a native
  // AbortSignal, which AbortSignal.any() and undici require.
  const gone = new AbortController();
  if (options.signal?.aborted) gone.abort();
  else options.signal?.addEventListener('abort', () => gone.abort(), { once: true });
  const state: ClientState = {
    caller: (options.callerKey ?? sha256CallerKey)(options.authorization),
    signal: gone.signal,
    sent: 0,
    revalidated: 0,
    shared: 0,
    objects: 0,
    rateLimit: undefined,
  };
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': options.apiVersion,
    'user-agent': options.userAgent ?? 'actions-runs-graphql-gateway',
  };
  if (options.authorization) headers.authorization = options.authorization;
  // Outermost first. Renames and retries send again through everything below them, so each
  // hop and each retry meets the gate: caller gone, token paused, budget spent. A write is
  // also checked before it waits its turn (no wait for a write that will be refused); the
  // check after the wait, which may have outlived the caller or seen the token paused, is
  // the one every request meets. A read asks the pause store once (a Redis GET when shared).
  // A read the caller already has in flight joins it past the gates and before the budget:
  // it is not sent, so it spends no budget and waits for no slot.
  const send = compose(
    [
      recordPause(options.pauses, state),
      statusErrors,
      readLogLinks,
      followRenames(options.apiUrl),
      retry(state),
      forWrites(refuseWhenGone(state)),
      forWrites(refusePaused(options.pauses, state)),
      spaceWrites(options.writeSpacer, state),
      refuseWhenGone(state),
      refusePaused(options.pauses, state),
      shareReads(options.readsInFlight, state, options.observer),
      requestBudget(options.maxUpstreamRequests, state),
      schedule(options.scheduler, state),
      observe(options.observer),
      conditionalRequests(options.etagCache, state),
      readRateLimitHeaders(state),
    ],
    transport(
      {
        apiUrl: options.apiUrl,
        dispatcher: options.dispatcher,
        timeoutMs: options.timeoutMs,
        headers,
      },
      state,
    ),
  );

  const rest = Object.fromEntries(
    (Object.keys(routes) as RouteName[]).map((name) => [
      name,
      // endpoint() runs first and throws on bad input, so no request is ever started for it.
      (params: RouteParams<RouteName> = { path: {} }) => {
        const description = endpoint(name, params);
        const request: UpstreamRequest = {
          ...description,
          template: TEMPLATES[name],
          write: isWrite(description.method),
          followRenames: params.followRenames ?? true,
          headers: {},
        };
        return send(request).then((answer) => parseJson(answer, state));
      },
    ]),
  ) as unknown as GitHubRest;

  return {
    rest,
    get rateLimit() {
      return state.rateLimit;
    },
    get requestCount() {
      return state.sent;
    },
    get sharedCount() {
      return state.shared;
    },
    get quotaSpent() {
      return state.sent - state.revalidated;
    },
    get objectCount() {
      return state.objects;
    },
  };
}
