import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTableLocked } from '../support/pg-lock';
import { post } from '../support/raw';
import { useTestHub } from '../support/test-hub';

// A statement PostgreSQL gives up on — here cancelled at the hub's statement timeout while it waits
// on a lock another session holds — rolls its transaction back: the request answers 503
// SERVICE_UNAVAILABLE, retryable, and writes nothing, instead of a masked 500 logged as a bug.
// PostgreSQL only (tests/vitest.config.mts): SQLite has no statement timeout.

const t = useTestHub({ settled: true, config: { statementTimeoutMs: 300 } });
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: t.config.databaseUrl });
  await admin.connect();
});
afterAll(() => admin.end());

describe('a statement cancelled at the statement timeout', () => {
  it('answers a mutation 503 SERVICE_UNAVAILABLE (retryable) and writes nothing; the same write succeeds once the lock is gone', async () => {
    const before = await t.snapshot();
    const input = { bodyCode: '330000', title: '超时测试岗位' };
    const create = 'mutation ($input: CreatePostInput!) { createPost(input: $input) { post { id } userErrors { code } } }';
    const token = await t.token('330000', ['ADMIN']);
    const answer = await withTableLocked(admin, 'post', () => post(t.url, create, { input }, token));
    expect(answer.status, JSON.stringify(answer)).toBe(503);
    expect(answer.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true }]);
    expect(answer.errors?.[0].message).toMatch(/took longer than the hub allows/);
    expect(await t.snapshot()).toEqual(before);

    const retried = await post(t.url, create, { input }, token);
    expect(retried.status).toBe(200);
    expect(retried.errors).toBeUndefined();
    expect(Number((await admin.query('SELECT COUNT(*) AS n FROM post WHERE title = $1', [input.title])).rows[0].n)).toBe(1);
  });
});
