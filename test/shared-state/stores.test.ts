/**
 * The shared stores against a real `redis-server`: what one store instance (a replica)
 * writes, another reads; what it cannot open, it does not serve; and without Redis each
 * falls back to what one process would do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedCallerKey } from '../../src/github/caller.js';
import { EtagCache } from '../../src/github/etag-cache.js';
import { KeyNames } from '../../src/shared-state/key-names.js';
import { RedisLink } from '../../src/shared-state/redis-link.js';
import { SecretBox } from '../../src/shared-state/secret-box.js';
import { SharedConditionalCache } from '../../src/shared-state/shared-conditional-cache.js';
import { SharedPauseStore } from '../../src/shared-state/shared-pause-store.js';
import { type RedisServer, SECRET, startRedis, until } from './support.js';

let redis: RedisServer;
let links: RedisLink[];
beforeAll(async () => {
  redis = await startRedis();
  links = await Promise.all([RedisLink.connect(redis.url), RedisLink.connect(redis.url)]);
});
afterAll(async () => {
  for (const link of links) link.close();
  await redis.close();
});

const names = new KeyNames(SECRET);
const ALICE = 'Bearer alice-token';
const MALLORY = 'Bearer mallory-token';

describe('SecretBox', () => {
  it('opens only what its own key sealed, under the same associated data', () => {
    const box = SecretBox.derive(SECRET, 'etag-cache', ALICE);
    const sealed = box.seal('{"body":1}', 'k1');
    expect(box.open(sealed, 'k1')?.toString()).toBe('{"body":1}');
    expect(box.open(sealed, 'k2')).toBeUndefined();
    expect(SecretBox.derive(SECRET, 'etag-cache', MALLORY).open(sealed, 'k1')).toBeUndefined();
    expect(SecretBox.derive(`${SECRET}x`, 'etag-cache', ALICE).open(sealed, 'k1')).toBeUndefined();
    sealed[sealed.length - 1]! ^= 1;
    expect(box.open(sealed, 'k1')).toBeUndefined();
  });
});

describe('SharedConditionalCache', () => {
  const options = { names, secret: SECRET, ttlMs: 60_000, maxEntryBytes: 1024 };
  it('serves on another replica what one stored, to the same caller only', async () => {
    const [one, two] = links.map((link) => new SharedConditionalCache({ link, ...options }));
    const key = EtagCache.key(keyedCallerKey(SECRET)(ALICE), '/repos/o/r/actions/runs');
    await one!.forCaller(ALICE).set(key, { etag: 'W/"1"', body: '{"total_count":1}' });
    expect(await two!.forCaller(ALICE).get(key)).toEqual({
      etag: 'W/"1"',
      body: '{"total_count":1}',
    });
    // Even given Alice's key, a replica without Alice's token opens nothing.
    expect(await two!.forCaller(MALLORY).get(key)).toBeUndefined();
    expect(await redis.client.pttl(names.name('etag', key))).toBeGreaterThan(50_000);
  });

  it('does not store an answer larger than its bound', async () => {
    const cache = new SharedConditionalCache({ link: links[0]!, ...options }).forCaller(ALICE);
    await cache.set('big', { etag: 'W/"2"', body: 'x'.repeat(2048) });
    expect(await cache.get('big')).toBeUndefined();
    expect(await redis.client.exists(names.name('etag', 'big'))).toBe(0);
  });
});

describe('SharedPauseStore', () => {
  it('a pause set by one replica holds on another, and a later one is never shortened', async () => {
    const [one, two] = links.map((link) => new SharedPauseStore(link, names));
    const until = Date.now() + 30_000;
    await one!.set('caller-a', { until, kind: 'secondary' });
    await one!.set('caller-a', { until: until - 20_000, kind: 'secondary' });
    expect(await two!.get('caller-a')).toEqual({ until, kind: 'secondary' });
    expect(await two!.get('caller-b')).toBeUndefined();
  });
});

describe('without Redis', () => {
  it('the cache finds nothing, a pause seen here still holds, health says down, and all comes back', async () => {
    const link = links[0]!;
    const cache = new SharedConditionalCache({
      link,
      names,
      secret: SECRET,
      ttlMs: 60_000,
      maxEntryBytes: 1024,
    }).forCaller(ALICE);
    await cache.set('k', { etag: 'W/"3"', body: '{}' });
    const pauses = new SharedPauseStore(link, names);
    await redis.stop();
    await until(() => link.health().redis === 'down');
    expect(await cache.get('k')).toBeUndefined();
    await pauses.set('caller-c', { until: Date.now() + 10_000, kind: 'primary' });
    expect((await pauses.get('caller-c'))?.kind).toBe('primary');
    await redis.start();
    await until(() => link.up, 10_000);
    await cache.set('k', { etag: 'W/"4"', body: '{}' });
    expect((await cache.get('k'))?.etag).toBe('W/"4"');
  });
});
