import fc from 'fast-check';
import { types } from 'pg';
import { describe, expect, it } from 'vitest';
import { hubTypes, parseTimestamp } from '../../src/platform/database/pg-types';

// The hub reads `timestamp` columns with its own parser: it must answer exactly what pg's does.
const pgParse = types.getTypeParser(1114, 'text') as (value: string) => Date | number;
const same = (value: string) => {
  const ours = parseTimestamp(value);
  const theirs = pgParse(value);
  return ours instanceof Date && theirs instanceof Date ? ours.getTime() === theirs.getTime() || (Number.isNaN(ours.getTime()) && Number.isNaN(theirs.getTime())) : Object.is(ours, theirs);
};

describe('timestamp parser', () => {
  it('reads what PostgreSQL sends as pg does, fractions of every width included', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        (y, mo, d, h, mi, s, fraction) => {
          const value = `${y}-${pad(mo, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${fraction === undefined ? '' : `.${fraction}`}`;
          expect(same(value), value).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hands every other shape to pg', () => {
    for (const value of ['infinity', '-infinity', '0099-03-04 05:06:07.5', '0001-01-01 00:00:00 BC', '10000-01-01 00:00:00', '2026-11-29 05:51:38.900']) {
      expect(same(value), value).toBe(true);
    }
    expect((parseTimestamp('2026-11-29 05:51:38.9') as Date).getMilliseconds()).toBe(900);
    expect((parseTimestamp('2026-11-29 05:51:38.123456') as Date).getMilliseconds()).toBe(123);
  });

  it('is what the pool is given for timestamp, and pg’s parser for every other type', () => {
    expect(hubTypes.getTypeParser(1114, 'text')).toBe(parseTimestamp);
    for (const oid of [16, 20, 23, 25, 1082, 1184, 3802]) expect(hubTypes.getTypeParser(oid, 'text')).toBe(types.getTypeParser(oid, 'text'));
  });
});
