import path from 'node:path';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitFeedbackDocument } from '../generated/graphql';
import { createLogger } from '../../src/platform/logger';
import { openDatabase, seedDemoOnce } from '../../src/server/database';
import { startHub } from '../../src/server/hub';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { TEST_SECRET, tempDir, testConfig, testDialect } from '../support/env';
import { startTestHub, TestHub } from '../support/hub';
import { execute } from '../support/client';

// Issue #18: another process holding SQLite's write lock past the busy timeout made writes answer
// 200 with INTERNAL_SERVER_ERROR ("database is locked"). That is the database being unavailable
// for a moment: 503 SERVICE_UNAVAILABLE, retryable, nothing written. SQLITE_BUSY is SQLite's own
// matter, so this file runs on SQLite in every project (on a seeded file of its own under the
// PostgreSQL project).

let t: TestHub | undefined;
let hub: Awaited<ReturnType<typeof startHub>> | undefined;
let url: string;
let file: string;
let dir: string | undefined;
let token: (body: string) => Promise<string>;

beforeAll(async () => {
  if (testDialect() === 'sqlite') {
    t = await startTestHub();
    url = t.url;
    file = t.config.sqliteFile;
    token = (body) => t!.token(body, ['LEAD', 'OFFICER']);
  } else {
    dir = tempDir();
    const config = testConfig({ dataDir: dir, sqliteFile: path.join(dir, 'hub.sqlite') });
    const log = createLogger('warn');
    const db = await openDatabase(config, log);
    await seedDemoOnce(db, log);
    await db.dataSource.destroy();
    hub = await startHub(config);
    url = hub.url;
    file = config.sqliteFile;
    token = (body) => signToken(TEST_SECRET, { sub: `test:${body}`, body, roles: [Role.LEAD, Role.OFFICER], ttlSeconds: 3600 });
  }
}, 180_000);

afterAll(async () => {
  await t?.stop();
  await hub?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLITE_BUSY that reaches a request', () => {
  it('answers 503 SERVICE_UNAVAILABLE (retryable), writes nothing, and the same write succeeds once the lock is gone', async () => {
    // A second writer on the same file (better-sqlite3, through TypeORM as the hub uses it).
    const other = await new DataSource({ type: 'better-sqlite3', database: file }).initialize();
    const runner = other.createQueryRunner();
    const count = async () => Number(((await runner.query('SELECT COUNT(*) AS n FROM feedback')) as { n: number }[])[0].n);
    const before = await count();
    const input = { kind: 'PROGRESS', content: '锁等待测试。', toBodyCode: '330000' } as const;
    const as = { token: await token('330100') };
    // It holds the write lock across the hub's busy timeout.
    await runner.query('BEGIN IMMEDIATE');
    try {
      const res = await fetch(url, {
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
    const retried = await execute(url, SubmitFeedbackDocument, { input }, as);
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.submitFeedback.userErrors).toEqual([]);
    expect(await count()).toBe(before + 1);
    await runner.release();
    await other.destroy();
  });
});
