import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { Body } from '../../src/domains/bodies/body.entities';
import { BodiesDocument, BodyDocument, CreateBodyDocument, UpdateBodyDocument } from '../generated/graphql';
import { expectErrorCodes, expectUserErrors, useTestHub } from '../support/test-hub';

const t = useTestHub();

const bodyCount = () => t.em.count(Body);
const auditCount = () => t.em.count(AuditEvent);

describe('createBody / updateBody: success', () => {
  it('lets an ADMIN of an ancestor add a county government and a department, with audit events', async () => {
    const audits = await auditCount();
    const county = await t.run(
      CreateBodyDocument,
      { input: { code: '330102', name: '上城区', level: 'COUNTY', kind: 'GOVERNMENT', parentCode: '330100' } },
      '330000:ADMIN',
    );
    expect(county.data?.createBody.userErrors).toEqual([]);
    expect(county.data?.createBody.body).toMatchObject({ code: '330102', level: 'COUNTY', parent: { code: '330100' } });

    const dept = await t.run(
      CreateBodyDocument,
      { input: { code: '330102-FIN', name: '上城区财政局', level: 'COUNTY', kind: 'DEPARTMENT', parentCode: '330102' } },
      '330100:ADMIN',
    );
    expect(dept.data?.createBody.userErrors).toEqual([]);
    const under = await t.run(BodiesDocument, { under: '330000', level: 'COUNTY' });
    expect(under.data?.bodies.edges.map((e) => e.node.code)).toEqual(['330102', '330102-FIN']);
    expect(await auditCount()).toBe(audits + 2);
    const event = await t.em.findOneByOrFail(AuditEvent, { action: 'body.create', bodyCode: '330100' });
    expect(event).toMatchObject({ accountId: 'test:330100:ADMIN', targetType: 'Body' });
    expect(event.requestId).toMatch(/\S{8,}/);
  });

  it('renames a body below the admin', async () => {
    const r = await t.run(UpdateBodyDocument, { input: { code: '330102', name: '杭州市上城区' } }, '330000:ADMIN');
    expect(r.data?.updateBody).toMatchObject({ userErrors: [], body: { name: '杭州市上城区' } });
  });
});

describe('createBody / updateBody: refusals change nothing', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['duplicate code', { code: '330100', name: '杭州市', level: 'MUNICIPAL', kind: 'GOVERNMENT', parentCode: '330000' }, '330000:ADMIN', 'DUPLICATE_CODE'],
    ['municipal under a municipal', { code: '330199', name: '某市', level: 'MUNICIPAL', kind: 'GOVERNMENT', parentCode: '330100' }, '330000:ADMIN', 'LEVEL_MISMATCH'],
    ['department with another level', { code: '330100-EDU', name: '教育局', level: 'PROVINCIAL', kind: 'DEPARTMENT', parentCode: '330100' }, '330000:ADMIN', 'LEVEL_MISMATCH'],
    ['department under a department', { code: '330100-FIN-X', name: '某处', level: 'MUNICIPAL', kind: 'DEPARTMENT', parentCode: '330100-FIN' }, '330000:ADMIN', 'INVALID_PARENT'],
    ['code that is not under the parent', { code: '320199', name: '某市', level: 'MUNICIPAL', kind: 'GOVERNMENT', parentCode: '330000' }, '330000:ADMIN', 'VALIDATION_FAILED'],
    ['a second central government', { code: 'CN2', name: '另一个中央', level: 'CENTRAL', kind: 'GOVERNMENT', parentCode: 'CN' }, 'CN:ADMIN', 'LEVEL_MISMATCH'],
    ['unknown parent', { code: '330100-EDU', name: '教育局', level: 'MUNICIPAL', kind: 'DEPARTMENT', parentCode: 'NOPE' }, 'CN:ADMIN', 'NOT_FOUND'],
    ['a one-letter name', { code: '330100-EDU', name: 'x', level: 'MUNICIPAL', kind: 'DEPARTMENT', parentCode: '330100' }, '330000:ADMIN', 'VALIDATION_FAILED'],
  ];
  it.each(cases)('refuses %s with a user error', async (_name, input, as, code) => {
    const [bodies, audits] = [await bodyCount(), await auditCount()];
    const r = await t.run(CreateBodyDocument, { input: input as never }, as);
    expect(r.errors).toBeUndefined();
    expect(r.data?.createBody.body).toBeNull();
    expectUserErrors(r, [code]);
    expect([await bodyCount(), await auditCount()]).toEqual([bodies, audits]);
  });

  it('refuses callers who are not ADMIN, or whose body is not above the parent, as FORBIDDEN', async () => {
    const input = { code: '330100-EDU', name: '杭州市教育局', level: 'MUNICIPAL' as const, kind: 'DEPARTMENT' as const, parentCode: '330100' };
    const before = await bodyCount();
    expectErrorCodes(await t.run(CreateBodyDocument, { input }, '330000:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(CreateBodyDocument, { input }, '320000:ADMIN'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(CreateBodyDocument, { input }, '330100-FIN:ADMIN'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(CreateBodyDocument, { input }), ['UNAUTHENTICATED']);
    expect(await bodyCount()).toBe(before);
  });

  it('refuses to update a body that is not strictly below the admin, or to move it under itself', async () => {
    expectErrorCodes(await t.run(UpdateBodyDocument, { input: { code: '330000', name: '改名' } }, '330000:ADMIN'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(UpdateBodyDocument, { input: { code: '320100', name: '改名' } }, '330000:ADMIN'), ['FORBIDDEN']);
    const cycle = await t.run(UpdateBodyDocument, { input: { code: '330100', parentCode: '330100-FIN' } }, '330000:ADMIN');
    expectUserErrors(cycle, ['INVALID_PARENT']);
    const { data } = await t.run(BodyDocument, { code: '330100' });
    expect(data?.body).toMatchObject({ name: '杭州市', parent: { code: '330000' } });
  });
});

describe('restart', () => {
  it('keeps the data and does not load the demo data twice', async () => {
    const before = await bodyCount();
    await t.restart();
    expect(await bodyCount()).toBe(before);
    const { data } = await t.run(BodyDocument, { code: '330102' });
    expect(data?.body?.name).toBe('杭州市上城区');
    const provinces = await t.run(BodiesDocument, { level: 'PROVINCIAL', kind: 'GOVERNMENT' });
    expect(provinces.data?.bodies.totalCount).toBe(31);
  });
});
