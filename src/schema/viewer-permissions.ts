import type { Context } from '../context.js';
import type { RepoKey } from '../loaders/keys.js';

/**
 * Whether the caller may write to the repository: GitHub's Actions writes (cancel, rerun,
 * delete, dispatch) all need write access. It reads the `permissions` that `GET
 * /repos/{owner}/{repo}` carries for the caller, through the repository loader, so every
 * `viewerCan*` field of one repository costs one request per operation, shared with the
 * repository's other fields. An anonymous caller gets no `permissions`, so false.
 */
export async function viewerCanPush(ctx: Context, key: RepoKey): Promise<boolean> {
  const repository = await ctx.loaders.repository.load({ owner: key.owner, repo: key.repo });
  return repository.permissions?.push === true;
}
