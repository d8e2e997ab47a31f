/**
 * Sends the requests that `endpoint()` describes. The only I/O of the REST layer: it adds
 * GitHub's headers, forwards the caller's `Authorization` unchanged (and nothing else of
 * theirs), reads the rate-limit headers of every answer and turns failures into errors
 * with stable codes.
 */
import { type Dispatcher, errors as undiciErrors, request } from 'undici';
import { endpoint, type RequestDescription } from './endpoint.js';
import { type ConditionalCache, EtagCache } from './etag-cache.js';
import { nextRenameHop, RENAME_STATUSES } from './follow-renames.js';
import {
  GitHubError,
  OutcomeUnknownError,
  RateLimitedError,
  UpstreamStatusError,
  UpstreamUnavailableError,
  codeForStatus,
} from './errors.js';
import { type RateLimitInfo, readRateLimit, readRetryAfter } from './rate-limit.js';
import { type CallerKey, callerKey as sha256CallerKey } from './caller.js';
import type { RestObserver } from './observer.js';
import type { UpstreamScheduler } from './scheduler.js';
import { isRetryableError, RETRY_POLICY, retryDelayMs } from './retry.js';
import { isWrite, type RouteName, routes, splitRoute } from './routes.js';
import { type PauseStore, pauseFor, SECONDARY_LIMIT_DEFAULT_MS } from './token-pause.js';
import type { WriteSpacing } from './write-spacing.js';
import type { PathParams, QueryParams, RequestBody, ResponseData } from './types.js';

export interface GitHubClientOptions {
  /** API root: `https://api.github.com` or `https://HOST/api/v3`. */
  baseUrl: string;
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
  maxRequests?: number | undefined;
  /** Answers to earlier GETs, revalidated with `If-None-Match`; shared by the process. */
  etagCache?: ConditionalCache | undefined;
  /** Tokens GitHub told to wait; shared by the process (or the fleet). */
  pauses?: PauseStore | undefined;
  /** Spaces each token's writes; shared by the process. */
  writeSpacer?: WriteSpacing | undefined;
  /** How the caller is named in shared state; a SHA-256 of the `Authorization` when absent. */
  callerKey?: CallerKey | undefined;
  /** When each request may go (per-token limits); at once when absent. */
  scheduler?: UpstreamScheduler | undefined;
  /** Told of every request sent and its outcome (metrics, traces, logs). */
  observer?: RestObserver | undefined;
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
  /** The primary rate limit those requests spent: sent requests less `304` revalidations, which GitHub does not count. */
  readonly quotaSpent: number;
  /** How many REST objects the answers carried (list items count one each). */
  readonly objectCount: number;
  /** Resolves once no request of this client is in flight. */
  idle(): Promise<void>;
}

/** Statuses the route answers on success; 302 only where GitHub answers with a link. */
const SUCCESS = new Set([200, 201, 202, 204]);
const REDIRECTING: ReadonlySet<RouteName> = new Set([
  'downloadWorkflowRunLogs',
  'downloadWorkflowRunAttemptLogs',
  'downloadJobLogsForWorkflowRun',
  'downloadArtifact',
]);

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  let rateLimit: RateLimitInfo | undefined;
  let requestCount = 0;
  let revalidated = 0;
  let objectCount = 0;
  const inflight = new Set<Promise<unknown>>();
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': options.apiVersion,
    'user-agent': options.userAgent ?? 'actions-runs-graphql-gateway',
  };
  if (options.authorization) headers.authorization = options.authorization;
  const caller = (options.callerKey ?? sha256CallerKey)(options.authorization);
  // Our own native signal mirrors the caller's: a server adapter's signal may not be a native
  // AbortSignal, which AbortSignal.any() and undici require.
  const gone = new AbortController();
  if (options.signal?.aborted) gone.abort();
  else options.signal?.addEventListener('abort', () => gone.abort(), { once: true });

  /** Why nothing more may be sent for this operation, if anything. */
  async function refusal(): Promise<GitHubError | undefined> {
    if (gone.signal.aborted)
      return new GitHubError(
        'REQUEST_ABORTED',
        'The caller went away; nothing more is sent for this operation.',
      );
    const pause = await options.pauses?.get(caller);
    if (pause) {
      const seconds = Math.max(1, Math.ceil((pause.until - Date.now()) / 1000));
      return new RateLimitedError(
        429,
        `GitHub asked this token to wait; no request is sent for it until ${new Date(pause.until).toISOString()}.`,
        pause.kind === 'primary'
          ? { resetAt: new Date(pause.until).toISOString() }
          : { retryAfter: seconds },
      );
    }
    return overBudget();
  }

  function overBudget(): GitHubError | undefined {
    if (options.maxRequests === undefined || requestCount < options.maxRequests) return undefined;
    return new GitHubError(
      'MAX_UPSTREAM_REQUESTS_EXCEEDED',
      `This operation needs more than ${options.maxRequests} GitHub requests; ask for fewer items (smaller first/last) or fewer nested lists.`,
      { limit: options.maxRequests },
    );
  }

  async function send<N extends RouteName>(
    description: RequestDescription,
    followRenames = true,
    hops = 0,
    tries = 0,
  ): Promise<GitHubResponse<N>> {
    const write = isWrite(description.method);
    // The one gate every request passes, first tries, rename hops and retries alike.
    let refused = await refusal();
    if (!refused && write && options.writeSpacer) {
      await options.writeSpacer.turn(caller, gone.signal);
      // The wait may have outlived the caller, or the token may have been paused meanwhile.
      refused = await refusal();
    }
    if (refused) throw refused;
    requestCount += 1;
    const cacheKey =
      options.etagCache && !write ? EtagCache.key(caller, description.pathAndQuery) : undefined;
    const cached = cacheKey ? await options.etagCache!.get(cacheKey) : undefined;
    const requestHeaders = { ...headers };
    if (description.body !== undefined) requestHeaders['content-type'] = 'application/json';
    if (cached) requestHeaders['if-none-match'] = cached.etag;
    const done = options.observer?.request({
      route: description.route,
      method: description.method,
      template: splitRoute(routes[description.route]).template,
    });
    const started = performance.now();
    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      const exchange = async () => {
        const answer = await request(`${options.baseUrl}${description.pathAndQuery}`, {
          method: description.method,
          dispatcher: options.dispatcher,
          headers: requestHeaders,
          body: description.body,
          signal: AbortSignal.any([gone.signal, AbortSignal.timeout(options.timeoutMs)]),
        });
        return { answer, body: await answer.body.text() };
      };
      const { answer, body } = await (options.scheduler
        ? options.scheduler.run(caller, exchange, gone.signal)
        : exchange());
      response = answer;
      text = body;
    } catch (error) {
      const failure = transportError(error, write, description.route, gone.signal);
      done?.({ cache: 'miss', error: failure.code, durationMs: performance.now() - started });
      if (
        !write &&
        isRetryableError(error) &&
        tries < RETRY_POLICY.maxRetries &&
        (await retryWait(tries + 1))
      ) {
        return send(description, followRenames, hops, tries + 1);
      }
      throw failure;
    }
    const info = readRateLimit(response.headers);
    done?.({
      status: response.statusCode,
      cache: response.statusCode === 304 && cached ? 'revalidated' : 'miss',
      durationMs: performance.now() - started,
      rateLimit: info,
    });
    if (info) rateLimit = info;
    let status = response.statusCode;
    if (status === 304) revalidated += 1;
    if (status === 304 && cached) {
      // Not modified: the answer kept from before is the answer, at no rate-limit cost.
      status = 200;
      text = cached.body;
    } else if (cacheKey && status === 200) {
      const etag = header(response.headers, 'etag');
      if (etag) await options.etagCache!.set(cacheKey, { etag, body: text });
      else await options.etagCache!.delete(cacheKey);
    }
    const location = header(response.headers, 'location');
    if (status === 302 && REDIRECTING.has(description.route)) {
      return { status, data: undefined as ResponseData<N>, location, rateLimit: info };
    }
    if (RENAME_STATUSES.has(status)) {
      const next = nextRenameHop({
        baseUrl: options.baseUrl,
        status,
        location,
        hops,
        write,
        follow: followRenames,
      });
      return send({ ...description, pathAndQuery: next }, followRenames, hops + 1);
    }
    if (
      !write &&
      RETRY_POLICY.statusCodes.has(status) &&
      tries < RETRY_POLICY.maxRetries &&
      (await retryWait(tries + 1))
    ) {
      return send(description, followRenames, hops, tries + 1);
    }
    if (!SUCCESS.has(status)) {
      const error = statusError(status, response.headers, text);
      if (error instanceof RateLimitedError && options.pauses) {
        await options.pauses.set(
          caller,
          pauseFor(error.details as { retryAfter?: number; resetAt?: string }, Date.now()),
        );
      }
      throw error;
    }
    let data: unknown;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new UpstreamStatusError(
        'UPSTREAM_ERROR',
        status,
        'GitHub answered with a body that is not JSON.',
      );
    }
    objectCount += countObjects(data);
    return {
      status,
      data: data as ResponseData<N>,
      location,
      rateLimit: info,
      pollInterval: Number(header(response.headers, 'x-poll-interval')) || undefined,
    };
  }

  /** Waits before retry `n`; false when the retry may not be sent (budget spent, caller gone, token paused). */
  async function retryWait(n: number): Promise<boolean> {
    if (await refusal()) return false;
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs(n)));
    return !(await refusal());
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inflight.add(promise);
    const forget = () => inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  const rest = Object.fromEntries(
    (Object.keys(routes) as RouteName[]).map((name) => [
      name,
      // endpoint() runs first and throws on bad input, so no request is ever started for it.
      (params: RouteParams<RouteName> = { path: {} }) => {
        const description = endpoint(name, params);
        return track(send(description, params.followRenames));
      },
    ]),
  ) as unknown as GitHubRest;

  return {
    rest,
    get rateLimit() {
      return rateLimit;
    },
    get requestCount() {
      return requestCount;
    },
    get quotaSpent() {
      return requestCount - revalidated;
    },
    get objectCount() {
      return objectCount;
    },
    async idle() {
      // A finished request lets resolvers go on and start more loads, which DataLoader
      // dispatches a tick later: only two quiet turns of the event loop in a row mean idle.
      for (let quiet = 0; quiet < 2; ) {
        await new Promise((resolve) => setImmediate(resolve));
        if (inflight.size === 0) {
          quiet += 1;
        } else {
          quiet = 0;
          await Promise.allSettled([...inflight]);
        }
      }
    },
  };
}

function countObjects(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (data && typeof data === 'object') {
    const list = Object.values(data).find(Array.isArray);
    return 'total_count' in data && list ? list.length : 1;
  }
  return 0;
}

function header(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function statusError(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  text: string,
): GitHubError {
  let message = `GitHub answered ${status}.`;
  let fieldErrors: unknown;
  try {
    const body = JSON.parse(text) as { message?: unknown; errors?: unknown };
    if (typeof body.message === 'string') message = body.message.slice(0, 500);
    fieldErrors = body.errors;
  } catch {
    // A non-JSON error body (a proxy's HTML page, say) keeps the generic message.
  }
  const retryAfter = readRetryAfter(headers);
  const info = readRateLimit(headers);
  const exhausted = info?.remaining === 0;
  // GitHub's secondary limit may come as a 403 with only its message to say so: 60 s then.
  const secondary = /secondary rate limit/i.test(message);
  if (
    status === 429 ||
    ((status === 403 || status === 429) && (exhausted || retryAfter !== undefined || secondary))
  ) {
    return new RateLimitedError(status, message, {
      ...(retryAfter !== undefined
        ? { retryAfter }
        : secondary || !exhausted
          ? { retryAfter: SECONDARY_LIMIT_DEFAULT_MS / 1000 }
          : {}),
      ...(exhausted && info && retryAfter === undefined && !secondary
        ? { resetAt: info.resetAt }
        : {}),
    });
  }
  return new UpstreamStatusError(
    codeForStatus(status),
    status,
    message,
    fieldErrors ? { errors: fieldErrors } : {},
  );
}

const TIMEOUTS = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Failures that prove the request never reached GitHub, so even a write did not happen. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function transportError(
  error: unknown,
  write: boolean,
  route: RouteName,
  signal?: AbortSignal,
): GitHubError {
  if (signal?.aborted && !write)
    return new GitHubError('REQUEST_ABORTED', 'The caller went away; the request was cancelled.');
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code ??
    '';
  const name = (error as { name?: string })?.name ?? '';
  const timedOut =
    TIMEOUTS.has(code) ||
    name === 'TimeoutError' ||
    error instanceof undiciErrors.HeadersTimeoutError;
  const kind = timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR';
  if (write && !NOT_SENT.has(code)) return new OutcomeUnknownError(kind, route);
  return new UpstreamUnavailableError(
    kind,
    timedOut ? 'GitHub did not answer in time.' : 'The connection to GitHub failed.',
  );
}
