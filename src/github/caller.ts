/**
 * Who is calling, as the REST layer may remember it: a hash of the `Authorization` header,
 * never the token itself. Anonymous callers share one key, as GitHub counts them together
 * (by the gateway's address). In one process a SHA-256 is enough; state shared between
 * replicas uses `keyedCallerKey()`, an HMAC with a per-deployment secret, so that a store's
 * keys cannot be tested against a list of tokens.
 */
import { createHash, createHmac } from 'node:crypto';

export type CallerKey = (authorization: string | undefined) => string;

export const callerKey: CallerKey = (authorization) =>
  createHash('sha256').update(credentialOf(authorization)).digest('base64url');

export function keyedCallerKey(secret: string): CallerKey {
  return (authorization) =>
    createHmac('sha256', secret).update(credentialOf(authorization)).digest('base64url');
}

/**
 * The token itself: GitHub takes one token as `Bearer X` or `token X` alike, and its limits,
 * pauses and answers are the token's, so both spellings are one caller.
 */
export function credentialOf(authorization: string | undefined): string {
  if (!authorization) return '';
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization);
  return match ? `token ${match[1]}` : authorization;
}
