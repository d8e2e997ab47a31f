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
    try {
      const answer = await request(`${options.apiUrl}${req.pathAndQuery}`, {
        method: req.method,
        dispatcher: options.dispatcher,
        headers,
        body: req.body,
        signal: AbortSignal.any([state.signal, AbortSignal.timeout(options.timeoutMs)]),
      });
      const text = await answer.body.text();
      return { status: answer.statusCode, headers: answer.headers, text };
    } catch (error) {
      const failure = transportError(error, req.write, req.route, state.signal);
      failure.cause = error;
      throw failure;
    }
  };
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
