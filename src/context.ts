/**
 * What every resolver of one GraphQL request gets: a REST client that forwards this
 * caller's `Authorization` and nothing else, and loaders made for this request alone.
 */
import type { Dispatcher } from 'undici';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import type { EtagCache } from './github/etag-cache.js';
import type { PauseStore } from './github/token-pause.js';
import type { WriteSpacer } from './github/write-spacing.js';
import type { Demand } from './limits/demand.js';
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
  etagCache?: EtagCache | undefined;
  /** Tokens GitHub told to wait, shared by every request (`createGateway` makes one when absent). */
  pauses?: PauseStore | undefined;
  /** Spaces each token's writes, shared by every request; none when absent. */
  writeSpacer?: WriteSpacer | undefined;
}

export interface Context {
  github: GitHubClient;
  loaders: Loaders;
  upstream: Upstream;
  /** The operation's estimated demand, set before it executes (src/plugins/use-demand-limits.ts). */
  demand?: Demand | undefined;
}

export function createContext(
  upstream: Upstream,
  authorization: string | null | undefined,
  /** The caller's request signal: when it aborts, the operation sends nothing more. */
  signal?: AbortSignal,
): Context {
  const github = createGitHubClient({
    baseUrl: upstream.apiUrl,
    apiVersion: upstream.apiVersion,
    timeoutMs: upstream.timeoutMs,
    dispatcher: upstream.dispatcher,
    authorization: authorization ?? undefined,
    maxRequests: upstream.maxRequestsPerOperation,
    etagCache: upstream.etagCache,
    pauses: upstream.pauses,
    writeSpacer: upstream.writeSpacer,
    signal,
  });
  return { github, loaders: createLoaders(github), upstream };
}

/** `https://api.github.com` → `https://github.com`; `https://HOST/api/v3` → `https://HOST`. */
export function webUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/$/, '');
}
