import { createHash } from 'node:crypto';

/** A weak validator from the exact bytes sent, as GitHub's `W/"..."` ETags. */
export function etagFor(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('hex')}"`;
}

/** If-None-Match may list several tags, weak or strong; weak comparison is what GitHub applies. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string): string => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}
