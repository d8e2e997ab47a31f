/** What a route handler receives and returns. Handlers are synchronous: all I/O stays in the server. */
import type { Identity } from '../auth.js';
import type { LogUrlSigner } from '../logs/signed-url.js';
import type { RateLimitState } from '../rate-limit.js';
import type { RepoRecord, World } from '../world/model.js';
import { ApiError } from './api-error.js';

export interface HandlerContext {
  world: World;
  /** API root, e.g. `http://127.0.0.1:40123`. */
  base: string;
  /** The full request URL on the simulator, for Link headers. */
  url: URL;
  now: Date;
  params: Record<string, string>;
  identity: Identity;
  /** The repository named by the path, already checked for existence and access (repository routes only). */
  repo?: RepoRecord;
  signer: LogUrlSigner;
  rateLimit: RateLimitState;
  /** The request body parsed as JSON; undefined when empty. Throws 400 when malformed. */
  body(): unknown;
}

export interface Reply {
  status: number;
  /** JSON-serialised unless it is a Buffer. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Reply;

export function repoOf(ctx: HandlerContext): RepoRecord {
  if (!ctx.repo) throw new ApiError(404, 'Not Found');
  return ctx.repo;
}

export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(400, 'Problems parsing JSON');
  }
}
