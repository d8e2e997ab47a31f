/**
 * Everything `REDIS_URL` turns on, assembled in one place: the pieces of `Upstream` (a
 * shared conditional cache, pauses, write spacing and the HMAC caller key) and of `Live`
 * (the event target and the lease-based poller registry), plus `health()` and `close()`.
 * Without `REDIS_URL` there is nothing to assemble: `createSharedState` answers `undefined`
 * and the gateway stays in-process.
 */
import { keyedCallerKey } from '../github/caller.js';
import type { Upstream } from '../upstream.js';
import type { LiveOptions } from '../live/live.js';
import { KeyNames } from './key-names.js';
import { LeasedPollerRegistry } from './leased-poller-registry.js';
import type { HealthReport } from '../plugins/use-health.js';
import { RedisLink } from './redis-link.js';
import { SecretBox } from './secret-box.js';
import { SharedConditionalCache } from './shared-conditional-cache.js';
import { createSharedEventTarget } from './shared-event-target.js';
import { SharedPauseStore } from './shared-pause-store.js';
import { SharedWriteSpacing } from './shared-write-spacing.js';

export interface SharedStateConfig {
  redisUrl: string | undefined;
  /** Required with `redisUrl` (config.ts checks it). */
  sharedStateSecret: string | undefined;
  pollIntervalMs: number;
  writeIntervalMs: number;
  sharedCacheTtlSeconds: number;
  sharedCacheMaxEntryKb: number;
}

export interface SharedState {
  upstream: Pick<Upstream, 'etagCacheFor' | 'pauses' | 'writeSpacer' | 'callerKey'>;
  live: Pick<LiveOptions, 'eventTarget' | 'pollers'>;
  /** `degraded` while Redis is away. */
  health(): HealthReport;
  close(): void;
}

export async function createSharedState(
  config: SharedStateConfig,
): Promise<SharedState | undefined> {
  if (!config.redisUrl || !config.sharedStateSecret) return undefined;
  const secret = config.sharedStateSecret;
  const link = await RedisLink.connect(config.redisUrl);
  const names = new KeyNames(secret);
  const pollers = new LeasedPollerRegistry({
    link,
    names,
    box: SecretBox.derive(secret, 'poll-state'),
    intervalMs: config.pollIntervalMs,
  });
  const cache = new SharedConditionalCache({
    link,
    names,
    secret,
    ttlMs: config.sharedCacheTtlSeconds * 1000,
    maxEntryBytes: config.sharedCacheMaxEntryKb * 1024,
  });
  return {
    upstream: {
      etagCacheFor: (authorization) => cache.forCaller(authorization),
      pauses: new SharedPauseStore(link, names),
      writeSpacer: new SharedWriteSpacing(link, names, config.writeIntervalMs),
      callerKey: keyedCallerKey(secret),
    },
    live: {
      eventTarget: createSharedEventTarget(link, names, SecretBox.derive(secret, 'events')),
      pollers,
    },
    health: () => {
      const sharedState = { ...link.health(), pollingHere: pollers.active };
      return { status: sharedState.redis === 'up' ? 'ok' : 'degraded', sharedState };
    },
    close: () => {
      pollers.close();
      // Lease releases go out before the connections close.
      setTimeout(() => link.close(), 50).unref();
    },
  };
}
