/**
 * Collapses a caller's identical reads in flight into one request (`../reads-in-flight.ts`).
 * It sits above the budget and the scheduler: a read that joins another is not sent, so it
 * spends none of the operation's budget and takes none of the token's slots. Where the
 * leading request failed for reasons of its own operation (its caller went away, its budget
 * was spent), a joiner sends its own request instead of taking that failure.
 */
import type { RestObserver } from '../observer.js';
import type { ReadsInFlight } from '../reads-in-flight.js';
import { type ClientState, isRefusal, type Layer, passThrough } from './layer.js';

export function shareReads(
  reads: ReadsInFlight | undefined,
  state: ClientState,
  observer?: RestObserver | undefined,
): Layer {
  if (!reads) return passThrough;
  return (next) => async (req) => {
    if (req.write) {
      reads.closeAll(state.caller);
      try {
        return await next(req);
      } finally {
        reads.closeAll(state.caller);
      }
    }
    const flight = reads.get(state.caller, req.pathAndQuery);
    if (!flight) {
      const answer = next(req);
      reads.open(state.caller, req.pathAndQuery, { answer, signal: state.signal });
      return answer;
    }
    try {
      const answer = await flight.answer;
      state.shared += 1;
      observer?.shared?.({ route: req.route, method: req.method, template: req.template });
      if (answer.rateLimit) state.rateLimit = answer.rateLimit;
      return answer;
    } catch (error) {
      if ((isRefusal(error) || flight.signal.aborted) && !state.signal.aborted) return next(req);
      throw error;
    }
  };
}
