/**
 * Global ids: `base64url("Type:owner/repo/123")`. Opaque to clients, yet they carry what a
 * REST call needs, so `node(id:)` reaches GitHub without a lookup table. Decoding checks
 * every part, so a forged id is a `BAD_USER_INPUT` and never reaches a path.
 */
import { InvalidInputError } from '../github/errors.js';
import { checkId, checkOwner, checkRepositoryName } from '../github/path-params.js';
import type { RepoKey } from '../loaders/keys.js';

export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const text = Buffer.from(globalId, 'base64url').toString();
  const colon = text.indexOf(':');
  if (
    colon < 1 ||
    encodeGlobalId(text.slice(0, colon), text.slice(colon + 1)) !== globalId.replace(/=+$/, '')
  ) {
    throw new InvalidInputError(`Invalid global id ${JSON.stringify(globalId)}.`, {
      argument: 'id',
    });
  }
  return { typename: text.slice(0, colon), id: text.slice(colon + 1) };
}

/** The repository part of an id: `owner/repo`. */
export function repoIdPart({ owner, repo }: RepoKey): string {
  return `${owner}/${repo}`;
}

/** Parses `owner/repo[/n...]` with `count` numeric parts, each checked as REST would. */
export function parseRepoScopedId(
  id: string,
  count: number,
): { owner: string; repo: string; numbers: number[] } {
  const parts = id.split('/');
  if (parts.length !== 2 + count)
    throw new InvalidInputError(`Invalid global id part ${JSON.stringify(id)}.`, {
      argument: 'id',
    });
  const [owner, repo, ...rest] = parts as [string, string, ...string[]];
  return {
    owner: checkOwner(owner),
    repo: checkRepositoryName(repo),
    numbers: rest.map((n) => checkId(/^\d+$/.test(n) ? Number(n) : Number.NaN, 'id')),
  };
}

/** Decodes a global id that must be of one of the given types (for mutation inputs). */
export function decodeGlobalIdOf(globalId: string, typenames: readonly string[], argument: string) {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId);
  } catch {
    throw new InvalidInputError(`${argument} ${JSON.stringify(globalId)} is not a valid id.`, {
      argument,
    });
  }
  if (!typenames.includes(decoded.typename)) {
    throw new InvalidInputError(
      `${argument} must be the id of a ${typenames.join(' or ')}, got the id of a ${decoded.typename}.`,
      { argument },
    );
  }
  return decoded;
}
