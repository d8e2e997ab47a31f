/**
 * The REST client is one plain sender (`transport.ts`) wrapped in layers, one concern a
 * file, as undici composes interceptors onto a dispatcher and Octokit wraps its request with
 * hooks. A layer takes the next sender and returns a sender; `compose()` stacks them in the
 * order `client.ts` lists them, outermost first.
 */
import type { CachedAnswer } from '../etag-cache.js';
import type { RateLimitInfo } from '../rate-limit.js';
import type { Method, RouteName } from '../routes.js';

export interface UpstreamRequest {
  route: RouteName;
  method: Method;
  /** The route template (`/repos/{owner}/{repo}/actions/runs`), for observers. */
  template: string;
  /** Path and query, relative to the API root. */
  pathAndQuery: string;
  body: string | undefined;
  /** Every method but GET: never retried, never resent to a new location, spaced. */
  write: boolean;
  /** False: a renamed repository's redirect is reported (NOT_FOUND), not followed. */
  followRenames: boolean;
  /** Headers a layer adds to the client's own (`If-None-Match`). */
  headers: Record<string, string>;
}

export type Headers = Record<string, string | string[] | undefined>;

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, when a layer already holds it (an answer revalidated by a 304). */
  data?: unknown;
  /** GitHub answered 304 and the body is the one kept from before. */
  revalidated?: boolean;
  /** The conditional cache's entry behind this answer, whose parsed body may be kept. */
  cached?: CachedAnswer | undefined;
  /** The rate-limit headers this answer carried. */
  rateLimit?: RateLimitInfo | undefined;
  /** A logs route's download link (its `302`), read and never followed. */
  link?: string | undefined;
}

export type Send = (request: UpstreamRequest) => Promise<UpstreamAnswer>;
export type Layer = (next: Send) => Send;

/** What the layers of one client (one GraphQL operation) share and count. */
export interface ClientState {
  /** The caller as shared state names it (`callerKey()`), never the token. */
  readonly caller: string;
  /** Aborts when the caller has gone. */
  readonly signal: AbortSignal;
  /** Requests sent: first tries, rename hops and retries. */
  sent: number;
  /** Of those, answered `304` (free against the primary rate limit). */
  revalidated: number;
  /** Reads answered by an identical read of the same caller already in flight, not sent. */
  shared: number;
  /** REST objects the answers carried (list items count one each). */
  objects: number;
  /** The rate-limit headers of the latest answer. */
  rateLimit: RateLimitInfo | undefined;
}

/** A layer that does nothing: what an optional layer is when its option is absent. */
export const passThrough: Layer = (next) => next;

/** The layer for writes only; reads go straight to the next sender. */
export function forWrites(layer: Layer): Layer {
  return (next) => {
    const wrapped = layer(next);
    return (req) => (req.write ? wrapped(req) : next(req));
  };
}

export function compose(layers: readonly Layer[], transport: Send): Send {
  return layers.reduceRight<Send>((next, layer) => layer(next), transport);
}

export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const REFUSED = Symbol('refused');

/** Marks an error as a request refused before it was sent (so a retry gives up quietly). */
export function refused<E extends Error>(error: E): E {
  (error as E & { [REFUSED]?: true })[REFUSED] = true;
  return error;
}

export function isRefusal(error: unknown): boolean {
  return (error as { [REFUSED]?: true } | undefined)?.[REFUSED] === true;
}
