/** Several RestObservers as one: each is told of each request and of its outcome, in order. */
import { describe, expect, it } from 'vitest';
import type { RestCall, RestObserver, RestOutcome } from '../../src/github/observer.js';
import { combineObservers } from '../../src/observability/combine-observers.js';

function recorder(name: string, log: string[]): RestObserver {
  return {
    request(call) {
      log.push(`${name} sent ${call.method} ${call.template}`);
      return (outcome) => log.push(`${name} ended ${outcome.status} ${outcome.cache}`);
    },
  };
}

const call: RestCall = {
  route: 'listWorkflowRunsForRepo',
  method: 'GET',
  template: '/repos/{owner}/{repo}/actions/runs',
};
const outcome: RestOutcome = { status: 304, cache: 'revalidated', durationMs: 3 };

describe('combineObservers', () => {
  it('tells every observer, and ends each request of each with the same outcome', () => {
    const log: string[] = [];
    const combined = combineObservers(
      recorder('metrics', log),
      undefined,
      recorder('traces', log),
    )!;
    const end = combined.request(call);
    expect(log).toEqual([
      'metrics sent GET /repos/{owner}/{repo}/actions/runs',
      'traces sent GET /repos/{owner}/{repo}/actions/runs',
    ]);
    end(outcome);
    expect(log.slice(2)).toEqual(['metrics ended 304 revalidated', 'traces ended 304 revalidated']);
  });

  it('is the one observer given, or none', () => {
    const only = recorder('only', []);
    expect(combineObservers(false, only, null)).toBe(only);
    expect(combineObservers(undefined, false)).toBeUndefined();
  });
});
