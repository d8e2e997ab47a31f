/**
 * What every resolver of one GraphQL request gets: a REST client that forwards this
 * caller's `Authorization` and nothing else, and loaders made for this request alone.
 */
import type { Dispatcher } from 'undici';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import type { CallerKey } from './github/caller.js';
import type { ConditionalCache } from './github/etag-cache.js';
import type { RestObserver } from './github/observer.js';
import type { UpstreamScheduler } from './github/scheduler.js';
import type { PauseStore } from './github/token-pause.js';
import type { WriteSpacing } from './github/write-spacing.js';
import type { Demand } from './limits/demand.js';
import type { Live } from './live/live.js';
import { createLoaders, type Loaders } from './loaders/loaders.js';

export interface Upstream {
  /** REST API root: `https://api.github.com`, `https://HOST/api/v3`, or the simulator's. */
  apiUrl: string;
  /** The web root links are built on: `https://github.com` or `https://HOST`. */
  webUrl: string;
  apiVersion: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
  /** Most upstream requests one GraphQL operation may make; unlimited when absent. */
  maxRequestsPerOperation?: number | undefined;
  /** The process's conditional-request cache; none when absent. */
  etagCache?: ConditionalCache | undefined;
  /** A cache bound to each caller (shared state seals entries with the caller's key); before `etagCache`. */
  etagCacheFor?: ((authorization: string | undefined) => ConditionalCache) | undefined;
  /** Tokens GitHub told to wait, shared by every request (`createGateway` makes one when absent). */
  pauses?: PauseStore | undefined;
  /** Spaces each token's writes, shared by every request; none when absent. */
  writeSpacer?: WriteSpacing | undefined;
  /** How callers are named in shared state (an HMAC when that state is shared); SHA-256 when absent. */
  callerKey?: CallerKey | undefined;
  /** When each request may go: per-token limits, fair between tokens; at once when absent. */
  scheduler?: UpstreamScheduler | undefined;
  /** Told of every REST request and its outcome (src/observability/); none when absent. */
  observer?: RestObserver | undefined;
}

export interface Context {
  github: GitHubClient;
  loaders: Loaders;
  upstream: Upstream;
  /** The operation's estimated demand, set before it executes (src/plugins/use-demand-limits.ts). */
  demand?: Demand | undefined;
  /** The caller's `Authorization`, kept to renew the context for each subscription event. */
  authorization?: string | undefined;
  /** Subscriptions' services; absent when the gateway serves no subscriptions. */
  live?: Live | undefined;
  /** What subscriptions are counted against: a WebSocket, or one HTTP request. */
  connection?: object | undefined;
}

export interface LiveContextOptions {
  live?: Live | undefined;
  connection?: object | undefined;
  /** The caller's request signal: when it aborts, the operation sends nothing more. */
  signal?: AbortSignal | undefined;
}

export function createContext(
  upstream: Upstream,
  authorization: string | null | undefined,
  liveOptions: LiveContextOptions = {},
): Context {
  const github = createGitHubClient({
    baseUrl: upstream.apiUrl,
    apiVersion: upstream.apiVersion,
    timeoutMs: upstream.timeoutMs,
    dispatcher: upstream.dispatcher,
    authorization: authorization ?? undefined,
    maxRequests: upstream.maxRequestsPerOperation,
    etagCache: upstream.etagCacheFor?.(authorization ?? undefined) ?? upstream.etagCache,
    pauses: upstream.pauses,
    writeSpacer: upstream.writeSpacer,
    callerKey: upstream.callerKey,
    scheduler: upstream.scheduler,
    observer: upstream.observer,
    signal: liveOptions.signal,
  });
  const { signal: _signal, ...live } = liveOptions;
  return {
    github,
    loaders: createLoaders(github),
    upstream,
    authorization: authorization ?? undefined,
    ...live,
  };
}

/** The same caller with a new client and loaders: each subscription event reads afresh. */
export function renewContext<C extends Context>(ctx: C): C {
  return {
    ...ctx,
    ...createContext(ctx.upstream, ctx.authorization, {
      live: ctx.live,
      connection: ctx.connection,
    }),
  };
}

/** `https://api.github.com` → `https://github.com`; `https://HOST/api/v3` → `https://HOST`. */
export function webUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/$/, '');
}
