import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTableLocked } from '../support/pg-lock';
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

async function post(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[] } };
}

describe('a statement cancelled at the statement timeout', () => {
  it('answers a mutation 503 SERVICE_UNAVAILABLE (retryable) and writes nothing; the same write succeeds once the lock is gone', async () => {
    const before = await t.snapshot();
    const input = { bodyCode: '330000', title: '超时测试岗位' };
    const create = 'mutation ($input: CreatePostInput!) { createPost(input: $input) { post { id } userErrors { code } } }';
    const token = await t.token('330000', ['ADMIN']);
    const answer = await withTableLocked(admin, 'post', () => post(create, { input }, token));
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true }]);
    expect(answer.body.errors?.[0].message).toMatch(/took longer than the hub allows/);
    expect(await t.snapshot()).toEqual(before);

    const retried = await post(create, { input }, token);
    expect(retried.status).toBe(200);
    expect(retried.body.errors).toBeUndefined();
    expect(Number((await admin.query('SELECT COUNT(*) AS n FROM post WHERE title = $1', [input.title])).rows[0].n)).toBe(1);
  });
});
