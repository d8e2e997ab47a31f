/**
 * The operation's budget: one GraphQL operation can fan out to many REST calls, each spending
 * the caller's rate limit. Every request sent counts (first tries, rename hops, retries);
 * past the limit a request is refused, never sent. Checked and counted in one synchronous
 * step, so requests started together cannot all pass the last free slot.
 */
import { GitHubError } from '../errors.js';
import { type ClientState, type Layer, refused } from './layer.js';

export function requestBudget(maxRequests: number | undefined, state: ClientState): Layer {
  return (next) => (req) => {
    if (maxRequests !== undefined && state.sent >= maxRequests)
      return Promise.reject(
        refused(
          new GitHubError(
            'MAX_UPSTREAM_REQUESTS_EXCEEDED',
            `This operation needs more than ${maxRequests} GitHub requests; ask for fewer items (smaller first/last) or fewer nested lists.`,
            { limit: maxRequests },
          ),
        ),
      );
    state.sent += 1;
    return next(req);
  };
}
