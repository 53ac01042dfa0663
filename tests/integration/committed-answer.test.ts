import pg from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/subscriptions';
import { withTableLocked } from '../support/pg-lock';
import { useTestHub } from '../support/test-hub';

// A mutation whose change committed and whose answer then meets a database that went away (the
// payload's fields are read after COMMIT) must not be told "nothing was changed, retry": a retry
// without an idempotency key would make the change twice. It answers 200 with the error
// SERVICE_UNAVAILABLE, retryable: false, committed: true; a query meeting the same failure still
// answers 503, retryable. The moment is made exact with a lock on the one table only the answer
// reads (post: the issuer's positions), and by ending the hub's connection that waits on it.
// PostgreSQL only (tests/vitest.config.mts): SQLite's readers never wait on a lock.

const t = useTestHub({ settled: true });
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: t.config.databaseUrl });
  await admin.connect();
});
afterAll(() => admin.end());

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: string[]; extensions?: { code?: string; retryable?: boolean; committed?: boolean } }[] };
}

/** Sends the operation while the post table is locked and ends the hub's connection that waits on the lock. */
const whileThePostsAreLost = <T>(send: () => Promise<T>) => withTableLocked(admin, 'post', send, (pid) => admin.query('SELECT pg_terminate_backend($1)', [pid]));

function overHttp(query: string, variables: Record<string, unknown>, token: string): () => Promise<Answer> {
  return () =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Answer['body'] }));
}

function overWebSocket(query: string, variables: Record<string, unknown>, token: string): () => Promise<Answer['body']> {
  return async () => {
    const client = clientFor(t.url.replace(/^http/, 'ws'), token);
    try {
      for await (const result of client.iterate({ query, variables })) return result as Answer['body'];
      throw new Error('no result over the WebSocket');
    } finally {
      await client.dispose();
    }
  };
}

const ISSUE = 'mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id title issuer { code posts { title } } } userErrors { code } } }';
const SAVED = { path: ['issueDirective', 'directive', 'issuer', 'posts'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: false, committed: true } };

const countDirectives = async (title: string) => Number((await admin.query('SELECT COUNT(*) AS n FROM directive WHERE title = $1', [title])).rows[0].n);

describe('the answer of a committed mutation, cut short by the database', () => {
  it('says the change was saved (committed, not retryable) instead of "nothing was changed"', async () => {
    const title = '提交后读取中断';
    const answer = await whileThePostsAreLost(overHttp(ISSUE, { input: { title, content: '内容。', recipientCodes: ['330100', '330200'] } }, await t.token('330000', 'LEAD')));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]).toMatchObject(SAVED);
    expect(answer.body.errors![0].message).toMatch(/change was saved/);
    // It was saved, once.
    expect(await countDirectives(title)).toBe(1);
  });

  it('says the same over the WebSocket', async () => {
    const title = '提交后读取中断（WebSocket）';
    const body = await whileThePostsAreLost(overWebSocket(ISSUE, { input: { title, content: '内容。', recipientCodes: ['330100'] } }, await t.token('330000', 'LEAD')));
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject(SAVED);
    expect(await countDirectives(title)).toBe(1);
  });

  it('a mutation document whose first field committed and whose second met the failure is not answered 503', async () => {
    const title = '两个变更之一';
    const answer = await whileThePostsAreLost(
      overHttp(
        'mutation ($a: IssueDirectiveInput!, $b: CreatePostInput!) { first: issueDirective(input: $a) { directive { id } userErrors { code } } second: createPost(input: $b) { post { id } userErrors { code } } }',
        { a: { title, content: '内容。', recipientCodes: ['330100'] }, b: { bodyCode: '330000', title: '新设岗位' } },
        await t.token('330000', ['LEAD', 'ADMIN']),
      ),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // The payloads are non-null: the second's error nulls the whole answer, the first's included.
    expect(answer.body.errors).toMatchObject([{ path: ['second'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: false, committed: true } }]);
    expect(answer.body.errors![0].message).toMatch(/An earlier mutation of this request answered/);
    expect(await countDirectives(title)).toBe(1);
    expect(Number((await admin.query("SELECT COUNT(*) AS n FROM post WHERE title = '新设岗位'")).rows[0].n)).toBe(0);
  });

  it('a query meeting the same failure still answers 503, retryable', async () => {
    const answer = await whileThePostsAreLost(overHttp('query ($code: String!) { body(code: $code) { code posts { title } } }', { code: '330000' }, await t.token('330000', 'VIEWER')));
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true }]);
  });
});

describe('a connection the database ended', () => {
  it('is dropped by the pool when its failed query is released, not lent to the next request', async () => {
    const pool = (t.hub.db.dataSource.driver as PostgresDriver).master as pg.Pool;
    const dying = await pool.connect();
    // Released the way TypeORM releases a runner whose query failed: in the failure's continuation,
    // without the error, before the socket's close (which comes a moment after the error) is read.
    const seen = await withTableLocked(
      admin,
      'post',
      () =>
        dying.query('SELECT 1 FROM post').then(
          () => null,
          (err: Error & { code?: string }) => {
            const before = pool.totalCount;
            dying.release();
            return { code: err.code, dropped: pool.totalCount === before - 1 };
          },
        ),
      (pid) => admin.query('SELECT pg_terminate_backend($1)', [pid]),
    );
    expect(seen).toEqual({ code: '57P01', dropped: true });
    // The next request gets a live connection.
    const next = await pool.connect();
    try {
      expect(next).not.toBe(dying);
      expect((await next.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      next.release();
    }
  });
});
