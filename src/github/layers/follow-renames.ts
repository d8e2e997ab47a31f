/**
 * Renamed and transferred repositories. GitHub answers a request under the old name with
 * `301` (`307` for other methods) pointing at the same route under
 * `/repositories/{repository_id}`, and asks clients to follow it. The client follows one
 * only when it is safe: for a read, to the same API origin and root (so the caller's token
 * never travels to another host), into a repository route, at most `MAX_RENAME_HOPS` times
 * per request. Each hop is a request like any other and spends the operation's budget.
 */
import { UpstreamStatusError } from '../errors.js';
import { header, type Layer } from './layer.js';

export const RENAME_STATUSES: ReadonlySet<number> = new Set([301, 307, 308]);
export const MAX_RENAME_HOPS = 2;

/** Where a redirect may lead: a repository route, by id or by name. */
const REPOSITORY_ROUTE = /^\/(?:repositories\/\d+|repos\/[^/?#]+\/[^/?#]+)(?:[/?]|$)/;

export interface RenameHop {
  apiUrl: string;
  status: number;
  location: string | undefined;
  /** Redirects already followed for this request. */
  hops: number;
  write: boolean;
  /** False for `repository(followRenames: false)`: report the move instead of following it. */
  follow: boolean;
}

/** The API path under `apiUrl` that `location` names, or undefined when it lies elsewhere. */
export function sameApiPath(apiUrl: string, location: string | undefined): string | undefined {
  if (!location) return undefined;
  const base = new URL(apiUrl);
  let target: URL;
  try {
    target = new URL(location, `${apiUrl}/`);
  } catch {
    return undefined;
  }
  const root = base.pathname.replace(/\/$/, '');
  if (
    target.origin !== base.origin ||
    target.username ||
    target.password ||
    !target.pathname.startsWith(`${root}/`)
  )
    return undefined;
  const path = `${target.pathname.slice(root.length)}${target.search}`;
  return REPOSITORY_ROUTE.test(path) ? path : undefined;
}

/**
 * The path and query to send next, relative to the API root; throws a coded error when the
 * redirect is not followed. Call it only for a status in `RENAME_STATUSES`.
 */
export function nextRenameHop({
  apiUrl,
  status,
  location,
  hops,
  write,
  follow,
}: RenameHop): string {
  const path = sameApiPath(apiUrl, location);
  if (path === undefined) {
    // A foreign Location is never named in the error: it may be any host.
    throw new UpstreamStatusError(
      'UPSTREAM_ERROR',
      status,
      'GitHub redirected this request somewhere other than its own API; the gateway does not follow it, so your token stays with GitHub.',
    );
  }
  const moved = { location: path, ...repositoryIdOf(path) };
  if (!follow) {
    throw new UpstreamStatusError(
      'NOT_FOUND',
      status,
      'The repository was renamed or transferred; with followRenames: false its new location is not read. `extensions.location` is where it is now.',
      moved,
    );
  }
  if (write) {
    throw new UpstreamStatusError(
      'NOT_FOUND',
      status,
      'The repository was renamed or transferred, and a write is never resent to a new location. Read it under its new name and try again.',
      moved,
    );
  }
  if (hops >= MAX_RENAME_HOPS) {
    throw new UpstreamStatusError(
      'UPSTREAM_ERROR',
      status,
      `GitHub redirected this request more than ${MAX_RENAME_HOPS} times; the gateway stopped following.`,
    );
  }
  return path;
}

function repositoryIdOf(path: string): { repositoryId?: number } {
  const id = /^\/repositories\/(\d+)/.exec(path)?.[1];
  return id ? { repositoryId: Number(id) } : {};
}

/** Follows a rename's redirect where `nextRenameHop` allows; each hop is a new request. */
export function followRenames(apiUrl: string): Layer {
  return (next) => async (req) => {
    let hop = req;
    for (let hops = 0; ; hops += 1) {
      const answer = await next(hop);
      if (!RENAME_STATUSES.has(answer.status)) return answer;
      const pathAndQuery = nextRenameHop({
        apiUrl,
        status: answer.status,
        location: header(answer.headers, 'location'),
        hops,
        write: req.write,
        follow: req.followRenames,
      });
      hop = { ...hop, pathAndQuery };
    }
  };
}
