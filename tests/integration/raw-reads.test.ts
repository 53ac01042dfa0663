import { describe, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { Body } from '../../src/domains/bodies/body.entities';
import { rawRows } from '../../src/platform/database/raw';
import { talliedManager } from '../../src/platform/database/statement-counter';
import { useTestHub } from '../support/test-hub';

// The hot reads' plain SQL (rawRows) runs outside a transaction on the driver itself, not through
// TypeORM's query runner; inside one it stays on the transaction's connection. Both must count,
// fail and see rows as TypeORM's own statements do.
const t = useTestHub();

describe('rawRows', () => {
  it('counts a read outside a transaction in its request’s tally, and in the hub’s total', async () => {
    const tally = { count: 0 };
    const em = talliedManager(t.hub.db.dataSource, tally);
    const total = t.hub.db.statements.total;
    const rows = await rawRows<{ code: string }>(em, 'SELECT b.code AS code FROM body b WHERE b.code IN (:...codes) ORDER BY b.code', { codes: ['330100', '330200'] });
    expect(rows.map((r) => r.code)).toEqual(['330100', '330200']);
    expect(tally.count).toBe(1);
    expect(t.hub.db.statements.total).toBe(total + 1);
    // The same statement again (prepared once per connection): counted again, same answer.
    expect((await rawRows<{ code: string }>(em, 'SELECT b.code AS code FROM body b WHERE b.code IN (:...codes) ORDER BY b.code', { codes: ['330100', '330200'] })).length).toBe(2);
    expect(tally.count).toBe(2);
  });

  it('reads inside a transaction on its connection: its own uncommitted change, which rolls back', async () => {
    const before = await t.snapshot();
    const renamed = await t.em
      .transaction(async (tx) => {
        await tx.update(Body, { code: '330100' }, { name: '临时名称' });
        const [row] = await rawRows<{ name: string }>(tx, 'SELECT b.name AS name FROM body b WHERE b.code = :code', { code: '330100' });
        throw Object.assign(new Error('roll back'), { seen: row.name });
      })
      .catch((err: { seen?: string }) => err.seen);
    expect(renamed).toBe('临时名称');
    expect(await t.snapshot()).toEqual(before);
  });

  it('fails as TypeORM fails: a QueryFailedError carrying the driver’s error, counted', async () => {
    const tally = { count: 0 };
    const err = await rawRows(talliedManager(t.hub.db.dataSource, tally), 'SELECT x.missing FROM no_such_table x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryFailedError);
    expect(String((err as QueryFailedError).driverError?.message)).toMatch(/no_such_table/);
    expect(tally.count).toBe(1);
  });

  it('binds booleans and dates the same way on both databases', async () => {
    const [row] = await rawRows<{ yes: number | boolean; at: unknown }>(t.em, 'SELECT CASE WHEN :flag THEN 1 ELSE 0 END AS yes, :at AS at', { flag: true, at: new Date('2026-01-02T03:04:05.678Z') });
    expect(Number(row.yes)).toBe(1);
    expect(String(row.at)).toMatch(/^2026-01-02[ T]03:04:05\.678/);
  });
});
