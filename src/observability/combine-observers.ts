/**
 * Several watchers of the REST layer at once (metrics, traces): one `RestObserver` that
 * tells each of them, in order, and ends each one's request with the same outcome.
 */
import type { RestObserver } from '../github/observer.js';

export function combineObservers(
  ...observers: (RestObserver | false | null | undefined)[]
): RestObserver | undefined {
  const present = observers.filter((observer): observer is RestObserver => !!observer);
  if (present.length <= 1) return present[0];
  return {
    request(call) {
      const ends = present.map((observer) => observer.request(call));
      return (outcome) => {
        for (const end of ends) end(outcome);
      };
    },
    shared(call) {
      for (const observer of present) observer.shared?.(call);
    },
  };
}
