import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import {
  MAX_RENAME_HOPS,
  nextRenameHop,
  sameApiPath,
} from '../../src/github/layers/follow-renames.js';

const hop = (
  location: string | undefined,
  over: Partial<Parameters<typeof nextRenameHop>[0]> = {},
) =>
  nextRenameHop({
    apiUrl: 'https://api.github.com',
    status: 301,
    location,
    hops: 0,
    write: false,
    follow: true,
    ...over,
  });

function codeOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error instanceof GitHubError ? [error.code, error.message, error.details] : error;
  }
  return undefined;
}

describe('following renamed repositories', () => {
  it('follows to the same API origin, absolute or relative, query kept', () => {
    expect(hop('https://api.github.com/repositories/42/actions/runs?per_page=5')).toBe(
      '/repositories/42/actions/runs?per_page=5',
    );
    expect(hop('/repositories/42/actions/runs/7')).toBe('/repositories/42/actions/runs/7');
  });

  it('keeps a GitHub Enterprise Server API root', () => {
    expect(
      sameApiPath(
        'https://ghe.example.com/api/v3',
        'https://ghe.example.com/api/v3/repositories/9/actions/runs',
      ),
    ).toBe('/repositories/9/actions/runs');
    expect(
      sameApiPath(
        'https://ghe.example.com/api/v3',
        'https://ghe.example.com/repositories/9/actions/runs',
      ),
    ).toBeUndefined();
  });

  it.each([
    'https://evil.example/repositories/42/actions/runs',
    'http://api.github.com/repositories/42/actions/runs',
    'https://api.github.com.evil.example/repositories/42',
    'https://user:pass@api.github.com/repositories/42',
    '//evil.example/repositories/42',
    'https://api.github.com/rate_limit',
    'https://api.github.com/user',
    undefined,
  ])('never sends the token to %s', (location) => {
    const [code, message] = codeOf(() => hop(location)) as [string, string];
    expect(code).toBe('UPSTREAM_ERROR');
    expect(message).not.toContain('evil');
  });

  it(`stops after ${MAX_RENAME_HOPS} hops`, () => {
    expect(hop('/repositories/1/actions/runs', { hops: MAX_RENAME_HOPS - 1 })).toBe(
      '/repositories/1/actions/runs',
    );
    expect(
      (
        codeOf(() => hop('/repositories/1/actions/runs', { hops: MAX_RENAME_HOPS })) as unknown[]
      )[0],
    ).toBe('UPSTREAM_ERROR');
  });

  it('reports instead of following for followRenames: false and for writes', () => {
    for (const over of [{ follow: false }, { write: true, status: 307 }]) {
      const [code, , details] = codeOf(() =>
        hop('https://api.github.com/repositories/42/actions/runs/1/cancel', over),
      ) as [string, string, object];
      expect(code).toBe('NOT_FOUND');
      expect(details).toMatchObject({
        location: '/repositories/42/actions/runs/1/cancel',
        repositoryId: 42,
      });
    }
  });
});
