import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { Delegation } from '../../src/domains/powers/delegation.entities';
import {
  DelegatePowerDocument,
  DelegationDocument,
  FinanceDashboardDocument,
  PowerDocument,
  PowersDocument,
  RevokeDelegationDocument,
  SignDelegationDocument,
  UnfundedMandatesDocument,
} from '../generated/graphql';
import { allocation, definePower, delegate, YEAR } from '../support/powers';
import { expectUserErrors, useTestHub, waitFor } from '../support/test-hub';

const t = useTestHub();

describe('powers', () => {
  it('are defined by a central LEAD and readable by the public', async () => {
    const code = await definePower(t, '1200000000.00');
    const r = await t.run(PowerDocument, { code });
    expect(r.data?.power).toMatchObject({ code, estimatedAnnualCost: '1200000000.00' });
    const list = await t.run(PowersDocument, { field: 'testing', first: 100 });
    expect(list.data?.powers.edges.map((e) => e.node.code)).toContain(code);
  });

  it('demo data holds realistic powers and unfunded mandates on a fresh start', async () => {
    const list = await t.run(PowersDocument, { first: 100 });
    expect(list.data?.powers.edges.map((e) => e.node.code)).toEqual(
      expect.arrayContaining(['ENTERPRISE-INVESTMENT-APPROVAL', 'CONSTRUCTION-LAND-CONVERSION', 'DRUG-RETAIL-LICENSING']),
    );
    const unfunded = await t.run(UnfundedMandatesDocument, { fiscalYear: new Date().getUTCFullYear(), first: 50 }, 'CN:VIEWER');
    expect(unfunded.data?.unfundedMandates.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe('delegation down the tree with matched fiscal authority', () => {
  it('delegates centre → province → city, ACTIVE when a LEAD signs, with coverage and held powers', async () => {
    const code = await definePower(t, '1000000.00');
    const province = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1000000.00'), estimatedCost: '1000000.00' });
    expect(province).toMatchObject({ status: 'ACTIVE', coverage: 1, grantor: { code: 'CN-NDRC' }, grantee: { code: '330000' }, fiscalAllocation: { amount: '1000000.00', currency: 'CNY', fiscalYear: YEAR } });
    const city = await delegate(t, '330000:LEAD', {
      powerCode: code,
      toBodyCode: '330100',
      parentDelegationId: province.id,
      fiscalAllocation: allocation('300000.00'),
      estimatedCost: '400000.00',
      scope: '市域内项目',
    });
    expect(city).toMatchObject({ status: 'ACTIVE', coverage: 0.75, parent: { id: province.id }, scope: '市域内项目' });
    const dash = await t.run(FinanceDashboardDocument, { code: '330100', first: 50, fiscalYear: YEAR }, '330100:VIEWER');
    expect(dash.data?.body?.powers.find((p) => p.power.code === code)?.delegation?.id).toBe(city.id);
  });

  it('keeps an OFFICER’s delegation PROPOSED until a LEAD signs it', async () => {
    const code = await definePower(t);
    const draft = await delegate(t, 'CN-NDRC:OFFICER', { powerCode: code, toBodyCode: '320000', fiscalAllocation: allocation('500.00') });
    expect(draft.status).toBe('PROPOSED');
    const signed = await t.run(SignDelegationDocument, { input: { delegationId: draft.id } }, 'CN-NDRC:LEAD');
    expect(signed.data?.signDelegation).toMatchObject({ userErrors: [], delegation: { status: 'ACTIVE' } });
  });

  it('accepts an explicit reason instead of money, and then carries no allocation', async () => {
    const code = await definePower(t);
    const d = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '440000', noFiscalNeedReason: '由现有编制承担' });
    expect(d).toMatchObject({ status: 'ACTIVE', fiscalAllocation: null, coverage: null, noFiscalNeedReason: '由现有编制承担', fiscalYear: new Date().getUTCFullYear() });
  });

  it('carries factor quotas and keeps their sums exact', async () => {
    const code = await definePower(t);
    const p = await delegate(t, 'CN-NDRC:LEAD', {
      powerCode: code,
      toBodyCode: '330000',
      fiscalAllocation: allocation('90071992547409.91'),
      quotas: [{ kind: 'LAND', quantity: '100.5', unit: 'hectare' }],
    });
    expect(p.fiscalAllocation?.amount).toBe('90071992547409.91');
    const c = await delegate(t, '330000:LEAD', {
      powerCode: code,
      toBodyCode: '330200',
      parentDelegationId: p.id,
      fiscalAllocation: allocation('90071992547409.90'),
      quotas: [{ kind: 'LAND', quantity: '100.499', unit: 'hectare' }],
    });
    expect(c.quotas).toEqual([{ kind: 'LAND', quantity: '100.499', unit: 'hectare' }]);
    const dash = await t.run(FinanceDashboardDocument, { code: '330000', first: 50, fiscalYear: YEAR }, '330000:VIEWER');
    expect(BigInt(dash.data!.body!.fiscalCoverage.allocated.replace('.', ''))).toBeGreaterThanOrEqual(9007199254740991n);
  });
});

describe('revocation', () => {
  it('revokes everything re-delegated from it, returns the authority, and writes audit events', async () => {
    const code = await definePower(t);
    const p = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1000.00') });
    const c = await delegate(t, '330000:LEAD', { powerCode: code, toBodyCode: '330100', parentDelegationId: p.id, fiscalAllocation: allocation('400.00') });
    const g = await delegate(t, '330100:LEAD', { powerCode: code, toBodyCode: '330100-FIN', parentDelegationId: c.id, fiscalAllocation: allocation('100.00') }).catch(() => null);
    expect(g).toBeNull(); // a department of the same level is not "below" (sideways)
    const audits = await t.em.count(AuditEvent);
    const r = await t.run(RevokeDelegationDocument, { input: { delegationId: p.id, reason: '调整事权' } }, 'CN:LEAD');
    expect(r.data?.revokeDelegation).toMatchObject({ userErrors: [], delegation: { status: 'REVOKED' }, returnedAmount: '1000.00' });
    expect(r.data?.revokeDelegation.revokedWithIt?.map((d) => [d.grantee.code, d.status])).toEqual([['330100', 'REVOKED']]);
    expect(await t.em.count(AuditEvent)).toBe(audits + 1);
    const held = await t.run(FinanceDashboardDocument, { code: '330100', first: 5, fiscalYear: YEAR }, '330100:VIEWER');
    expect(held.data?.body?.powers.map((x) => x.power.code)).not.toContain(code);
    const node = await t.run(DelegationDocument, { id: c.id }, '330100:VIEWER');
    expect(node.data?.node).toMatchObject({ status: 'REVOKED' });
  });
});

describe('unfunded mandates', () => {
  it('lists active delegations with coverage below 1, worst first, inside the caller’s jurisdiction', async () => {
    const code = await definePower(t);
    await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '430000', fiscalAllocation: allocation('10.00', 2031), estimatedCost: '100.00' });
    const hunan = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '420000', fiscalAllocation: allocation('50.00', 2031), estimatedCost: '100.00' });
    await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '410000', fiscalAllocation: allocation('100.00', 2031), estimatedCost: '100.00' });
    await delegate(t, '420000:LEAD', { powerCode: code, toBodyCode: '420100', parentDelegationId: hunan.id, fiscalAllocation: allocation('20.00', 2031), estimatedCost: '100.00' });
    const national = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, first: 10 }, 'CN-MOF:VIEWER');
    expect(national.data?.unfundedMandates.edges.map((e) => [e.node.grantee.code, e.node.coverage])).toEqual([
      ['430000', 0.1],
      ['420100', 0.2],
      ['420000', 0.5],
    ]);
    const provincial = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, level: 'PROVINCIAL', first: 10 }, 'CN:VIEWER');
    expect(provincial.data?.unfundedMandates.totalCount).toBe(2);
    const hubei = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, first: 10 }, '420000-FIN:VIEWER');
    expect(hubei.data?.unfundedMandates.edges.map((e) => e.node.grantee.code)).toEqual(['420100', '420000']);
    const page2 = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, first: 1, after: national.data!.unfundedMandates.edges[0].cursor }, 'CN:VIEWER');
    expect(page2.data?.unfundedMandates.edges.map((e) => e.node.grantee.code)).toEqual(['420100']);
  });

  it('leaves out a revoked delegation and one whose term has ended', async () => {
    const code = await definePower(t);
    const kept = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '430000', fiscalAllocation: allocation('10.00', 2032), estimatedCost: '100.00' });
    const revoked = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '420000', fiscalAllocation: allocation('20.00', 2032), estimatedCost: '100.00' });
    const ending = await delegate(t, 'CN-NDRC:LEAD', {
      powerCode: code,
      toBodyCode: '410000',
      fiscalAllocation: allocation('30.00', 2032),
      estimatedCost: '100.00',
      effectiveTo: new Date(Date.now() + 1000).toISOString(), // listed until the revocation's second look
    });
    const listed = async () => (await t.run(UnfundedMandatesDocument, { fiscalYear: 2032, first: 10 }, 'CN:VIEWER')).data!.unfundedMandates.edges.map((e) => e.node.id);
    expect(await listed()).toEqual([kept.id, revoked.id, ending.id]);
    expect((await t.run(RevokeDelegationDocument, { input: { delegationId: revoked.id, reason: '调整事权' } }, 'CN:LEAD')).data?.revokeDelegation.userErrors).toEqual([]);
    expect(await listed()).toEqual([kept.id, ending.id]);
    await waitFor(async () => (await listed()).length === 1, { what: 'the ended term to leave the list' });
    expect(await listed()).toEqual([kept.id]);
  });

  it('costs two statements for a page of 1 or of 10: the page with its total and powers, then the grantees', async () => {
    const one = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, first: 1 }, 'CN:VIEWER');
    const ten = await t.run(UnfundedMandatesDocument, { fiscalYear: 2031, first: 10 }, 'CN:VIEWER');
    expect(ten.data?.unfundedMandates.edges.length).toBeGreaterThan(1);
    expect(ten.data?.unfundedMandates.edges.every((e) => e.node.power.code.length > 0)).toBe(true);
    expect(one.extensions?.sqlStatements).toBe(2);
    expect(ten.extensions?.sqlStatements).toBe(2);
  });
});

describe('the finance dashboard', () => {
  it('costs the same bounded number of statements for 5 or 50 delegations per page', async () => {
    const code = await definePower(t, '100.00');
    const parent = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '350000', fiscalAllocation: allocation('100000.00', 2032), quotas: [{ kind: 'ENERGY', quantity: '1000', unit: 'tce' }] });
    const cities = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];
    for (const city of cities) {
      await delegate(t, '350000:LEAD', { powerCode: code, toBodyCode: city, parentDelegationId: parent.id, fiscalAllocation: allocation('1000.00', 2032), quotas: [{ kind: 'ENERGY', quantity: '10', unit: 'tce' }] });
    }
    const small = await t.run(FinanceDashboardDocument, { code: '350000', first: 2, fiscalYear: 2032 }, '350000-FIN:VIEWER');
    const large = await t.run(FinanceDashboardDocument, { code: '350000', first: 50, fiscalYear: 2032 }, '350000-FIN:VIEWER');
    expect(large.errors).toBeUndefined();
    expect(large.data?.body?.delegationsGranted.edges).toHaveLength(9);
    expect(large.data?.body?.delegationsGranted.edges[0].node.quotas).toEqual([{ kind: 'ENERGY', quantity: '10.000', unit: 'tce' }]);
    expect(large.data?.body?.fiscalCoverage).toMatchObject({ delegations: 1, allocated: '100000.00', redelegated: '9000.00' });
    expect(Math.abs(small.extensions!.sqlStatements! - large.extensions!.sqlStatements!)).toBeLessThanOrEqual(1);
    // Independent of page size; the exact figure varies by one or two with how DataLoader batches
    // fall across event-loop ticks (SQLite answers synchronously, PostgreSQL does not).
    expect(large.extensions?.sqlStatements).toBeLessThanOrEqual(16);
    process.stdout.write(`finance dashboard: ${large.extensions?.sqlStatements} SQL statements for 50 per page, ${small.extensions?.sqlStatements} for 2\n`);
  });
});

describe('idempotency', () => {
  it('returns the first result for a repeated key, also when retries race', async () => {
    const code = await definePower(t);
    const input = { powerCode: code, toBodyCode: '360000', fiscalAllocation: allocation('10.00'), idempotencyKey: 'key-1' };
    const results = await Promise.all(Array.from({ length: 6 }, () => t.run(DelegatePowerDocument, { input }, 'CN-NDRC:LEAD')));
    const ids = new Set(results.map((r) => r.data?.delegatePower.delegation?.id));
    expect(results.every((r) => r.data?.delegatePower.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    const rows = await t.em.count(Delegation, { where: { granteeId: (await t.hub.db.dataSource.query(`SELECT id FROM body WHERE code = '360000'`))[0].id } });
    expect(rows).toBe(1);
    const reused = await t.run(DelegatePowerDocument, { input: { ...input, fiscalAllocation: allocation('11.00') } }, 'CN-NDRC:LEAD');
    expectUserErrors(reused, ['IDEMPOTENCY_KEY_REUSED']);
  });
});
