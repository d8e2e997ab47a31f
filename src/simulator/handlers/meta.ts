/** `GET /rate_limit` and `GET /repos/{owner}/{repo}`, which the gateway uses beside the Actions routes. */
import { repoOf, type HandlerContext, type Reply } from '../http/handler.js';
import { renderRepository } from '../payloads/repository.js';

export function getRateLimit(ctx: HandlerContext): Reply {
  const core = ctx.rateLimit;
  return { status: 200, body: { resources: { core }, rate: core } };
}

/** GitHub adds the caller's `permissions` for an authenticated caller, and omits them for an anonymous one. */
const PERMISSIONS = {
  admin: { admin: true, maintain: true, push: true, triage: true, pull: true },
  read: { admin: false, maintain: false, push: false, triage: false, pull: true },
} as const;

export function getRepository(ctx: HandlerContext): Reply {
  const kind = ctx.identity.kind;
  const permissions = kind === 'admin' || kind === 'read' ? { permissions: PERMISSIONS[kind] } : {};
  return { status: 200, body: { ...renderRepository(ctx.base, repoOf(ctx)), ...permissions } };
}
