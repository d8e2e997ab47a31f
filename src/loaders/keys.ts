/**
 * What identifies a REST resource of a repository. Owner and repository names are
 * case-insensitive on GitHub, so cache keys fold case: `Octo-Org/Repo` and `octo-org/repo`
 * share one load.
 */
export interface RepoKey {
  owner: string;
  repo: string;
}

export interface RunKey extends RepoKey {
  runId: number;
}

export interface AttemptKey extends RunKey {
  attempt: number;
}

export function repoCacheKey({ owner, repo }: RepoKey): string {
  return `${owner}/${repo}`.toLowerCase();
}

/** A stable cache key for a key object: its repository, then its other fields in order. */
export function cacheKey(key: RepoKey & object): string {
  const { owner, repo, ...rest } = key as RepoKey & Record<string, unknown>;
  return `${repoCacheKey({ owner, repo })}?${JSON.stringify(rest, Object.keys(rest).sort())}`;
}
