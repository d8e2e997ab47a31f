/**
 * What every resolver of one GraphQL request gets: a REST client that forwards this
 * caller's `Authorization` and nothing else, and loaders made for this request alone.
 */
import { createGitHubClient, type GitHubClient } from './github/client.js';
import type { Demand } from './limits/demand.js';
import type { Live } from './live/live.js';
import { createLoaders, type Loaders } from './loaders/loaders.js';
import type { Upstream } from './upstream.js';

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
  // The upstream's settings and shared services, and this caller's own header and signal.
  const github = createGitHubClient({
    ...upstream,
    authorization: authorization ?? undefined,
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
