/**
 * A token GitHub told to wait waits (policy and store in `../token-pause.ts`): one layer
 * refuses its requests while the pause lasts, without calling GitHub; the other records the
 * pause a rate-limited answer calls for, for every request of the process (or the fleet).
 */
import { RateLimitedError } from '../errors.js';
import { type PauseStore, pauseFor } from '../token-pause.js';
import { type ClientState, isRefusal, type Layer, passThrough, refused } from './layer.js';

export function refusePaused(pauses: PauseStore | undefined, state: ClientState): Layer {
  if (!pauses) return passThrough;
  return (next) => async (req) => {
    const pause = await pauses.get(state.caller);
    if (!pause) return next(req);
    const until = new Date(pause.until).toISOString();
    throw refused(
      new RateLimitedError(
        429,
        `GitHub asked this token to wait; no request is sent for it until ${until}.`,
        pause.kind === 'primary'
          ? { resetAt: until }
          : { retryAfter: Math.max(1, Math.ceil((pause.until - Date.now()) / 1000)) },
      ),
    );
  };
}

export function recordPause(pauses: PauseStore | undefined, state: ClientState): Layer {
  if (!pauses) return passThrough;
  return (next) => async (req) => {
    try {
      return await next(req);
    } catch (error) {
      // A refusal is a pause already known; only GitHub's own answer starts one.
      if (error instanceof RateLimitedError && !isRefusal(error)) {
        await pauses.set(
          state.caller,
          pauseFor(error.details as { retryAfter?: number; resetAt?: string }, Date.now()),
        );
      }
      throw error;
    }
  };
}
