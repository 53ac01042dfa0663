import { types } from 'pg';

/** PostgreSQL's type id of `timestamp` (without time zone), the type of every hub timestamp column. */
const TIMESTAMP = 1114;

const slowTimestamp = types.getTypeParser(TIMESTAMP, 'text') as (value: string) => Date | number;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const SHAPE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

/**
 * `timestamp` text as pg's own parser reads it (postgres-date: local time, milliseconds truncated),
 * by fixed positions for the one shape PostgreSQL sends for the hub's values — `YYYY-MM-DD
 * HH:MM:SS[.ffffff]`, years 1000–9999 — and by pg's parser for anything else (BC, infinity, years
 * of other widths). pg's regular expressions were 3–6% of the CPU of the hot reads (issue #19).
 */
export function parseTimestamp(value: string): Date | number {
  if (!SHAPE.test(value) || value.charCodeAt(0) === 48) return slowTimestamp(value);
  let ms = 0;
  for (let i = 20, scale = 100; i < value.length && scale >= 1; i++, scale /= 10) ms += digit(value, i) * scale;
  return new Date(two(value, 0) * 100 + two(value, 2), two(value, 5) - 1, two(value, 8), two(value, 11), two(value, 14), two(value, 17), ms);
}

/** The pg type parsers of the hub's pool: pg's own, but `timestamp` read by `parseTimestamp`. */
export const hubTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP && format !== 'binary' ? parseTimestamp : types.getTypeParser(oid, format as 'text'))) as typeof types.getTypeParser,
};
