import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../src/cli/migrations';
import { startTestHub, TestHub } from '../support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => t?.stop());

describe('migrations', () => {
  it('bring the database exactly to the entities (no drift)', async () => {
    const changes = await pendingSchemaChanges(t.hub.db);
    expect(changes.up, `run "npm run hub -- migration generate <Name>"; pending:\n${changes.up.join('\n')}`).toEqual([]);
  });

  it('every migration can be undone, and redone', async () => {
    const ds = t.hub.db.dataSource;
    const count = ds.migrations.length;
    expect(count).toBeGreaterThan(0);
    await ds.query('DELETE FROM body_ancestry');
    await ds.query('DELETE FROM audit_event');
    await ds.query('DELETE FROM hub_meta');
    await ds.query('UPDATE body SET parent_id = NULL');
    await ds.query('DELETE FROM body');
    for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(false);
    expect((await pendingSchemaChanges(t.hub.db)).up).toEqual([]);
  });
});
