/** A caller's identity for sharing work between subscribers, never the token itself. */
import { createHash } from 'node:crypto';

export function tokenHash(authorization: string | undefined): string {
  return createHash('sha256')
    .update(authorization ?? '')
    .digest('base64url');
}
