import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { SubmitFeedbackDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { useTestHub } from '../support/test-hub';

// Issue #18: another process holding SQLite's write lock past the busy timeout made writes answer
// 200 with INTERNAL_SERVER_ERROR ("database is locked"). That is the database being unavailable
// for a moment: 503 SERVICE_UNAVAILABLE, retryable, nothing written. SQLITE_BUSY is SQLite's own
// matter: the file runs in the SQLite project only (tests/vitest.config.mts).

const t = useTestHub();
const token = (body: string) => t.token(body, ['LEAD', 'OFFICER']);

describe('SQLITE_BUSY that reaches a request', () => {
  it('answers 503 SERVICE_UNAVAILABLE (retryable), writes nothing, and the same write succeeds once the lock is gone', async () => {
    // A second writer on the same file (better-sqlite3, through TypeORM as the hub uses it).
    const other = await new DataSource({ type: 'better-sqlite3', database: t.config.sqliteFile }).initialize();
    const runner = other.createQueryRunner();
    const count = async () => Number(((await runner.query('SELECT COUNT(*) AS n FROM feedback')) as { n: number }[])[0].n);
    const before = await count();
    const input = { kind: 'PROGRESS', content: '锁等待测试。', toBodyCode: '330000' } as const;
    const as = { token: await token('330100') };
    // It holds the write lock across the hub's busy timeout.
    await runner.query('BEGIN IMMEDIATE');
    try {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${as.token}` },
        body: JSON.stringify({ query: 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedback { id } userErrors { code } } }', variables: { input } }),
      });
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[] };
      expect(res.status, JSON.stringify(body)).toBe(503);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(body.errors?.[0].extensions?.retryable).toBe(true);
      expect(body.errors?.[0].message).not.toMatch(/locked|SQLITE/i);
    } finally {
      await runner.query('ROLLBACK');
    }
    expect(await count()).toBe(before);
    const retried = await execute(t.url, SubmitFeedbackDocument, { input }, as);
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.submitFeedback.userErrors).toEqual([]);
    expect(await count()).toBe(before + 1);
    await runner.release();
    await other.destroy();
  });
});
