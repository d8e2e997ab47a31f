/**
 * Keyset windows over GitHub's run listings. A cursor names a run by its creation second and
 * id, the listing's own order (newest first, ties by id), so a page is found by where it
 * starts, not how far down: runs created meanwhile shift nothing, and GitHub's 1,000-result
 * cap of filtered listings never bites, because every request reads the first pages of a
 * listing narrowed by the REST `created` filter to begin at the cursor.
 *
 * `created` has second precision, so the narrowed listing starts with the cursor's whole
 * second; runs of it that the window already passed are skipped by key, and the first read
 * asks for one run more to absorb the cursor's own. Everything read is checked against the
 * key, so a wrong guess costs a request, never a run shown twice or skipped.
 */
import { InvalidInputError } from '../github/errors.js';
import type { WorkflowRun } from '../github/types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, planPages, type RestPage } from './paginate.js';

/** A run's place in a listing: its creation time in whole seconds, then its id. */
export interface RunPosition {
  t: number;
  id: number;
  /**
   * A hint, never trusted: how many runs of its second, itself included, led up to it in the
   * listing it came from. The next page then skips them in the same single request.
   */
  n?: number | undefined;
  /**
   * A hint, never trusted: how many runs the listing held from its second on, itself and
   * newer ones included. A page towards newer runs then reads the listing's end at once,
   * without first asking its size.
   */
  s?: number | undefined;
}

const CURSOR_VERSION = 1;
/** Seconds from 1970 to 9999: any real creation time, nothing a forger could overflow with. */
const MAX_SECONDS = 253_402_300_799;

export function positionOf(run: Pick<WorkflowRun, 'created_at' | 'id'>): RunPosition {
  return { t: Math.floor(Date.parse(run.created_at) / 1000), id: Number(run.id) };
}

/** Newest first: positive when `a` comes before `b` in the REST order. */
export function compareDesc(a: RunPosition, b: RunPosition): number {
  return a.t - b.t || a.id - b.id;
}

export function encodeRunCursor(position: RunPosition): string {
  const { t, id, n, s: size } = position;
  return Buffer.from(
    JSON.stringify({
      v: CURSOR_VERSION,
      t,
      id: String(id),
      ...(n === undefined ? {} : { n: Math.min(n, MAX_RANK) }),
      // A listing past the cap is cut before its end is read; no size hint helps there.
      ...(size === undefined || size > GITHUB_RESULT_CAP ? {} : { s: size }),
    }),
  ).toString('base64url');
}

/** Past GitHub's cap no hint could help: the reads stop there. */
const MAX_RANK = 1000;

/**
 * The position a cursor names; refused (BAD_USER_INPUT) unless it is this version's payload
 * exactly. Offset cursors of earlier releases are refused with the reason, since an offset
 * names no run: the client starts again from the top.
 */
export function decodeRunCursor(cursor: string, argument: string): RunPosition {
  const refuse = (why: string) =>
    new InvalidInputError(`Invalid cursor ${JSON.stringify(cursor)} for ${argument}: ${why}.`, {
      argument,
    });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw refuse('not a cursor of this gateway');
  const text = Buffer.from(cursor, 'base64url').toString();
  if (text.startsWith('offset:'))
    throw refuse(
      'an offset cursor of an earlier release; run listings now use keyset cursors, so page again from the start',
    );
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw refuse('not a cursor of this gateway');
  }
  const { v, t, id, n, s: size, ...rest } = (payload ?? {}) as Record<string, unknown>;
  if (
    typeof payload !== 'object' ||
    Array.isArray(payload) ||
    Object.keys(rest).length > 0 ||
    v !== CURSOR_VERSION ||
    !Number.isSafeInteger(t) ||
    (t as number) < 0 ||
    (t as number) > MAX_SECONDS ||
    typeof id !== 'string' ||
    !/^[1-9]\d{0,15}$/.test(id) ||
    !Number.isSafeInteger(Number(id)) ||
    (n !== undefined && (!Number.isInteger(n) || (n as number) < 1 || (n as number) > MAX_RANK)) ||
    (size !== undefined &&
      (!Number.isInteger(size) || (size as number) < 1 || (size as number) > GITHUB_RESULT_CAP))
  )
    throw refuse('not a cursor of this gateway');
  return {
    t: t as number,
    id: Number(id),
    ...(n === undefined ? {} : { n: n as number }),
    ...(size === undefined ? {} : { s: size as number }),
  };
}

/** Inclusive bounds in whole seconds; absent means open. */
export interface SecondRange {
  lo?: number;
  hi?: number;
}

const POINT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The seconds a date or date-time covers: a whole day, minute or second (UTC unless zoned). */
function parsePoint(text: string): { start: number; end: number } | undefined {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [, date, minute, second, zone] = match;
  const ms = Date.parse(
    minute ? `${date}T${minute}${second ?? ':00'}${zone ?? 'Z'}` : `${date}T00:00:00Z`,
  );
  if (Number.isNaN(ms)) return undefined;
  const start = Math.floor(ms / 1000);
  const span = !minute ? 86_400 : !second ? 60 : 1;
  return { start, end: start + span - 1 };
}

/** GitHub's `created` syntax (as `toRunFilter` admits it) as inclusive second bounds. */
export function createdRange(created: string | undefined): SecondRange {
  if (created === undefined) return {};
  const op = /^(>=|<=|>|<)(.+)$/.exec(created);
  const bad = () =>
    new InvalidInputError(`Invalid created range ${JSON.stringify(created)}.`, {
      argument: 'filterBy.created',
    });
  if (op) {
    const p = parsePoint(op[2]!);
    if (!p) throw bad();
    if (op[1] === '>=') return { lo: p.start };
    if (op[1] === '>') return { lo: p.end + 1 };
    if (op[1] === '<=') return { hi: p.end };
    return { hi: p.start - 1 };
  }
  const range = /^(.+?)\.\.(.+)$/.exec(created);
  if (range) {
    const from = range[1] === '*' ? undefined : parsePoint(range[1]!);
    const to = range[2] === '*' ? undefined : parsePoint(range[2]!);
    if ((range[1] !== '*' && !from) || (range[2] !== '*' && !to)) throw bad();
    return { ...(from ? { lo: from.start } : {}), ...(to ? { hi: to.end } : {}) };
  }
  const p = parsePoint(created);
  if (!p) throw bad();
  return { lo: p.start, hi: p.end };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** The `created` parameter for a range, in GitHub's date-range syntax. */
export function createdParam(range: SecondRange): string | undefined {
  if (range.lo !== undefined && range.hi !== undefined) return `${iso(range.lo)}..${iso(range.hi)}`;
  if (range.lo !== undefined) return `>=${iso(range.lo)}`;
  if (range.hi !== undefined) return `<=${iso(range.hi)}`;
  return undefined;
}

const narrow = (range: SecondRange, by: SecondRange): SecondRange => ({
  ...range,
  ...(by.lo !== undefined && (range.lo === undefined || by.lo > range.lo) ? { lo: by.lo } : {}),
  ...(by.hi !== undefined && (range.hi === undefined || by.hi < range.hi) ? { hi: by.hi } : {}),
});

/** One REST listing page of the runs matching the caller's filter within `range`. */
export type RangePage = (
  range: SecondRange,
  perPage: number,
  page: number,
) => Promise<RestPage<WorkflowRun>>;

export interface KeysetListing {
  fetch: RangePage;
  /** The caller's own `created` range (or none): every read stays inside it. */
  range: SecondRange;
  /** The caller's filter is one GitHub caps (any filter but `exclude_pull_requests`). */
  capped: boolean;
}

/** GitHub serves at most this many runs of a filtered listing, `created` included. */
export const GITHUB_RESULT_CAP = 1000;

/** A narrowed read carries `created`, so it is capped even when the caller's filter is not. */
function capOf(listing: KeysetListing, range: SecondRange): number {
  return listing.capped || range.lo !== undefined || range.hi !== undefined
    ? GITHUB_RESULT_CAP
    : Number.POSITIVE_INFINITY;
}

/** Reads items [start, end) of a listing, at most 100 wide, in one or two pages. */
async function readSpan(
  listing: KeysetListing,
  range: SecondRange,
  start: number,
  end: number,
): Promise<{ items: WorkflowRun[]; totalCount: number; exhausted: boolean }> {
  const pages = planPages(start, end);
  const results = await Promise.all(pages.map((p) => listing.fetch(range, p.perPage, p.page)));
  const items: WorkflowRun[] = [];
  let totalCount = 0;
  let exhausted = false;
  pages.forEach(({ perPage, page }, i) => {
    const result = results[i]!;
    const from = (page - 1) * perPage;
    totalCount = result.totalCount;
    result.items.forEach((item, j) => {
      if (from + j >= start && from + j < end) items.push(item);
    });
    if (result.items.length < perPage) exhausted = true;
  });
  return { items, totalCount, exhausted: exhausted || end >= totalCount };
}

export interface Slice {
  /** Newest first, as REST lists them. */
  items: WorkflowRun[];
  /** Each item's rank in its second (see `RunPosition.n`), where the read showed it. */
  ranks?: Map<WorkflowRun, number>;
  /** Each item's listing size from its second on (see `RunPosition.s`), where the read showed it. */
  sizes?: Map<WorkflowRun, number>;
  /** Runs exist beyond the slice, on the side it was read towards. */
  more: boolean;
  /** GitHub's count for the caller's filter, when a read of the slice learned it. */
  totalCount?: number;
}

/** Guards a loop that must make progress on every turn; a listing that changes under it is re-read. */
const MAX_TURNS = 50;

/**
 * Up to `count` runs older than `after` (or from the newest), newest first. Each turn reads
 * the listing narrowed to end at the last run kept, so a turn is one request (two when the
 * window plus the cursor's second exceed 100 runs).
 */
export async function olderThan(
  listing: KeysetListing,
  after: RunPosition | undefined,
  count: number,
): Promise<Slice> {
  if (count === 0) {
    const probe = await olderThan(listing, after, 1);
    return { ...probe, items: [], more: probe.items.length > 0 };
  }
  const kept: WorkflowRun[] = [];
  const ranks = new Map<WorkflowRun, number>();
  let bound = after;
  // Runs at the head of the narrowed listing already passed: the cursor's hint, or its own.
  let passed = bound ? (bound.n ?? 1) : 0;
  let totalCount: number | undefined;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const range = bound ? narrow(listing.range, { hi: bound.t }) : listing.range;
    if (isEmpty(range))
      return withCount({ items: kept, more: false, ranks }, bound ? totalCount : 0);
    const need = count - kept.length;
    const start = passed > 0 ? passed - 1 : 0;
    // More than 1,000 runs in one second of a narrowed listing: GitHub serves no further.
    if (start >= GITHUB_RESULT_CAP)
      return withCount({ items: kept, more: false, ranks }, totalCount);
    const end = Math.min(passed + Math.max(need, 1), start + MAX_PAGE_SIZE);
    const read = await readSpan(listing, range, start, end);
    if (!bound) totalCount = read.totalCount;
    // The run before the span must still be one already passed, else the listing moved
    // (a run deleted): read it again from its head.
    const head = read.items[0];
    if (start > 0 && bound && (!head || compareDesc(positionOf(head), bound) < 0)) {
      passed = 0;
      continue;
    }
    // The listing begins with the bound's second, so its runs rank by index; any other
    // second begins inside the span (all before the span are the bound's).
    let run = { t: Number.NaN, count: 0 };
    read.items.forEach((item, j) => {
      const { t } = positionOf(item);
      run = t === run.t ? { t, count: run.count + 1 } : { t, count: 1 };
      ranks.set(item, bound && t === bound.t ? start + j + 1 : run.count);
    });
    const fresh = read.items.filter((item) => !bound || compareDesc(positionOf(item), bound) < 0);
    kept.push(...fresh.slice(0, need));
    if (kept.length >= count) {
      const last = positionOf(kept.at(-1)!);
      const index = read.items.findIndex((item) => compareDesc(positionOf(item), last) === 0);
      const more = index + 1 < read.items.length || start + index + 1 < read.totalCount;
      return withCount({ items: kept.slice(0, count), more, ranks }, totalCount);
    }
    if (read.exhausted) return withCount({ items: kept, more: false, ranks }, totalCount);
    if (fresh.length === 0) {
      passed = end;
      continue;
    }
    const last = positionOf(fresh.at(-1)!);
    passed =
      bound && last.t === bound.t
        ? start + read.items.indexOf(fresh.at(-1)!) + 1
        : read.items.filter((item) => positionOf(item).t === last.t).length;
    bound = last;
  }
  throw new Error('The run listing kept changing while it was read.');
}

/**
 * Up to `count` runs newer than `before` (or from the oldest), the ones nearest it, newest
 * first. REST lists newest first, so the listing narrowed to begin at `before` is read from
 * its end: its first page tells its size (and is the whole answer when the listing fits),
 * then the end is read. Past GitHub's cap the end is out of reach; the run at the cap's edge
 * then narrows the listing from the newer side: two more requests for each 1,000 runs
 * between the window and the newest.
 */
export async function newerThan(
  listing: KeysetListing,
  before: RunPosition | undefined,
  count: number,
): Promise<Slice> {
  if (count === 0) {
    const probe = await newerThan(listing, before, 1);
    return { ...probe, items: [], more: probe.items.length > 0 };
  }
  let range = before ? narrow(listing.range, { lo: before.t }) : listing.range;
  if (isEmpty(range)) return { items: [], more: false, totalCount: 0 };
  const keep = (item: WorkflowRun) => !before || compareDesc(positionOf(item), before) > 0;
  // The cursor's own run ends the narrowed listing: one more read absorbs it.
  const width = Math.min(MAX_PAGE_SIZE, count + (before ? 1 : 0));
  // A cursor's size hint saves asking the size first; a wrong one costs a re-plan.
  let top: RestPage<WorkflowRun> | undefined =
    before?.s === undefined ? await listing.fetch(range, width, 1) : undefined;
  let size = top?.totalCount ?? before!.s!;
  const totalCount = before ? undefined : size;
  let cut = false;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const cap = capOf(listing, range);
    if (size > cap) {
      // The end is past the cap: end the listing at the last reachable run's second.
      const edge = (await listing.fetch(range, 1, cap)).items[0];
      if (!edge) return withCount({ items: [], more: cut }, totalCount);
      range = narrow(range, { hi: positionOf(edge).t });
      cut = true;
      top = await listing.fetch(range, width, 1);
      size = top.totalCount;
      continue;
    }
    let items: WorkflowRun[] = [];
    let start = size;
    if (top && top.items.length >= size) {
      items = top.items.slice(0, size);
      start = 0;
    } else {
      let moved = false;
      while (start > 0 && items.filter(keep).length < count) {
        const missing = count - items.filter(keep).length + (start === size && before ? 1 : 0);
        const from = Math.max(0, start - Math.min(missing, MAX_PAGE_SIZE));
        const read = await readSpan(listing, range, from, start);
        if (read.totalCount !== size) {
          // Runs came or went since the size was read: plan again with the new size.
          size = read.totalCount;
          top = undefined;
          moved = true;
          break;
        }
        items = [...read.items, ...items];
        start = from;
      }
      if (moved) continue;
    }
    const fresh = items.filter(keep);
    return withCount(
      {
        items: fresh.slice(Math.max(0, fresh.length - count)),
        more: cut || start > 0 || fresh.length > count,
        ranks: ranksOf(items),
        // Sizes count from the listing's newest run, which a cut left out.
        ...(cut ? {} : { sizes: sizesOf(items, start) }),
      },
      totalCount,
    );
  }
  throw new Error('The run listing kept changing while it was read.');
}

/**
 * Ranks in their seconds of a run of the listing read contiguously: exact except for the
 * second the read begins inside, where they are low (a hint too low costs a request).
 */
function ranksOf(items: readonly WorkflowRun[]): Map<WorkflowRun, number> {
  const ranks = new Map<WorkflowRun, number>();
  let run = { t: Number.NaN, count: 0 };
  for (const item of items) {
    const { t } = positionOf(item);
    run = t === run.t ? { t, count: run.count + 1 } : { t, count: 1 };
    ranks.set(item, run.count);
  }
  return ranks;
}

/** For runs read contiguously up to the listing's end from `start`: the size from each one's second on. */
function sizesOf(items: readonly WorkflowRun[], start: number): Map<WorkflowRun, number> {
  const sizes = new Map<WorkflowRun, number>();
  let end = start + items.length;
  let t = Number.NaN;
  for (let j = items.length - 1; j >= 0; j--) {
    const item = items[j]!;
    const second = positionOf(item).t;
    if (second !== t) {
      t = second;
      end = start + j + 1;
    }
    sizes.set(item, end);
  }
  return sizes;
}

const isEmpty = (range: SecondRange) =>
  range.lo !== undefined && range.hi !== undefined && range.lo > range.hi;

const withCount = (slice: Slice, totalCount: number | undefined): Slice =>
  totalCount === undefined ? slice : { ...slice, totalCount };
