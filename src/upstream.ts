/**
 * Everything a request needs to reach GitHub, shared by every request of the process, with
 * the production defaults filled in: callers (`main.ts`, tests, benchmarks) give the API
 * root and only what they change.
 */
import type { Dispatcher } from 'undici';
import type { SharedServices } from './github/client.js';
import { createDispatcher } from './github/dispatcher.js';
import type { ConditionalCache } from './github/etag-cache.js';
import { ReadsInFlight } from './github/reads-in-flight.js';
import { MemoryPauseStore } from './github/token-pause.js';

export interface Upstream extends SharedServices {
  /** REST API root: `https://api.github.com`, `https://HOST/api/v3`, or the simulator's. */
  apiUrl: string;
  /** The web root links are built on: `https://github.com` or `https://HOST`. */
  webUrl: string;
  apiVersion: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
  /** Most upstream requests one GraphQL operation may make; unlimited when absent. */
  maxUpstreamRequests?: number | undefined;
  /**
   * A conditional cache bound to each caller, used before `etagCache`: shared state seals
   * each entry with a key only that caller's `Authorization` derives.
   */
  etagCacheFor?: ((authorization: string | undefined) => ConditionalCache) | undefined;
}

/** The defaults `createUpstream` fills: what `main.ts` uses unless configured otherwise. */
export const UPSTREAM_DEFAULTS = {
  apiVersion: '2022-11-28',
  timeoutMs: 10_000,
  /** Connections to the upstream, and so requests in flight at once, for the whole process. */
  connections: 128,
  /** Requests of one token in flight at once: GitHub allows 100; the rest is the token's other clients'. */
  perToken: 64,
} as const;

export type UpstreamOptions = Partial<Upstream> & {
  apiUrl: string;
  /** Connections of the dispatcher made here; ignored when a dispatcher is given. */
  connections?: number | undefined;
  /** Offer HTTP/2 on TLS connections of the dispatcher made here (off unless asked). */
  http2?: boolean | undefined;
};

export interface OwnedUpstream {
  upstream: Upstream;
  /** Closes what was made here (the dispatcher); what the caller gave stays the caller's. */
  close(): Promise<void>;
}

export function createUpstream({ connections, http2, ...given }: UpstreamOptions): OwnedUpstream {
  const timeoutMs = given.timeoutMs ?? UPSTREAM_DEFAULTS.timeoutMs;
  const owned = given.dispatcher
    ? undefined
    : createDispatcher({
        connections: connections ?? UPSTREAM_DEFAULTS.connections,
        timeoutMs,
        http2,
      });
  const upstream: Upstream = {
    ...given,
    webUrl: given.webUrl ?? webUrlFor(given.apiUrl),
    apiVersion: given.apiVersion ?? UPSTREAM_DEFAULTS.apiVersion,
    timeoutMs,
    dispatcher: given.dispatcher ?? owned!,
    // A token GitHub told to wait waits in every request of the process, so the store is one.
    pauses: given.pauses ?? new MemoryPauseStore(),
    // A caller's identical reads in flight, in any request of the process, go out once.
    readsInFlight: given.readsInFlight ?? new ReadsInFlight(),
  };
  return { upstream, close: async () => owned?.close() };
}

/** `https://api.github.com` → `https://github.com`; `https://HOST/api/v3` → `https://HOST`. */
export function webUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/$/, '');
}
