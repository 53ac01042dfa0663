import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/server/errors';

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

  it('leaves other errors to be masked as internal', () => {
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
