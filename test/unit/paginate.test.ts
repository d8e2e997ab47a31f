import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import {
  decodeCursor,
  encodeCursor,
  fetchWindow,
  paginateArray,
  planPages,
} from '../../src/loaders/paginate.js';

/** A listing of `total` items, numbered from 0, served as REST would serve pages of it. */
function listing(total: number) {
  const calls: Array<[perPage: number, page: number]> = [];
  const fetchPage = async (perPage: number, page: number) => {
    calls.push([perPage, page]);
    const from = (page - 1) * perPage;
    const items = Array.from(
      { length: Math.max(0, Math.min(perPage, total - from)) },
      (_, i) => from + i,
    );
    return { totalCount: total, items };
  };
  return { calls, fetchPage };
}

describe('planPages', () => {
  it('serves a window from one page when some page size holds it', () => {
    expect(planPages(0, 10)).toEqual([{ perPage: 10, page: 1 }]);
    expect(planPages(10, 20)).toEqual([{ perPage: 10, page: 2 }]);
    // 5..15 fits in no page of 10, but in page 1 of 15.
    expect(planPages(5, 15)).toEqual([{ perPage: 15, page: 1 }]);
  });

  it('needs at most two pages for any window of up to 100 items', () => {
    for (let start = 0; start < 400; start += 7) {
      for (const size of [1, 13, 50, 99, 100]) {
        const pages = planPages(start, start + size);
        expect(pages.length).toBeLessThanOrEqual(2);
        const covered = new Set<number>();
        for (const { perPage, page } of pages) {
          expect(perPage).toBeLessThanOrEqual(100);
          for (let i = (page - 1) * perPage; i < page * perPage; i++) covered.add(i);
        }
        for (let i = start; i < start + size; i++) expect(covered.has(i)).toBe(true);
      }
    }
  });
});

describe('fetchWindow', () => {
  it('walks forward across REST page boundaries with exact pageInfo', async () => {
    const { calls, fetchPage } = listing(250);
    const first = await fetchWindow({ first: 100 }, fetchPage);
    expect(first.edges.map((e) => e.node)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await fetchWindow({ first: 100, after: first.pageInfo.endCursor }, fetchPage);
    expect(second.edges[0]!.node).toBe(100);
    const third = await fetchWindow({ first: 100, after: second.pageInfo.endCursor }, fetchPage);
    expect(third.edges.map((e) => e.node).at(-1)).toBe(249);
    expect(third.edges).toHaveLength(50);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(calls).toEqual([
      [100, 1],
      [100, 2],
      [100, 3],
    ]);
  });

  it('costs at most two calls for a window that straddles two REST pages', async () => {
    const { calls, fetchPage } = listing(1000);
    const window = await fetchWindow({ first: 100, after: encodeCursor(148) }, fetchPage);
    expect(window.edges.map((e) => e.node)).toEqual(Array.from({ length: 100 }, (_, i) => 149 + i));
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('pages backwards with last/before', async () => {
    const { calls, fetchPage } = listing(250);
    const last = await fetchWindow({ last: 30 }, fetchPage);
    expect(last.edges.map((e) => e.node)).toEqual(Array.from({ length: 30 }, (_, i) => 220 + i));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await fetchWindow({ last: 30, before: last.pageInfo.startCursor }, fetchPage);
    expect(before.edges.map((e) => e.node)).toEqual(Array.from({ length: 30 }, (_, i) => 190 + i));
    const start = await fetchWindow({ last: 30, before: encodeCursor(10) }, fetchPage);
    expect(start.edges.map((e) => e.node)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    // `last` alone reads the size from a first page, then the tail: never more than three calls.
    expect(calls.length).toBeLessThanOrEqual(3 + 1 + 1);
  });

  it('serves `last` from the size probe when the listing is short', async () => {
    const { calls, fetchPage } = listing(20);
    const window = await fetchWindow({ last: 30 }, fetchPage);
    expect(window.edges.map((e) => e.node)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(calls).toEqual([[30, 1]]);
  });

  it('stops at the cap GitHub puts on filtered listings and says so', async () => {
    const { fetchPage } = listing(5000);
    const window = await fetchWindow({ first: 50, after: encodeCursor(979) }, fetchPage, {
      cap: 1000,
    });
    expect(window.edges).toHaveLength(20);
    expect(window.pageInfo.hasNextPage).toBe(false);
    expect(window).toMatchObject({ totalCount: 5000, reachableCount: 1000 });
  });

  it('refuses bad arguments before fetching anything', async () => {
    const { calls, fetchPage } = listing(10);
    await expect(fetchWindow({ first: 101 }, fetchPage)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(fetchWindow({ last: -1 }, fetchPage)).rejects.toBeInstanceOf(GitHubError);
    await expect(fetchWindow({ first: 1, last: 1 }, fetchPage)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(fetchWindow({ first: 1, after: 'not-a-cursor' }, fetchPage)).rejects.toMatchObject(
      {
        code: 'BAD_USER_INPUT',
      },
    );
    expect(calls).toEqual([]);
  });

  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(42), 'after')).toBe(42);
    expect(() => decodeCursor(Buffer.from('offset:-1').toString('base64url'), 'after')).toThrow(
      GitHubError,
    );
  });
});

describe('paginateArray', () => {
  it('slices a list in hand with the same cursor rules', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const first = paginateArray({ first: 2 }, all);
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    const next = paginateArray({ first: 2, after: first.pageInfo.endCursor }, all);
    expect(next.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(paginateArray({ last: 2 }, all).edges.map((e) => e.node)).toEqual(['d', 'e']);
    expect(paginateArray({}, all)).toMatchObject({
      totalCount: 5,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });
});
