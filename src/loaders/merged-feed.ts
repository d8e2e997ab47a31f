/**
 * One runs feed across repositories: each repository's keyset slice from the same position,
 * merged by (creation second, id). Run ids are unique across GitHub, so that order is total
 * and a merge cursor is an ordinary run cursor: each repository is re-read from it with a
 * `created` bound, at the cost of one listing's page each.
 */
import { GitHubError, InvalidInputError } from '../github/errors.js';
import { checkOwner, checkRepositoryName } from '../github/path-params.js';
import type { RepoKey } from './keys.js';
import type { KeysetListing, Slice } from './keyset.js';
import {
  buildWindow,
  countOf,
  type KeysetArgs,
  type RunWindow,
  readSlice,
} from './keyset-window.js';

export const MAX_FEED_REPOSITORIES = 50;

/** `owner/name` entries, checked and distinct (names fold case as GitHub's do), before any call. */
export function checkRepositoryList(entries: readonly string[]): RepoKey[] {
  if (entries.length === 0 || entries.length > MAX_FEED_REPOSITORIES) {
    throw new InvalidInputError(
      `repositories must list 1 to ${MAX_FEED_REPOSITORIES} repositories, got ${entries.length}.`,
      { argument: 'repositories' },
    );
  }
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const argument = `repositories[${index}]`;
    const parts = entry.split('/');
    if (parts.length !== 2) {
      throw new InvalidInputError(
        `Invalid repository ${JSON.stringify(entry)}: expected "owner/name".`,
        { argument },
      );
    }
    const owner = checkOwner(parts[0]!, argument);
    const repo = checkRepositoryName(parts[1]!, argument);
    const key = entry.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new InvalidInputError(
        `Repository ${JSON.stringify(entry)} is listed twice (repositories[${earlier}] and [${index}]).`,
        { argument },
      );
    }
    seen.set(key, index);
    return { owner, repo };
  });
}

/**
 * The merged window. A repository whose listing fails (one the caller cannot see, say) is
 * left out and handed to `failed`; only errors of the REST layer are, anything else fails
 * the whole feed.
 */
export async function mergedWindow(
  listings: readonly KeysetListing[],
  args: KeysetArgs,
  failed: (index: number, error: GitHubError) => void,
): Promise<RunWindow> {
  // A cursor's hints count one repository's runs; the others' differ.
  const { n: _a, s: _sa, ...after } = args.after ?? { t: 0, id: 0 };
  const { n: _b, s: _sb, ...before } = args.before ?? { t: 0, id: 0 };
  const merge = { ...args, after: args.after && after, before: args.before && before };
  const settled = await Promise.allSettled(listings.map((listing) => readSlice(listing, merge)));
  const read: Array<{ listing: KeysetListing; slice: Slice }> = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled')
      read.push({ listing: listings[index]!, slice: outcome.value });
    else if (outcome.reason instanceof GitHubError) failed(index, outcome.reason);
    else throw outcome.reason;
  });
  return buildWindow(
    merge,
    read.map(({ slice }) => slice),
    async () => {
      const counts = await Promise.all(read.map(({ listing, slice }) => countOf(listing, slice)));
      return counts.reduce((sum, n) => sum + n, 0);
    },
  );
}
