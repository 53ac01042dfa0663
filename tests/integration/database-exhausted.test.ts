import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { IssueDirectiveDocument } from '../generated/graphql';
import { useTestHub } from '../support/test-hub';

// A database that cannot take the write — SQLite's file at its size limit (SQLITE_FULL, as on a
// full disk), a PostgreSQL database closed to connections for maintenance — is unavailable for
// the moment, not a fault of the hub: 503 SERVICE_UNAVAILABLE (retryable), nothing written, and
// the same write succeeds once the operator has acted. Both answered 500 INTERNAL_SERVER_ERROR.

const t = useTestHub({ settled: true });
const input = { title: '容量测试', content: '改革任务。'.repeat(2_000), audienceLevel: 'MUNICIPAL' as const };

async function issue() {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('CN', 'LEAD')}` },
    body: JSON.stringify({ query: 'mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id } userErrors { code } } }', variables: { input } }),
  });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[] } };
}

function expectUnavailable(answer: Awaited<ReturnType<typeof issue>>): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.body.errors?.[0].extensions?.retryable).toBe(true);
  expect(answer.body.errors?.[0].message).not.toMatch(/SQLITE|disk|accepting connections/i);
}

describe('a database that cannot take the write', () => {
  it('answers 503 SERVICE_UNAVAILABLE (retryable), writes nothing, and the same write succeeds once it can', async () => {
    const before = await t.snapshot();
    let answer: Awaited<ReturnType<typeof issue>>;
    if (t.config.dialect === 'sqlite') {
      // The hub's own connection may not grow the file by a page.
      const [{ page_count: pages }] = (await t.em.query('PRAGMA page_count')) as { page_count: number }[];
      await t.em.query(`PRAGMA max_page_count = ${pages}`);
      try {
        answer = await issue();
      } finally {
        await t.em.query('PRAGMA max_page_count = 1073741823');
      }
    } else {
      // Closed to new connections, and the hub's open ones ended: the pool must connect again.
      const admin = new pg.Client({ connectionString: t.config.pgAdminUrl });
      await admin.connect();
      const database = new URL(t.config.databaseUrl!).pathname.slice(1);
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      try {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
        answer = await issue();
      } finally {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
        await admin.end();
      }
    }
    expectUnavailable(answer);
    expect(await t.snapshot()).toEqual(before);

    const retried = await t.run(IssueDirectiveDocument, { input }, 'CN:LEAD');
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.issueDirective.userErrors).toEqual([]);
    expect(retried.data?.issueDirective.directive?.id).toEqual(expect.any(String));
    expect(await t.snapshot()).not.toEqual(before);
  });
});
