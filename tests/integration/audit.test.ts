import { afterEach, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { auditHash } from '../../src/platform/audit/chain';
import { verifyAuditChain } from '../../src/platform/audit/verify';
import { AuditTrailDocument, CreateBodyDocument, DefinePowerDocument, DelegatePowerDocument, SignDelegationDocument } from '../generated/graphql';
import { allocation, definePower, delegate } from '../support/powers';
import { expectErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub();

const verify = () => verifyAuditChain(t.hub.db, { batchSize: 7 }); // small batches: breaks across batch edges too
type Row = Record<string, unknown>;

/** Raw SQL as an operator with database access would run it (`?` placeholders on both dialects). */
function sql(text: string, params: unknown[] = []): Promise<Row[]> {
  let i = 0;
  const q = t.hub.db.dialect === 'postgres' ? text.replace(/\?/g, () => `$${++i}`) : text;
  return t.hub.db.dataSource.query(q, params);
}

const COLUMNS = ['occurred_at', 'account_id', 'body_code', 'action', 'target_type', 'target_id', 'request_id', 'details', 'prev_hash', 'hash'];
const row = async (seq: number): Promise<Row> => (await sql('SELECT * FROM "audit_event" WHERE "id" = ?', [seq]))[0];
const writeRow = (seq: number, r: Row) => sql(`UPDATE "audit_event" SET ${COLUMNS.map((c) => `"${c}" = ?`).join(', ')} WHERE "id" = ?`, [...COLUMNS.map((c) => r[c]), seq]);
const insertRow = (r: Row) => sql(`INSERT INTO "audit_event" ("id", ${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`, [r.id, ...COLUMNS.map((c) => r[c])]);
const seqs = async () => (await t.em.find(AuditEvent, { order: { seq: 'ASC' }, select: { seq: true } })).map((e) => e.seq);

describe('the audit chain', () => {
  it('verifies on a fresh hub, demo data included', async () => {
    const r = await verify();
    expect(r).toMatchObject({ ok: true, break: null });
    expect(r.count).toBeGreaterThan(10);
    expect(r.count).toBe(await t.em.count(AuditEvent));
  });

  it('stays one valid chain under 40 concurrent mutations through HTTP', async () => {
    const before = await seqs();
    const code = await definePower(t);
    const provinces = ['110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000', '340000', '350000', '360000'];
    const results = await Promise.all([
      ...provinces.map((p) => t.run(DelegatePowerDocument, { input: { powerCode: code, toBodyCode: p, noFiscalNeedReason: '由现有编制承担' } }, 'CN-NDRC:LEAD')),
      ...Array.from({ length: 13 }, (_, i) =>
        t.run(DefinePowerDocument, { input: { code: `AUDIT-CONCURRENT-${process.pid}-${i}`, title: `并发事权 ${i}`, field: 'testing', estimatedAnnualCost: '10.00' } }, 'CN-NDRC:LEAD'),
      ),
      ...Array.from({ length: 14 }, (_, i) =>
        t.run(CreateBodyDocument, { input: { code: `330100-AUD${String.fromCharCode(65 + i)}`, name: `审计测试局${i}`, level: 'MUNICIPAL', kind: 'DEPARTMENT', parentCode: '330100' } }, '330000:ADMIN'),
      ),
    ]);
    expect(results).toHaveLength(40);
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(Object.values(r.data!)[0]).toMatchObject({ userErrors: [] });
    }
    const after = await seqs();
    expect(after.length).toBe(before.length + 41);
    expect(after.slice(before.length)).toEqual(Array.from({ length: 41 }, (_, i) => before[before.length - 1] + 1 + i)); // no gaps
    expect(await verify()).toMatchObject({ ok: true, count: after.length });
  });

  it('is built by the migration for events written before it, with the same hashes', async () => {
    const ds = t.hub.db.dataSource;
    const hashes = await sql('SELECT "id", "hash" FROM "audit_event" ORDER BY "id"');
    // Undo the later migrations, then the AuditChain migration itself.
    const chain = ds.migrations.findIndex((m) => /^AuditChain/.test(m.name!));
    expect(chain).toBeGreaterThanOrEqual(0);
    for (let i = ds.migrations.length - 1; i >= chain; i--) await ds.undoLastMigration({ transaction: 'each' });
    expect((await sql('SELECT * FROM "audit_event" LIMIT 1'))[0]).not.toHaveProperty('hash');
    await ds.runMigrations({ transaction: 'each' });
    expect(await sql('SELECT "id", "hash" FROM "audit_event" ORDER BY "id"')).toEqual(hashes);
    expect(await verify()).toMatchObject({ ok: true, count: hashes.length });
  });
});

describe('verify names the first broken link', () => {
  // Each case tampers with the stored events, checks the verdict, then puts the rows back as they were.
  afterEach(async () => expect((await verify()).break).toBeNull());

  it('an edited row (the first of two)', async () => {
    const [five, nine] = [await row(5), await row(9)];
    await sql('UPDATE "audit_event" SET "details" = ? WHERE "id" = ?', ['{"tampered":true}', 5]);
    await sql('UPDATE "audit_event" SET "body_code" = ? WHERE "id" = ?', ['CN', 9]);
    expect(await verify()).toMatchObject({ ok: false, count: 4, break: { seq: 5, kind: 'edited' } });
    await writeRow(5, five);
    expect((await verify()).break).toMatchObject({ seq: 9, kind: 'edited' });
    await writeRow(9, nine);
  });

  it('a deleted row, in the middle and the newest one', async () => {
    const last = (await seqs()).at(-1)!;
    const [twelve, newest] = [await row(12), await row(last)];
    await sql('DELETE FROM "audit_event" WHERE "id" IN (?, ?)', [12, last]);
    expect(await verify()).toMatchObject({ ok: false, count: 11, break: { seq: 12, kind: 'deleted' } });
    await insertRow(twelve);
    expect((await verify()).break).toMatchObject({ seq: last, kind: 'deleted' });
    await insertRow(newest);
  });

  it('two rows swapped (reordered)', async () => {
    const [a, b] = [await row(20), await row(21)];
    await writeRow(20, b);
    await writeRow(21, a);
    expect(await verify()).toMatchObject({ ok: false, count: 19, break: { seq: 20, kind: 'reordered' } });
    await writeRow(20, a);
    await writeRow(21, b);
  });

  it('an edited row whose hash was recomputed to match (named by the next link)', async () => {
    const seven = await row(7);
    const event = await t.em.findOneByOrFail(AuditEvent, { seq: 7 });
    const forged = auditHash(event.prevHash, { ...event, action: 'body.forged' });
    await sql('UPDATE "audit_event" SET "action" = ?, "hash" = ? WHERE "id" = ?', ['body.forged', forged, 7]);
    expect((await verify()).break).toMatchObject({ seq: 7, kind: 'edited' });
    await writeRow(7, seven);
  });
});

describe('auditTrail', () => {
  it('gives the history of a delegation to its grantor’s jurisdiction, oldest first, page by page', async () => {
    const code = await definePower(t);
    const province = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1000.00') });
    const proposed = await delegate(t, '330000:OFFICER', { powerCode: code, toBodyCode: '330100', parentDelegationId: province.id, fiscalAllocation: allocation('400.00') });
    const signed = await t.run(SignDelegationDocument, { input: { delegationId: proposed.id } }, '330000:LEAD');
    expect(signed.data?.signDelegation.userErrors).toEqual([]);

    const trail = await t.run(AuditTrailDocument, { targetId: proposed.id }, '330000:VIEWER');
    expect(trail.errors).toBeUndefined();
    const events = trail.data!.auditTrail.edges.map((e) => e.node);
    expect(trail.data!.auditTrail.totalCount).toBe(2);
    expect(events.map((e) => [e.action, e.bodyCode, e.accountId])).toEqual([
      ['delegation.propose', '330000', 'test:330000:OFFICER'],
      ['delegation.sign', '330000', 'test:330000:LEAD'],
    ]);
    expect(events[0].seq).toBeLessThan(events[1].seq);
    expect(JSON.parse(events[0].details!)).toMatchObject({ grantor: '330000', grantee: '330100', amount: '40000' });
    expect(events[1].details).toBeNull();
    const stored = await t.em.findOneByOrFail(AuditEvent, { seq: events[1].seq });
    expect([events[1].hash, events[1].previousHash]).toEqual([stored.hash, stored.prevHash]);

    // The grantee (inside the jurisdiction) reads it too; pages follow the cursor.
    const first = await t.run(AuditTrailDocument, { targetId: proposed.id, first: 1 }, '330100:VIEWER');
    expect(first.data?.auditTrail.edges.map((e) => e.node.action)).toEqual(['delegation.propose']);
    expect(first.data?.auditTrail.pageInfo.hasNextPage).toBe(true);
    const second = await t.run(AuditTrailDocument, { targetId: proposed.id, first: 1, after: first.data!.auditTrail.pageInfo.endCursor }, '330100:VIEWER');
    expect(second.data?.auditTrail.edges.map((e) => e.node.action)).toEqual(['delegation.sign']);
    expect(second.data?.auditTrail.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses another province (FORBIDDEN), the public (UNAUTHENTICATED) and what is not an id', async () => {
    const code = await definePower(t);
    const d = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('10.00') });
    const other = await t.run(AuditTrailDocument, { targetId: d.id }, '320000:LEAD');
    expectErrorCodes(other, ['FORBIDDEN']);
    expect(other.data).toBeNull();
    expectErrorCodes(await t.run(AuditTrailDocument, { targetId: d.id }), ['UNAUTHENTICATED']);
    expectErrorCodes(await t.run(AuditTrailDocument, { targetId: 'not-an-id' }, '330000:LEAD'), ['BAD_USER_INPUT']);
  });
});
