import { describe, expect, it } from 'vitest';
import { callerKey, keyedCallerKey } from '../../src/github/caller.js';
import { EtagCache } from '../../src/github/etag-cache.js';

describe('EtagCache', () => {
  it('partitions answers by caller without keeping the token', () => {
    const a = EtagCache.key(callerKey('Bearer ghp_secret-one'), '/repos/o/r/actions/runs');
    const b = EtagCache.key(callerKey('Bearer ghp_secret-two'), '/repos/o/r/actions/runs');
    const anonymous = EtagCache.key(callerKey(undefined), '/repos/o/r/actions/runs');
    expect(new Set([a, b, anonymous]).size).toBe(3);
    expect(a).not.toContain('secret');
    expect(a.endsWith(' /repos/o/r/actions/runs')).toBe(true);
  });

  it('names one token as one caller, however the header spells its scheme', () => {
    expect(callerKey('Bearer ghp_one')).toBe(callerKey('token ghp_one'));
    expect(callerKey('bearer  ghp_one ')).toBe(callerKey('Token ghp_one'));
    expect(callerKey('Bearer ghp_one')).not.toBe(callerKey('Bearer ghp_two'));
    expect(callerKey('Basic dXNlcjpwYXNz')).not.toBe(callerKey(undefined));
    const keyed = keyedCallerKey('deployment');
    expect(keyed('Bearer ghp_one')).toBe(keyed('token ghp_one'));
  });

  it('keys shared state with a per-deployment secret', () => {
    const token = 'Bearer ghp_secret-one';
    const one = keyedCallerKey('deployment-one')(token);
    expect(one).not.toBe(callerKey(token));
    expect(one).not.toBe(keyedCallerKey('deployment-two')(token));
    expect(one).toBe(keyedCallerKey('deployment-one')(token));
    expect(one).not.toContain('secret');
  });

  it('keeps at most maxBytes of bodies, dropping the least recently used first', () => {
    const cache = new EtagCache(10);
    cache.set('a', { etag: '"1"', body: 'aaaa' });
    cache.set('b', { etag: '"2"', body: 'bbbb' });
    expect(cache.get('a')?.etag).toBe('"1"'); // a is now the most recently used
    cache.set('c', { etag: '"3"', body: 'cccc' });
    expect([...cache.keys()]).toEqual(['a', 'c']);
    expect(cache.bytes).toBe(8);
    cache.set('a', { etag: '"4"', body: 'a' });
    expect(cache.bytes).toBe(5);
    cache.set('huge', { etag: '"5"', body: 'x'.repeat(11) });
    expect(cache.get('huge')).toBeUndefined();
    expect(() => new EtagCache(0)).toThrow(RangeError);
  });
});
