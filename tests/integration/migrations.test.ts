import { describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../src/cli/migrations';
import { settleDeadlines, useTestHub } from '../support/test-hub';

const t = useTestHub();

describe('migrations', () => {
  it('bring the database exactly to the entities (no drift)', async () => {
    const changes = await pendingSchemaChanges(t.hub.db);
    expect(changes.up, `run "npm run hub -- migration generate <Name>"; pending:\n${changes.up.join('\n')}`).toEqual([]);
  });

  it('every migration can be undone, and redone', async () => {
    const ds = t.hub.db.dataSource;
    const count = ds.migrations.length;
    expect(count).toBeGreaterThan(0);
    // SQLite rebuilds tables to drop columns and keys; like TypeORM's CLI there, run it without
    // foreign-key enforcement (PostgreSQL keeps it on).
    // The demo's deadlines and events are processed first: on SQLite the scheduler and the relay
    // share the one connection, and a transaction of theirs would interleave with the undo.
    await settleDeadlines(t.hub);
    await t.hub.scheduler.stop();
    await t.hub.relay.stop();
    if (t.hub.db.dialect === 'sqlite') await ds.query('PRAGMA foreign_keys = OFF');
    for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
    if (t.hub.db.dialect === 'sqlite') await ds.query('PRAGMA foreign_keys = ON');
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(false);
    expect((await pendingSchemaChanges(t.hub.db)).up).toEqual([]);
  });
});
