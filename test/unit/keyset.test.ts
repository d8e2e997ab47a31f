/** Keyset cursors and GitHub's `created` ranges as second bounds: pure, no calls. */
import { describe, expect, it } from 'vitest';
import {
  createdParam,
  createdRange,
  decodeRunCursor,
  encodeRunCursor,
} from '../../src/loaders/keyset.js';

const t = Date.parse('2026-06-01T12:00:00Z') / 1000;

describe('run cursors', () => {
  it('round-trips a position, ids past 2^32 included', () => {
    const position = { t, id: 19_800_000_389 };
    expect(decodeRunCursor(encodeRunCursor(position), 'after')).toEqual(position);
    const ranked = { ...position, n: 3, s: 120 };
    expect(decodeRunCursor(encodeRunCursor(ranked), 'after')).toEqual(ranked);
    // A size past the cap is left out rather than refused on the way back.
    expect(decodeRunCursor(encodeRunCursor({ ...position, s: 5000 }), 'after')).toEqual(position);
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['an offset cursor of an earlier release', b64('offset:10'), /earlier release/],
    ['another version', b64(JSON.stringify({ v: 2, t, id: '1' })), /not a cursor/],
    ['an extra field', b64(JSON.stringify({ v: 1, t, id: '1', x: 1 })), /not a cursor/],
    ['a fractional time', b64(JSON.stringify({ v: 1, t: 1.5, id: '1' })), /not a cursor/],
    ['a numeric id', b64(JSON.stringify({ v: 1, t, id: 1 })), /not a cursor/],
    ['an id past 2^53', b64(JSON.stringify({ v: 1, t, id: '9007199254740993' })), /not a cursor/],
    ['a time past 9999', b64(JSON.stringify({ v: 1, t: 2 ** 40, id: '1' })), /not a cursor/],
    ['a size of 0', b64(JSON.stringify({ v: 1, t, id: '1', s: 0 })), /not a cursor/],
    ['a rank of 0', b64(JSON.stringify({ v: 1, t, id: '1', n: 0 })), /not a cursor/],
    ['JSON that is not an object', b64('[1]'), /not a cursor/],
    ['not base64url', 'a+b/c=', /not a cursor/],
    ['no JSON', b64('hello'), /not a cursor/],
  ])('refuses %s with BAD_USER_INPUT', (_name, cursor, message) => {
    expect(() => decodeRunCursor(cursor, 'before')).toThrow(message);
    try {
      decodeRunCursor(cursor, 'before');
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'before' } });
    }
  });
});

describe('created ranges', () => {
  const day = Date.parse('2026-05-01T00:00:00Z') / 1000;
  it.each([
    ['2026-05-01', { lo: day, hi: day + 86_399 }],
    ['>=2026-05-01', { lo: day }],
    ['>2026-05-01', { lo: day + 86_400 }],
    ['<2026-05-01', { hi: day - 1 }],
    ['<=2026-05-01', { hi: day + 86_399 }],
    ['2026-05-01..*', { lo: day }],
    ['*..2026-05-01', { hi: day + 86_399 }],
    ['2026-05-01T10:00..2026-05-01T10:00:30Z', { lo: day + 36_000, hi: day + 36_030 }],
    ['<=2026-05-01T12:00:00+02:00', { hi: day + 36_000 }],
  ])('%s', (created, range) => {
    expect(createdRange(created)).toEqual(range);
  });

  it('writes bounds in GitHub syntax, to the second', () => {
    expect(createdParam({ hi: t })).toBe('<=2026-06-01T12:00:00Z');
    expect(createdParam({ lo: t })).toBe('>=2026-06-01T12:00:00Z');
    expect(createdParam({ lo: t - 60, hi: t })).toBe('2026-06-01T11:59:00Z..2026-06-01T12:00:00Z');
    expect(createdParam({})).toBeUndefined();
  });
});
