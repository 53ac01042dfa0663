import { describe, expect, it } from 'vitest';
import { isDatabaseExhausted, isDatabaseUnavailable } from '../../src/server/errors';

// What the hub answers as 503 SERVICE_UNAVAILABLE (retryable, nothing changed) rather than a masked
// 500: the errors a PostgreSQL restart produces, seen in the scale-out fault test.
describe('isDatabaseUnavailable', () => {
  it('recognizes the errors of a database that went away', () => {
    const released = Object.assign(new Error('Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.'), { name: 'QueryRunnerProviderAlreadyReleasedError' });
    expect(isDatabaseUnavailable(released)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: 'SQLITE_BUSY' }, message: 'database is locked' })).toBe(true);
  });

  it('recognizes a database out of space or connection slots, or closed to connections, and which of them need an operator', () => {
    const tooMany = Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
    const diskFull = Object.assign(new Error('could not extend file "base/16384/16385": No space left on device'), { code: '53100' });
    const sqliteFull = { driverError: Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), message: 'database or disk is full' };
    const closed = Object.assign(new Error('database "hub" is not currently accepting connections'), { code: '55000' });
    for (const err of [tooMany, diskFull, sqliteFull, closed]) expect(isDatabaseUnavailable(err), err.message).toBe(true);
    expect([tooMany, diskFull, sqliteFull, closed].map(isDatabaseExhausted)).toEqual([true, true, true, false]);
    expect(isDatabaseExhausted(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(false);
  });

  it('recognizes a statement PostgreSQL gave up on under contention (timeout, lock wait, deadlock, serialization), none of which needs an operator', () => {
    const contended = [
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }),
      Object.assign(new Error('deadlock detected'), { code: '40P01' }),
      Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' }),
    ];
    expect(contended.map(isDatabaseUnavailable)).toEqual([true, true, true, true]);
    expect(contended.map(isDatabaseExhausted)).toEqual([false, false, false, false]);
  });

  it('leaves other errors to be masked as internal', () => {
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    // Another "object not in prerequisite state" is not an outage.
    expect(isDatabaseUnavailable(Object.assign(new Error('cannot drop the currently open database'), { code: '55000' }))).toBe(false);
  });
});
