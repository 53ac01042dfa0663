import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { Directive, Receipt } from '../../src/domains/channels/channel.entities';
import { useTestHub } from '../support/test-hub';

// Receipts refer to their directive and recipient without foreign keys (a directive to every
// government would otherwise lock thousands of body rows one receipt at a time): what keeps those
// references sound is that neither table ever loses a row. The database itself refuses it, on
// both dialects, whoever asks (the hub never deletes either; an operator's SQL is refused too).
const t = useTestHub();

describe('bodies and directives are never deleted', () => {
  it('refuses to delete a body that receipts refer to, and one that nothing refers to, and changes nothing', async () => {
    const recipient = (await t.em.query('SELECT recipient_id AS id FROM receipt LIMIT 1'))[0].id as string;
    const source = await t.em.findOneByOrFail(Body, { code: '330100' });
    const lonely = t.em.create(Body, { ...source, rowId: randomUUID(), code: 'NEVER-DELETED', name: '无人引用的机构', parentId: null });
    await t.em.insert(Body, lonely);
    const before = await t.snapshot();
    for (const id of [recipient, lonely.rowId]) {
      await expect(t.em.delete(Body, { rowId: id })).rejects.toThrow(/never deleted/);
    }
    await expect(t.em.query('DELETE FROM body')).rejects.toThrow(/never deleted/);
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses to delete a directive, and its receipts stay', async () => {
    const directive = await t.em.findOneOrFail(Directive, { where: {}, order: { issuedAt: 'ASC' } });
    const receipts = await t.em.count(Receipt, { where: { directiveId: directive.rowId } });
    expect(receipts).toBeGreaterThan(0);
    const before = await t.snapshot();
    await expect(t.em.delete(Directive, { rowId: directive.rowId })).rejects.toThrow(/never deleted/);
    expect(await t.snapshot()).toEqual(before);
  });
});
