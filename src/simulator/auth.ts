/**
 * Token handling. GitHub accepts `Bearer <t>` and `token <t>`; an unknown token is a 401
 * even on public data, and no token at all is anonymous.
 */
import { SEEDED_USERS } from './world/seed-world.js';
import type { UserRecord } from './world/model.js';

export const DEMO_TOKENS = { admin: 'demo-admin-token', read: 'demo-read-token' } as const;

export type TokenKind = 'admin' | 'read' | 'anonymous' | 'invalid';

export interface Identity {
  kind: TokenKind;
  /** Who the token belongs to; the admin token is octocat's, the read token monalisa's. */
  user?: UserRecord;
}

/**
 * `revoked` holds tokens a test (or `POST /_simulator/tokens/revoke`) took back: GitHub then
 * answers them 401 `Bad credentials`, as it does a token deleted by its owner.
 */
export function identify(
  authorization: string | undefined,
  revoked: ReadonlySet<string> = new Set(),
): Identity {
  if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization);
  const token = match?.[1];
  if (token !== undefined && revoked.has(token)) return { kind: 'invalid' };
  if (token === DEMO_TOKENS.admin) return { kind: 'admin', user: SEEDED_USERS.octocat };
  if (token === DEMO_TOKENS.read) return { kind: 'read', user: SEEDED_USERS.monalisa };
  return { kind: 'invalid' };
}
