import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/database/data-source';
import { createTempDatabase, TempDatabase } from '../../src/platform/database/postgres-admin';
import { createLogger } from '../../src/platform/logger';
import { buildDatabase } from '../../src/server/database';
import { adminUrl, tempDir, testConfig } from '../support/env';

// PostgreSQL only (the SQLite driver keeps its own statement cache): the hub's data source runs a
// repeated parameterised statement as a named prepared statement (platform/database/prepared-statements.ts).
// One connection in the pool, so every statement below meets the same session's prepared statements.
describe('prepared statements on PostgreSQL', () => {
  let temp: TempDatabase;
  let db: Database;

  beforeAll(async () => {
    temp = await createTempDatabase(adminUrl(), 'hub_test');
    db = buildDatabase(testConfig({ dataDir: tempDir(), dialect: 'postgres', databaseUrl: temp.url, dbPoolSize: 1, preparedStatements: 2 }), createLogger('silent'));
    await db.dataSource.initialize();
  });

  afterAll(async () => {
    await db?.dataSource.destroy();
    await temp?.drop();
  });

  // Without parameters: this text itself is never prepared.
  const prepared = async (): Promise<string[]> => (await db.dataSource.query('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time')).map((r: { statement: string }) => r.statement);

  // Issue #19: pg's promise form of query() kept each query's rows alive into V8's old generation;
  // the hub's client gives pg a callback instead (platform/database/pg-client.ts), also for what
  // TypeORM awaits, and its failures still reject.
  it('hands every statement to pg with a callback, also one the caller awaits as a promise', async () => {
    const original = Client.prototype.query;
    const withCallback: boolean[] = [];
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      withCallback.push(args.some((a) => typeof a === 'function'));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      expect(await db.dataSource.query('SELECT $1::int + 40 AS n', [2])).toEqual([{ n: 42 }]);
      expect(await db.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await expect(db.dataSource.query('SELECT $1::int / 0 AS n', [1])).rejects.toThrow(/division by zero/);
    } finally {
      Client.prototype.query = original;
    }
    expect(withCallback).toHaveLength(3);
    expect(withCallback).toEqual([true, true, true]);
  });

  // pg-pool closes a connection idle for 10 s unless the pool is at its minimum: the first requests
  // after a quiet spell then paid a new backend and prepared every statement again.
  it('keeps its connection, and so its prepared statements, through an idle spell: no idle timeout is armed', async () => {
    const pool = (db.dataSource.driver as unknown as { master: { _clients: unknown[]; _idle: { timeoutId?: unknown }[] } }).master;
    expect(await db.dataSource.query('SELECT $1::int AS n', [7])).toEqual([{ n: 7 }]);
    expect(pool._clients).toHaveLength(1);
    expect(pool._idle).toHaveLength(1);
    expect(pool._idle[0].timeoutId).toBeUndefined();
  });

  it('prepares a parameterised text the second time it runs, and answers the same', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect(await db.dataSource.query(text, [1])).toEqual([{ n: 2 }]);
    expect(await prepared()).not.toContain(text);
    expect(await db.dataSource.query(text, [2])).toEqual([{ n: 3 }]);
    expect(await prepared()).toContain(text);
    expect(await db.dataSource.query(text, [3])).toEqual([{ n: 4 }]);
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
  });

  it('sends texts without parameters as they are, several commands in one included', async () => {
    const text = 'CREATE TEMPORARY TABLE IF NOT EXISTS several (id int); INSERT INTO several VALUES (1)';
    await db.dataSource.query(text);
    await db.dataSource.query(text);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM several')).toEqual([{ n: 2 }]);
    expect((await prepared()).join('\n')).not.toContain('several');
  });

  it('keeps at most the configured number of texts per connection, deallocating the least recently used', async () => {
    const texts = ['SELECT $1::int * 10 AS n', 'SELECT $1::int * 20 AS n', 'SELECT $1::int * 30 AS n'];
    for (const text of texts) {
      expect(await db.dataSource.query(text, [1])).toHaveLength(1);
      expect(await db.dataSource.query(text, [1])).toHaveLength(1);
    }
    // The third text's first run evicted the first text (limit 2): its statement is gone.
    expect(await prepared()).toEqual([texts[1], texts[2]]);
    // And it still runs (seen afresh, prepared again under a new name on its second run).
    expect(await db.dataSource.query(texts[0], [2])).toEqual([{ n: 20 }]);
    expect(await db.dataSource.query(texts[0], [3])).toEqual([{ n: 30 }]);
    expect(await prepared()).toContain(texts[0]);
  });

  it('evicts while a transaction’s statements wait on the connection, without mixing answers, and deallocates once it is idle', async () => {
    const cases = [1, 2, 3, 4].map((k) => ({ k, text: `SELECT $1::int * ${k} AS n, ${k} AS k` }));
    // Two at a time: the second waits while the first runs (more would queue, which pg 9 refuses).
    await db.dataSource.transaction(async (em) => {
      for (let round = 1; round <= 3; round++) {
        for (const pair of [cases.slice(0, 2), cases.slice(2)]) {
          const answers = await Promise.all(pair.map(({ text }) => em.query(text, [round])));
          expect(answers).toEqual(pair.map(({ k }) => [{ n: round * k, k }]));
        }
      }
    });
    expect(await db.dataSource.query('SELECT $1::int AS n', [0])).toEqual([{ n: 0 }]);
    expect((await prepared()).length).toBeLessThanOrEqual(2);
  });

  it('after DDL changes a prepared result, refuses once with PostgreSQL’s own error and prepares afresh', async () => {
    await db.dataSource.query('CREATE TABLE altered (id int)');
    await db.dataSource.query('INSERT INTO altered VALUES (1)');
    const text = 'SELECT * FROM altered WHERE id = $1';
    await db.dataSource.query(text, [1]);
    expect(await db.dataSource.query(text, [1])).toEqual([{ id: 1 }]);
    await db.dataSource.query('ALTER TABLE altered ADD COLUMN note text');
    await expect(db.dataSource.query(text, [1])).rejects.toMatchObject({ driverError: { code: '0A000' } });
    expect(await db.dataSource.query(text, [1])).toEqual([{ id: 1, note: null }]);
  });
});
