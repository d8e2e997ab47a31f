/**
 * Relay windows over GitHub's numbered REST pages. A cursor is the offset of its item in
 * the listing; a window of at most 100 items is served by the one `per_page` that holds it
 * in a single page when such a size exists, else by two pages. `last` without `before`
 * needs the listing's size first, which the first page answers.
 */
import { InvalidInputError } from '../github/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 30;

export interface WindowArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface RestPage<T> {
  totalCount: number;
  items: T[];
}

export interface Window<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
  /** How many of `totalCount` GitHub lets a client reach (1,000 when a filter is used). */
  reachableCount: number;
}

const CURSOR_PREFIX = 'offset:';

/** Every listed item gets a cursor: the first thousand offsets (GitHub's filtered cap) are made once. */
const KEPT_CURSORS: string[] = [];

export function encodeCursor(offset: number): string {
  if (Number.isInteger(offset) && offset >= 0 && offset < 1000)
    return (KEPT_CURSORS[offset] ??= Buffer.from(`${CURSOR_PREFIX}${offset}`).toString(
      'base64url',
    ));
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidInputError(`Invalid cursor ${JSON.stringify(cursor)} for ${argument}.`, {
      argument,
    });
  }
  return offset;
}

export function checkCount(value: number | null | undefined, argument: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`${argument} must be from 0 to ${MAX_PAGE_SIZE}, got ${value}.`, {
      argument,
    });
  }
  return value;
}

/** Checks the arguments before any request is made. */
export function checkWindowArgs(args: WindowArgs) {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== undefined && last !== undefined) {
    throw new InvalidInputError('Passing both `first` and `last` is not supported.', {
      argument: 'last',
    });
  }
  const after = args.after ? decodeCursor(args.after, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, 'before') : undefined;
  return { first, last, after, before };
}

/** The REST pages that serve the items [start, end): one page where one can. */
export function planPages(start: number, end: number): Array<{ perPage: number; page: number }> {
  const size = Math.max(end - start, 1);
  for (let perPage = size; perPage <= MAX_PAGE_SIZE; perPage++) {
    if (Math.floor(start / perPage) === Math.floor((end - 1) / perPage)) {
      return [{ perPage, page: Math.floor(start / perPage) + 1 }];
    }
  }
  const first = Math.floor(start / size);
  return [
    { perPage: size, page: first + 1 },
    { perPage: size, page: first + 2 },
  ];
}

export async function fetchWindow<T>(
  args: WindowArgs,
  fetchPage: (perPage: number, page: number) => Promise<RestPage<T>>,
  options: { cap?: number } = {},
): Promise<Window<T>> {
  const { first, last, after, before } = checkWindowArgs(args);
  const cap = options.cap ?? Number.POSITIVE_INFINITY;
  let start = after === undefined ? 0 : after + 1;
  let end: number;
  let known: { perPage: number; page: number; result: RestPage<T> } | undefined;

  if (last !== undefined && before === undefined) {
    // The listing's end is needed to count back from it; the first page tells its size.
    const perPage = Math.max(last, 1);
    const result = await fetchPage(perPage, 1);
    known = { perPage, page: 1, result };
    end = Math.min(result.totalCount, cap);
    start = Math.max(start, end - last);
  } else {
    end = Math.min(before ?? Number.POSITIVE_INFINITY, cap);
    if (last !== undefined) start = Math.max(start, end - last);
    else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  }
  if (known && Number.isFinite(end)) {
    // Serve from the page already fetched when it holds the window.
    const from = (known.page - 1) * known.perPage;
    if (start >= from && end <= from + known.result.items.length) {
      return build(
        known.result.items.slice(start - from, end - from),
        start,
        known.result.totalCount,
        cap,
      );
    }
  }

  const items: T[] = [];
  let totalCount = known?.result.totalCount;
  if (end > start) {
    const pages = planPages(start, end);
    const results = await Promise.all(pages.map(({ perPage, page }) => fetchPage(perPage, page)));
    pages.forEach(({ perPage, page }, i) => {
      const from = (page - 1) * perPage;
      const result = results[i]!;
      totalCount = result.totalCount;
      result.items.forEach((item, j) => {
        if (from + j >= start && from + j < end) items.push(item);
      });
    });
  } else if (totalCount === undefined) {
    totalCount = (await fetchPage(1, 1)).totalCount;
  }
  return build(items, start, totalCount ?? 0, cap);
}

function build<T>(items: T[], start: number, totalCount: number, cap: number): Window<T> {
  const reachableCount = Math.min(totalCount, cap);
  const edges = items.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + items.length < reachableCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
    reachableCount,
  };
}

/**
 * The same window semantics over a list already in hand (approvals, reviewers, ...). Not
 * Relay's `resolveArrayConnection`: its cursors are its own (`OffsetConnection:n`) and a bad
 * one answers an error with no `extensions.code`, while a window over a list must take the
 * cursors and give the BAD_USER_INPUT of the REST windows above.
 */
export function paginateArray<T>(args: WindowArgs, all: readonly T[]): Window<T> {
  const { first, last, after, before } = checkWindowArgs(args);
  let start = after === undefined ? 0 : after + 1;
  let end = Math.min(before ?? all.length, all.length);
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  return build(all.slice(start, Math.max(start, end)), start, all.length, Number.POSITIVE_INFINITY);
}
