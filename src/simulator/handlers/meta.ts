/** `GET /rate_limit` and `GET /repos/{owner}/{repo}`, which the gateway uses beside the Actions routes. */
import { repoOf, type HandlerContext, type Reply } from '../http/handler.js';
import { renderRepository } from '../payloads/repository.js';

export function getRateLimit(ctx: HandlerContext): Reply {
  const core = ctx.rateLimit;
  return { status: 200, body: { resources: { core }, rate: core } };
}

export function getRepository(ctx: HandlerContext): Reply {
  return { status: 200, body: renderRepository(ctx.base, repoOf(ctx)) };
}
