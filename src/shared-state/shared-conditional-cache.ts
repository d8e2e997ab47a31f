/**
 * The conditional-request cache every replica shares: an ETag and body stored by one serve
 * `If-None-Match` on all of them. Keys are HMACs of `EtagCache.key()` (itself keyed by the
 * HMAC caller key); each entry (ETag and body) is sealed under a key derived from the
 * deployment secret and the caller's own `Authorization`, so only a request carrying that
 * token can open it. Entries expire after `ttlMs`; an entry larger than `maxEntryBytes` is
 * not stored, which with the TTL bounds what the cache can hold (README, "Running several
 * replicas": the Redis `maxmemory` policy is the operator's).
 *
 * Whatever Redis does, the client only ever serves a body after GitHub's 304 to this
 * caller's request; when Redis is away `get` finds nothing and the request goes plain.
 */
import { credentialOf } from '../github/caller.js';
import type { CachedAnswer, ConditionalCache } from '../github/etag-cache.js';
import type { KeyNames } from './key-names.js';
import type { RedisLink } from './redis-link.js';
import { SecretBox } from './secret-box.js';

export interface SharedConditionalCacheOptions {
  link: RedisLink;
  names: KeyNames;
  secret: string;
  ttlMs: number;
  maxEntryBytes: number;
}

export class SharedConditionalCache {
  constructor(private readonly options: SharedConditionalCacheOptions) {}

  /** The cache as one caller's requests see it: sealed with that caller's key. */
  forCaller(authorization: string | undefined): ConditionalCache {
    const { link, names, secret, ttlMs, maxEntryBytes } = this.options;
    const box = SecretBox.derive(secret, 'etag-cache', credentialOf(authorization));
    return {
      async get(key: string): Promise<CachedAnswer | undefined> {
        const name = names.name('etag', key);
        try {
          const sealed = await link.commands.getBuffer(name);
          const plain = sealed && box.open(sealed, name);
          return plain ? (JSON.parse(plain.toString()) as CachedAnswer) : undefined;
        } catch {
          return undefined;
        }
      },
      async set(key: string, answer: CachedAnswer): Promise<void> {
        const name = names.name('etag', key);
        const plain = JSON.stringify({ etag: answer.etag, body: answer.body });
        try {
          if (Buffer.byteLength(plain) > maxEntryBytes) await link.commands.del(name);
          else await link.commands.set(name, box.seal(plain, name), 'PX', ttlMs);
        } catch {
          // Redis away: the next request goes plain.
        }
      },
      async delete(key: string): Promise<void> {
        await link.commands.del(names.name('etag', key)).catch(() => undefined);
      },
    };
  }
}
