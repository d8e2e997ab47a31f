/** When the caller has gone, nothing more is sent for its operation. */
import { GitHubError } from '../errors.js';
import { type ClientState, type Layer, refused } from './layer.js';

export function refuseWhenGone(state: ClientState): Layer {
  return (next) => (req) => {
    if (state.signal.aborted)
      return Promise.reject(
        refused(
          new GitHubError(
            'REQUEST_ABORTED',
            'The caller went away; nothing more is sent for this operation.',
          ),
        ),
      );
    return next(req);
  };
}
