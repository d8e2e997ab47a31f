/**
 * Runs each request when the scheduler lets this caller send (`../scheduler.ts`: per-token
 * limits, fair between tokens). A caller that goes away while waiting leaves the queue.
 */
import { GitHubError } from '../errors.js';
import type { UpstreamScheduler } from '../scheduler.js';
import { type ClientState, type Layer, passThrough, refused } from './layer.js';

export function schedule(scheduler: UpstreamScheduler | undefined, state: ClientState): Layer {
  if (!scheduler) return passThrough;
  return (next) => async (req) => {
    try {
      return await scheduler.run(state.caller, () => next(req), state.signal);
    } catch (error) {
      if (state.signal.aborted && !(error instanceof GitHubError))
        throw refused(
          new GitHubError('REQUEST_ABORTED', 'The caller went away; the request was not sent.'),
        );
      throw error;
    }
  };
}
