/**
 * Conditional requests, as GitHub recommends: a GET whose earlier answer is kept goes with
 * `If-None-Match`, and a `304 Not Modified` (free against the rate limit) is answered with
 * the kept body, which is never served without GitHub's 304 for this caller's own request.
 * Keys start with the caller's key, so one caller's answer never reaches another.
 */
import { type ConditionalCache, EtagCache } from '../etag-cache.js';
import { type ClientState, header, type Layer, passThrough } from './layer.js';

export function conditionalRequests(
  cache: ConditionalCache | undefined,
  state: ClientState,
): Layer {
  if (!cache) return passThrough;
  return (next) => async (req) => {
    if (req.write) return next(req);
    const key = EtagCache.key(state.caller, req.pathAndQuery);
    const cached = await cache.get(key);
    const answer = await next(
      cached ? { ...req, headers: { ...req.headers, 'if-none-match': cached.etag } } : req,
    );
    if (answer.status === 304 && cached) {
      return {
        ...answer,
        status: 200,
        text: cached.body,
        data: cached.data,
        revalidated: true,
        cached,
      };
    }
    if (answer.status !== 200) return answer;
    const etag = header(answer.headers, 'etag');
    if (!etag) {
      await cache.delete(key);
      return answer;
    }
    const entry = { etag, body: answer.text };
    await cache.set(key, entry);
    return { ...answer, cached: entry };
  };
}
