/** Tells the observer (metrics, traces, logs) of each request sent and how it went. */
import { GitHubError } from '../errors.js';
import type { RestObserver } from '../observer.js';
import { type Layer, passThrough } from './layer.js';

export function observe(observer: RestObserver | undefined): Layer {
  if (!observer) return passThrough;
  return (next) => async (req) => {
    const done = observer.request({ route: req.route, method: req.method, template: req.template });
    const started = performance.now();
    try {
      const answer = await next(req);
      done({
        status: answer.revalidated ? 304 : answer.status,
        cache: answer.revalidated ? 'revalidated' : 'miss',
        durationMs: performance.now() - started,
        rateLimit: answer.rateLimit,
      });
      return answer;
    } catch (error) {
      done({
        cache: 'miss',
        error: error instanceof GitHubError ? error.code : 'UPSTREAM_ERROR',
        durationMs: performance.now() - started,
      });
      throw error;
    }
  };
}
