import { describe, expect, it } from 'vitest';
import { HeldEntries } from '../../src/live/held-entries.js';

describe('HeldEntries', () => {
  it('makes an entry for its first holder and stops it when the last one lets go, once', () => {
    const stopped: string[] = [];
    let made = 0;
    const entries = new HeldEntries<string>((value) => stopped.push(value));
    const a = entries.hold('k', () => `poller-${++made}`);
    const b = entries.hold('k', () => `poller-${++made}`);
    expect([a.value, b.value, made, entries.size]).toEqual(['poller-1', 'poller-1', 1, 1]);
    a.release();
    a.release(); // counts once
    expect(stopped).toEqual([]);
    b.release();
    expect(stopped).toEqual(['poller-1']);
    expect(entries.size).toBe(0);
  });

  it('leaves a key made anew alone when a late release of the old one comes', () => {
    const stopped: number[] = [];
    let made = 0;
    const entries = new HeldEntries<number>((value) => stopped.push(value));
    const old = entries.hold('k', () => ++made);
    entries.clear();
    const fresh = entries.hold('k', () => ++made);
    old.release();
    expect(stopped).toEqual([1]);
    expect([...entries.values()]).toEqual([fresh.value]);
  });
});
