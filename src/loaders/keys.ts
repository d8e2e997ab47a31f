/**
 * What identifies a REST resource of a repository. Owner and repository names are
 * case-insensitive on GitHub, so cache keys fold case: `Octo-Org/Repo` and `octo-org/repo`
 * share one load.
 */
export interface RepoKey {
  owner: string;
  repo: string;
  /** False (from `repository(followRenames: false)`): a renamed repository is NOT_FOUND. */
  followRenames?: boolean | undefined;
}

export interface RunKey extends RepoKey {
  runId: number;
}

export interface AttemptKey extends RunKey {
  attempt: number;
}

export function repoCacheKey({ owner, repo, followRenames }: RepoKey): string {
  return `${owner}/${repo}`.toLowerCase() + (followRenames === false ? '!' : '');
}

/** The repository part of a key, with what it says about renames. */
export function repoKeyOf({ owner, repo, followRenames }: RepoKey): RepoKey {
  return followRenames === false ? { owner, repo, followRenames } : { owner, repo };
}

/**
 * A cache key made of the repository and the named fields only, so a key object that
 * carries more (a run's payload, say) still meets the same cache entry.
 */
export function cacheKeyOf<K extends RepoKey>(
  fields: ReadonlyArray<Exclude<keyof K, keyof RepoKey>>,
) {
  return (key: K): string =>
    `${repoCacheKey(key)}?${JSON.stringify(fields.map((field) => key[field] ?? null))}`;
}
