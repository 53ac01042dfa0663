import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../src/cli/migrations';
import { verifyAuditChain } from '../../src/platform/audit/verify';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import type { HubConfig } from '../../src/platform/config';
import { createTempDatabase, TempDatabase } from '../../src/platform/database/postgres-admin';
import { openNativeSqlite } from '../../src/platform/database/sqlite-native';
import { Hub, startHub } from '../../src/server/hub';
import { FixtureManifest, gql, RecordedStream } from '../fixtures/upgrade/fixture-kit';
import { DirectiveIssuedDocument, FeedbackReceivedDocument, IssueDirectiveDocument, SubmitFeedbackDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { adminUrl, TEST_SECRET, tempDir, testConfig, testDialect } from '../support/env';
import { subscribe } from '../support/subscriptions';

// A database written by the first release (tests/fixtures/upgrade, see its README), opened by this
// build: the hub migrates it on start with whatever migrations this build has, and everything the
// release served must still be served, unchanged.
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'upgrade');
const dialect = testDialect();
const manifest = JSON.parse(gunzipSync(fs.readFileSync(path.join(FIXTURES, `${dialect}.manifest.json.gz`))).toString('utf8')) as FixtureManifest;

let hub: Hub;
let dir: string;
let temp: TempDatabase | null = null;
let fixtureMigrations: string[];

async function loadFixture(): Promise<HubConfig> {
  dir = tempDir('hub-upgrade-');
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'hub.sqlite');
    fs.writeFileSync(file, gunzipSync(fs.readFileSync(path.join(FIXTURES, 'sqlite.sqlite.gz'))));
    const db = openNativeSqlite(file, { fileMustExist: true });
    fixtureMigrations = db.prepare(`SELECT "name" FROM "hub_migrations" ORDER BY "id"`).all().map((r) => String(r.name));
    db.close();
    return testConfig({ dataDir: dir, sqliteFile: file });
  }
  temp = await createTempDatabase(adminUrl(), 'hub_upgrade');
  // A plain pg_dump; its \restrict lines are psql meta-commands, which the pg client does not run.
  const sql = gunzipSync(fs.readFileSync(path.join(FIXTURES, 'postgres.sql.gz')))
    .toString('utf8')
    .split('\n')
    .filter((line) => !/^\\(un)?restrict\b/.test(line))
    .join('\n');
  const client = new pg.Client({ connectionString: temp.url });
  await client.connect();
  try {
    await client.query(sql); // (the dump empties this session's search_path)
    fixtureMigrations = (await client.query<{ name: string }>(`SELECT "name" FROM public."hub_migrations" ORDER BY "id"`)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
  return testConfig({ dataDir: dir, dialect: 'postgres', databaseUrl: temp.url, dbPoolSize: 4 });
}

async function migrationNames(h: Hub): Promise<string[]> {
  return ((await h.db.dataSource.query(`SELECT "name" FROM "hub_migrations" ORDER BY "id"`)) as { name: string }[]).map((r) => r.name);
}

const tokens = new Map<string, string>();
async function tokenOf(who: string): Promise<string> {
  let token = tokens.get(who);
  if (!token) {
    const [body, roles] = who.split(':');
    token = await signToken(TEST_SECRET, { sub: `upgrade:${who}`, body, roles: roles.split('+') as Role[], ttlSeconds: 600 });
    tokens.set(who, token);
  }
  return token;
}

beforeAll(async () => {
  const config = await loadFixture();
  hub = await startHub(config);
});

afterAll(async () => {
  await hub?.stop();
  await temp?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Subscribes from the cursor the release recorded: the replay is exactly what followed it; then
 * `write` adds one item, which arrives live after the replay.
 */
async function resumesThenContinues<TData>(
  stream: RecordedStream,
  document: TypedDocumentNode<TData, { after?: string | null }>,
  cursorOf: (d: TData) => string,
  idOf: (d: TData) => string,
  write: () => Promise<string | undefined>,
): Promise<void> {
  expect(stream.following.length).toBeGreaterThan(0);
  const sub = subscribe(hub.wsUrl, await tokenOf(stream.as), document, { after: stream.cursor });
  const replayed = await sub.waitFor(stream.following.length);
  expect(replayed.map((d) => ({ cursor: cursorOf(d), id: idOf(d) }))).toEqual(stream.following);

  const id = await write();
  expect(id).toBeTruthy();
  const all = await sub.waitFor(stream.following.length + 1);
  expect(all).toHaveLength(stream.following.length + 1);
  expect(idOf(all[stream.following.length])).toBe(id);
  await sub.close();
}

describe(`upgrading a database of the first release (${manifest.builtFrom.slice(0, 7)}) on ${dialect}`, () => {
  it('applies every migration of this build after the release’s own, and ends with no drift from the entities', async () => {
    // The fixture holds the release's schema as its manifest says (read before the hub opened it).
    expect(fixtureMigrations).toEqual(manifest.migrations);
    const applied = await migrationNames(hub);
    const known = hub.db.dataSource.migrations.map((m) => m.name);
    expect(applied.slice(0, fixtureMigrations.length)).toEqual(fixtureMigrations);
    expect(applied).toEqual(known);
    expect(await hub.db.dataSource.showMigrations()).toBe(false);
    expect((await pendingSchemaChanges(hub.db)).up).toEqual([]);
  });

  it('keeps every object: the same rows, and every read the release answered answers the same', async () => {
    for (const [table, count] of Object.entries(manifest.counts)) {
      const [row] = (await hub.db.dataSource.query(`SELECT COUNT(*) AS "n" FROM "${table}"`)) as { n: string | number }[];
      expect(Number(row.n), table).toBe(count);
    }
    expect(manifest.reads.length).toBeGreaterThan(70);
    for (const read of manifest.reads) {
      const result = await gql(hub.url, read.query, read.variables, read.as ? await tokenOf(read.as) : undefined);
      expect(result.errors, read.query).toBeUndefined();
      expect(result.data).toEqual(read.data);
    }
  });

  it('keeps the audit chain: it verifies, and the release’s head is still where it was', async () => {
    const result = await verifyAuditChain(hub.db);
    expect(result.break).toBeNull();
    expect(result.count).toBeGreaterThanOrEqual(manifest.auditHead.seq);
    const p = dialect === 'postgres' ? '$1' : '?';
    const [event] = (await hub.db.dataSource.query(`SELECT "hash" FROM "audit_event" WHERE "id" = ${p}`, [manifest.auditHead.seq])) as { hash: string }[];
    expect(event.hash).toBe(manifest.auditHead.hash);
  });

  it('resumes directiveIssued from a cursor the release issued with exactly what followed, then continues live', async () => {
    await resumesThenContinues(manifest.streams.directiveIssued, DirectiveIssuedDocument, (d) => d.directiveIssued.cursor, (d) => d.directiveIssued.directive.id, async () => {
      const issued = await execute(hub.url, IssueDirectiveDocument, { input: { title: '升级后指令', content: '升级后写入。', recipientCodes: ['330100'] } }, { token: await tokenOf('330000:LEAD') });
      return issued.data?.issueDirective.directive?.id;
    });
  });

  it('resumes feedbackReceived from a cursor the release issued with exactly what followed, then continues live', async () => {
    await resumesThenContinues(manifest.streams.feedbackReceived, FeedbackReceivedDocument, (d) => d.feedbackReceived.cursor, (d) => d.feedbackReceived.feedback.id, async () => {
      const sent = await execute(hub.url, SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: '升级后反馈', toBodyCode: '330000' } }, { token: await tokenOf('330100:OFFICER') });
      return sent.data?.submitFeedback.feedback?.id;
    });

    // The chain grows from the release's head and still verifies.
    const result = await verifyAuditChain(hub.db);
    expect(result.break).toBeNull();
    expect(result.count).toBeGreaterThan(manifest.auditHead.seq);
  });
});
