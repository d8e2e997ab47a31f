/**
 * Who is calling, as the REST layer may remember it: a SHA-256 of the `Authorization`
 * header, never the token itself. Anonymous callers share one key, as GitHub counts them
 * together (by the gateway's address).
 */
import { createHash } from 'node:crypto';

export function callerKey(authorization: string | undefined): string {
  return createHash('sha256')
    .update(authorization ?? '')
    .digest('base64url');
}
