/**
 * Reads GitHub's `x-ratelimit-*` headers off every answer, keeps the latest for the
 * operation's report, and counts `304`s, which GitHub does not charge to the primary limit.
 */
import { readRateLimit } from '../rate-limit.js';
import type { ClientState, Layer } from './layer.js';

export function readRateLimitHeaders(state: ClientState): Layer {
  return (next) => async (req) => {
    const answer = await next(req);
    const rateLimit = readRateLimit(answer.headers);
    if (rateLimit) state.rateLimit = rateLimit;
    if (answer.status === 304) state.revalidated += 1;
    return { ...answer, rateLimit };
  };
}
