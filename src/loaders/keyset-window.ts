/**
 * Relay windows of run listings over keyset slices (keyset.ts): the arguments checked before
 * any call, the slice read, edges with keyset cursors, and `totalCount` read only when asked
 * for and not already known. One listing and a merge of several share this code.
 */
import { InvalidInputError } from '../github/errors.js';
import type { WorkflowRun } from '../github/types.js';
import {
  compareDesc,
  decodeRunCursor,
  encodeRunCursor,
  type KeysetListing,
  newerThan,
  olderThan,
  positionOf,
  type RunPosition,
  type Slice,
} from './keyset.js';
import { checkCount, DEFAULT_PAGE_SIZE, type WindowArgs } from './paginate.js';

export interface KeysetArgs {
  first?: number | undefined;
  last?: number | undefined;
  after?: RunPosition | undefined;
  before?: RunPosition | undefined;
}

/** Checks the window arguments and decodes their cursors, before any request. */
export function checkKeysetArgs(args: WindowArgs): KeysetArgs {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== undefined && last !== undefined) {
    throw new InvalidInputError('Passing both `first` and `last` is not supported.', {
      argument: 'last',
    });
  }
  return {
    first,
    last,
    after: args.after ? decodeRunCursor(args.after, 'after') : undefined,
    before: args.before ? decodeRunCursor(args.before, 'before') : undefined,
  };
}

export interface RunWindow {
  edges: Array<{ cursor: string; node: WorkflowRun }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** GitHub's count for the filter; a getter, so an unselected count costs nothing. */
  readonly totalCount: number | Promise<number>;
  /** Keyset windows reach every run GitHub counts. */
  readonly reachableCount: number | Promise<number>;
}

/** Which slice a window reads: towards older runs for `first`, newer for `last`. */
export function sliceDirection(args: KeysetArgs): 'older' | 'newer' {
  return args.last !== undefined ? 'newer' : 'older';
}

export function readSlice(listing: KeysetListing, args: KeysetArgs): Promise<Slice> {
  return sliceDirection(args) === 'newer'
    ? newerThan(listing, args.before, args.last!)
    : olderThan(listing, args.after, args.first ?? DEFAULT_PAGE_SIZE);
}

/** The count a slice learned, or one `per_page=1` read of the unnarrowed listing. */
export function countOf(listing: KeysetListing, slice: Slice): number | Promise<number> {
  return slice.totalCount ?? listing.fetch(listing.range, 1, 1).then((page) => page.totalCount);
}

/**
 * Newest first, from slices already in hand (one per repository for a merge): the window's
 * runs in REST order, and pageInfo as Relay defines it for `first`/`after` and `last`/`before`.
 */
export function buildWindow(
  args: KeysetArgs,
  slices: Slice[],
  count: () => number | Promise<number>,
): RunWindow {
  const newer = sliceDirection(args) === 'newer';
  const size = newer ? args.last! : (args.first ?? DEFAULT_PAGE_SIZE);
  // Each run's position once: parsing its creation time in every comparison was visible in
  // a profile of large answers.
  const positions = new Map<WorkflowRun, RunPosition>();
  const at = (item: WorkflowRun) => {
    let position = positions.get(item);
    if (!position) positions.set(item, (position = positionOf(item)));
    return position;
  };
  let items = slices.flatMap((slice) => slice.items).sort((a, b) => compareDesc(at(b), at(a)));
  let more = slices.some((slice) => slice.more) || items.length > size;
  items = newer ? items.slice(Math.max(0, items.length - size)) : items.slice(0, size);
  // The other cursor, when both are given, ends the window on its side.
  const { after, before } = args;
  const inside = items.filter(
    (item) =>
      (!after || compareDesc(at(item), after) < 0) &&
      (!before || compareDesc(at(item), before) > 0),
  );
  // Cut short by the other cursor: its run lies beyond.
  if (inside.length < items.length) more = true;
  // A rank is a hint about one listing; a merge's cursor goes without.
  const ranks = slices.length === 1 ? slices[0]!.ranks : undefined;
  const sizes = slices.length === 1 ? slices[0]!.sizes : undefined;
  // A cursor is made when it is read (an edge's `cursor`, or pageInfo's ends), not for every
  // run of every window: most answers select `nodes` and no cursor at all.
  const cursorOf = (node: WorkflowRun) =>
    encodeRunCursor({ ...at(node), n: ranks?.get(node), s: sizes?.get(node) });
  const edges = inside.map((node) => ({
    get cursor() {
      return cursorOf(node);
    },
    node,
  }));
  let counted: number | Promise<number> | undefined;
  const total = () => {
    counted ??= count();
    return counted;
  };
  return {
    edges,
    pageInfo: {
      hasNextPage: newer ? before !== undefined : more,
      hasPreviousPage: newer ? more : after !== undefined,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return total();
    },
    get reachableCount() {
      return total();
    },
  };
}

/** One listing's window. */
export async function keysetWindow(listing: KeysetListing, args: KeysetArgs): Promise<RunWindow> {
  const slice = await readSlice(listing, args);
  return buildWindow(args, [slice], () => countOf(listing, slice));
}

/** Oldest first is the newest-first window read from its other end, with cursors swapped. */
export function ascendingArgs(args: WindowArgs): WindowArgs {
  return {
    first: args.last,
    after: args.before,
    last: args.first ?? (args.last == null ? DEFAULT_PAGE_SIZE : undefined),
    before: args.after,
  };
}

export function reversed(window: RunWindow): RunWindow {
  const { hasNextPage, hasPreviousPage, startCursor, endCursor } = window.pageInfo;
  return {
    edges: [...window.edges].reverse(),
    pageInfo: {
      hasNextPage: hasPreviousPage,
      hasPreviousPage: hasNextPage,
      startCursor: endCursor,
      endCursor: startCursor,
    },
    get totalCount() {
      return window.totalCount;
    },
    get reachableCount() {
      return window.reachableCount;
    },
  };
}
