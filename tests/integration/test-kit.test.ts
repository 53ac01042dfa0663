import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { Power } from '../../src/domains/powers/power.entities';
import { rowCount, useTestHub } from '../support/test-hub';

// The refusal tests prove "nothing changed" by snapshots: the snapshot itself must see any change
// to any column of any row, or those tests would pass vacuously.
const t = useTestHub();

describe('snapshot()', () => {
  it('covers every table, and is equal when nothing changed', async () => {
    const before = await t.snapshot();
    expect(Object.keys(before).sort()).toEqual(t.hub.db.dataSource.entityMetadatas.map((m) => m.tableName).sort());
    expect(rowCount(before, 'body')).toBeGreaterThan(1000);
    expect(await t.snapshot()).toEqual(before);
  });

  it('changes with one column of one row: a name, a timestamp by a millisecond, a value set to NULL; and back', async () => {
    const body = await t.em.findOneByOrFail(Body, { code: '330100' });
    const original = { name: body.name, updatedAt: body.updatedAt, parentId: body.parentId };
    const before = await t.snapshot();
    const changes: Partial<Body>[] = [{ name: `${body.name}·` }, { updatedAt: new Date(body.updatedAt.getTime() + 1) }, { parentId: null }];
    for (const change of changes) {
      await t.em.update(Body, { rowId: body.rowId }, change);
      const after = await t.snapshot();
      expect(after.body, JSON.stringify(change)).not.toEqual(before.body);
      expect(rowCount(after, 'body')).toBe(rowCount(before, 'body'));
      await t.em.update(Body, { rowId: body.rowId }, original);
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('changes with a row added or removed', async () => {
    // A power, not a body: bodies are never deleted (tests/integration/never-deleted.test.ts).
    const before = await t.snapshot();
    const power = await t.em.findOneOrFail(Power, { where: {} });
    await t.em.save(t.em.create(Power, { ...power, rowId: randomUUID(), code: 'KIT-TEST' }));
    const added = await t.snapshot();
    expect(rowCount(added, 'power')).toBe(rowCount(before, 'power') + 1);
    await t.em.delete(Power, { code: 'KIT-TEST' });
    expect(await t.snapshot()).toEqual(before);
  });
});
