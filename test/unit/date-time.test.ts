import { type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

const dateTime = schema.getType('DateTime') as GraphQLScalarType;

describe('DateTime', () => {
  it("passes GitHub's own timestamps on as they came", () => {
    expect(dateTime.serialize('2026-06-01T12:00:00Z')).toBe('2026-06-01T12:00:00Z');
  });

  it('writes any other date-time as GitHub would: UTC, no zero milliseconds', () => {
    expect(dateTime.serialize('2026-06-01T14:00:00+02:00')).toBe('2026-06-01T12:00:00Z');
    expect(dateTime.serialize(new Date('2026-06-01T12:00:00.000Z'))).toBe('2026-06-01T12:00:00Z');
    expect(dateTime.serialize('2026-06-01T12:00:00.250Z')).toBe('2026-06-01T12:00:00.250Z');
    expect(() => dateTime.serialize('yesterday')).toThrow(/DateTime cannot represent "yesterday"/);
  });
});
