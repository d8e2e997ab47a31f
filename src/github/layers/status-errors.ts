/**
 * An answer whose status the route does not treat as success becomes an error with a stable
 * code (`../errors.ts`); GitHub's own message is kept (it names no token or URL), and a rate
 * limit, primary or secondary, becomes `RATE_LIMITED` with when to try again.
 */
import {
  codeForStatus,
  type GitHubError,
  RateLimitedError,
  UpstreamStatusError,
} from '../errors.js';
import { readRateLimit, readRetryAfter } from '../rate-limit.js';
import { SECONDARY_LIMIT_DEFAULT_MS } from '../token-pause.js';
import type { Headers, Layer } from './layer.js';

const SUCCESS = new Set([200, 201, 202, 204]);

export const statusErrors: Layer = (next) => async (req) => {
  const answer = await next(req);
  if (SUCCESS.has(answer.status) || answer.link !== undefined) return answer;
  throw statusError(answer.status, answer.headers, answer.text);
};

function statusError(status: number, headers: Headers, text: string): GitHubError {
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
