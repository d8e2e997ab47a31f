import { describe, expect, it } from 'vitest';
import { MemoryPauseStore, pauseFor } from '../../src/github/token-pause.js';
import { WriteSpacer } from '../../src/github/write-spacing.js';

describe('pauseFor', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('waits retry-after when GitHub sent it', () => {
    expect(pauseFor({ retryAfter: 30 }, now)).toEqual({ until: now + 30_000, kind: 'secondary' });
  });
  it('waits for the reset of a spent primary limit', () => {
    expect(pauseFor({ resetAt: '2026-12-02T12:10:00Z' }, now)).toEqual({
      until: now + 600_000,
      kind: 'primary',
    });
  });
  it('waits a minute when the reset is already past (clock skew)', () => {
    expect(pauseFor({ resetAt: '2026-12-02T11:00:00Z' }, now)).toEqual({
      until: now + 60_000,
      kind: 'primary',
    });
  });
});

describe('MemoryPauseStore', () => {
  it('forgets a pause once it has passed, and never shortens one', () => {
    let now = 1_000;
    const store = new MemoryPauseStore(() => now);
    store.set('a', { until: 5_000, kind: 'secondary' });
    store.set('a', { until: 2_000, kind: 'secondary' });
    expect(store.get('a')?.until).toBe(5_000);
    expect(store.get('b')).toBeUndefined();
    now = 5_000;
    expect(store.get('a')).toBeUndefined();
  });
});

describe('WriteSpacer', () => {
  it('books each write of a caller an interval after the one before; other callers do not wait', async () => {
    const spacer = new WriteSpacer(40);
    const started = performance.now();
    await spacer.turn('a');
    await spacer.turn('b');
    expect(performance.now() - started).toBeLessThan(30);
    await spacer.turn('a');
    await spacer.turn('a');
    expect(performance.now() - started).toBeGreaterThanOrEqual(79);
  });
  it('stops waiting when the caller goes away', async () => {
    const spacer = new WriteSpacer(10_000);
    await spacer.turn('a');
    const controller = new AbortController();
    const waiting = spacer.turn('a', controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
  it('refuses an interval that is not whole milliseconds', () => {
    expect(() => new WriteSpacer(-1)).toThrow(/whole number of milliseconds, got -1/);
  });
});
