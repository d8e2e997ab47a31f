/**
 * The one I/O of the REST layer: sends a request with undici and reads its whole body. A
 * failure to get an answer becomes a coded error here; for a write, one that may have
 * reached GitHub is `OutcomeUnknownError`, never resent.
 */
import { type Dispatcher, errors as undiciErrors, request } from 'undici';
import { GitHubError, OutcomeUnknownError, UpstreamUnavailableError } from '../errors.js';
import type { RouteName } from '../routes.js';
import type { ClientState, Send } from './layer.js';

export interface TransportOptions {
  /** API root: `https://api.github.com`, `https://HOST/api/v3` or the simulator's. */
  apiUrl: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  /** The client's own headers (accept, API version, user agent, the caller's Authorization). */
  headers: Record<string, string>;
}

export function transport(options: TransportOptions, state: ClientState): Send {
  return async (req) => {
    const headers = { ...options.headers, ...req.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    const deadline = new Deadline(options.timeoutMs, state.signal);
    try {
      const answer = await request(`${options.apiUrl}${req.pathAndQuery}`, {
        method: req.method,
        dispatcher: options.dispatcher,
        headers,
        body: req.body,
        signal: deadline.signal,
      });
      const text = await answer.body.text();
      return { status: answer.statusCode, headers: answer.headers, text };
    } catch (error) {
      const failure = transportError(error, req.write, req.route, state.signal);
      failure.cause = error;
      throw failure;
    } finally {
      deadline.clear();
    }
  };
}

/**
 * One request's signal: aborted when the caller goes away or when the whole answer (headers
 * and body) has not come within `timeoutMs`. A timer and a listener, cleared when the
 * request ends: `AbortSignal.any([caller, AbortSignal.timeout()])` did the same at about 3%
 * of the gateway's CPU, measured on a dashboard's 57 requests.
 */
class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #caller: AbortSignal;
  readonly #onCallerGone = () => this.#controller.abort(this.#caller.reason);

  constructor(timeoutMs: number, caller: AbortSignal) {
    this.#caller = caller;
    this.#timer = setTimeout(
      () =>
        this.#controller.abort(new DOMException('The upstream answer timed out.', 'TimeoutError')),
      timeoutMs,
    );
    if (caller.aborted) this.#onCallerGone();
    else caller.addEventListener('abort', this.#onCallerGone, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#caller.removeEventListener('abort', this.#onCallerGone);
  }
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
  signal: AbortSignal,
): GitHubError {
  if (signal.aborted && !write)
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
