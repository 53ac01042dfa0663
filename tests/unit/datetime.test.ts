import { GraphQLDateTime as ScalarsDateTime } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { GraphQLDateTime } from '../../src/platform/graphql/scalars';
import { buildHubSchema } from '../../src/server/schema';

describe('DateTime', () => {
  it('answers the text JSON would have written for the Date, as a string', () => {
    for (const date of [new Date(Date.UTC(2026, 10, 30, 2, 46, 28, 123)), new Date(0), new Date(Date.UTC(1999, 0, 1))]) {
      const out = GraphQLDateTime.serialize(date);
      expect(typeof out).toBe('string');
      expect(JSON.stringify(out)).toBe(JSON.stringify(ScalarsDateTime.serialize(date)));
    }
    expect(GraphQLDateTime.serialize('2026-11-30T10:46:28+08:00')).toBe('2026-11-30T02:46:28.000Z');
  });

  it('refuses what graphql-scalars refuses, and reads input as it does', () => {
    expect(() => GraphQLDateTime.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => GraphQLDateTime.serialize('tomorrow')).toThrow(/invalid date-time-string/);
    expect(() => GraphQLDateTime.parseValue('2026-02-30T00:00:00Z')).toThrow();
    expect(GraphQLDateTime.parseValue('2026-11-30T02:46:28Z')).toEqual(new Date(Date.UTC(2026, 10, 30, 2, 46, 28)));
  });

  it('is the one DateTime of the schema, described as graphql-scalars describes it', () => {
    const type = buildHubSchema().getType('DateTime');
    expect(type).toBe(GraphQLDateTime);
    expect(GraphQLDateTime.description).toBe(ScalarsDateTime.description);
    expect(GraphQLDateTime.specifiedByURL).toBe(ScalarsDateTime.specifiedByURL);
  });
});
