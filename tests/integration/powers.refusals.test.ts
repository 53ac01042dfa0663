import { beforeAll, describe, expect, it } from 'vitest';
import { Delegation } from '../../src/domains/powers/delegation.entities';
import { Power } from '../../src/domains/powers/power.entities';
import {
  DefinePowerDocument,
  DelegatePowerDocument,
  DelegatePowerMutationVariables,
  DelegationDocument,
  FinanceDashboardDocument,
  RevokeDelegationDocument,
  SignDelegationDocument,
  UnfundedMandatesDocument,
} from '../generated/graphql';
import { errorCodes } from '../support/client';
import { allocation, definePower, delegate, YEAR } from '../support/powers';
import { expectErrorCodes, expectUserErrors, useTestHub } from '../support/test-hub';

const t = useTestHub();

/** Runs delegatePower, expects one user error with this code, and that nothing changed. */
async function refused(as: string, input: DelegatePowerMutationVariables['input'], code: string) {
  const r = await t.unchanged(() => t.run(DelegatePowerDocument, { input }, as));
  expect(r.data?.delegatePower.delegation).toBeNull();
  expectUserErrors(r, [code]);
}

describe('definePower refusals', () => {
  it('refuses non-central callers, non-LEADs and duplicate codes', async () => {
    const input = { code: 'X-POWER', title: '某事权', field: 'testing' };
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(DefinePowerDocument, { input }, '330000:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(DefinePowerDocument, { input }, 'CN-NDRC:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(DefinePowerDocument, { input }), ['UNAUTHENTICATED']);
      const dup = await t.run(DefinePowerDocument, { input: { ...input, code: 'ENTERPRISE-INVESTMENT-APPROVAL' } }, 'CN-NDRC:LEAD');
      expectUserErrors(dup, ['DUPLICATE_CODE']);
    });
  });

  it.each([['1.5e6'], ['-100.00'], ['12.345'], ['abc'], ['1,000.00'], ['99999999999999999999.00']])('refuses Money %s as BAD_USER_INPUT', async (money) => {
    const r = await t.run(DefinePowerDocument, { input: { code: 'MONEY-TEST', title: '金额', field: 'testing', estimatedAnnualCost: money } }, 'CN-NDRC:LEAD');
    expectErrorCodes(r, ['BAD_USER_INPUT']);
  });

  it('refuses a float Money literal', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('CN-NDRC', ['LEAD'])}` },
      body: JSON.stringify({ query: 'mutation { definePower(input: { code: "FLOAT-X", title: "浮点", field: "t", estimatedAnnualCost: 12.5 }) { userErrors { code } } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await t.em.count(Power, { where: { code: 'FLOAT-X' } })).toBe(0);
  });
});

describe('delegatePower refusals', () => {
  let code: string;
  let province: { id: string };
  beforeAll(async () => {
    code = await definePower(t, '1000.00');
    province = await delegate(t, 'CN-NDRC:LEAD', {
      powerCode: code,
      toBodyCode: '330000',
      fiscalAllocation: allocation('1000.00'),
      quotas: [{ kind: 'LAND', quantity: '10', unit: 'hectare' }],
    });
  });

  it('refuses a delegation without money or a reason (no unfunded mandate by omission)', async () => {
    await refused('CN-NDRC:LEAD', { powerCode: code, toBodyCode: '320000' }, 'FISCAL_ALLOCATION_REQUIRED');
    await refused('CN-NDRC:OFFICER', { powerCode: code, toBodyCode: '320000', noFiscalNeedReason: '   ' }, 'FISCAL_ALLOCATION_REQUIRED');
  });

  it('refuses upward, sideways and cross-jurisdiction delegations', async () => {
    await refused('330000:LEAD', { powerCode: code, toBodyCode: 'CN', parentDelegationId: province.id, fiscalAllocation: allocation('1.00') }, 'GRANTEE_NOT_BELOW');
    await refused('330000:LEAD', { powerCode: code, toBodyCode: '320100', parentDelegationId: province.id, fiscalAllocation: allocation('1.00') }, 'GRANTEE_NOT_BELOW');
    await refused('330000:LEAD', { powerCode: code, toBodyCode: '330000-FIN', parentDelegationId: province.id, fiscalAllocation: allocation('1.00') }, 'GRANTEE_NOT_BELOW');
    await refused('CN-NDRC:LEAD', { powerCode: code, toBodyCode: 'CN-MOF', fiscalAllocation: allocation('1.00') }, 'GRANTEE_NOT_BELOW');
  });

  it('refuses bodies that do not hold the power', async () => {
    await refused('330000:LEAD', { powerCode: code, toBodyCode: '330100', fiscalAllocation: allocation('1.00') }, 'POWER_NOT_HELD');
    await refused('CN-MOF:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1.00') }, 'POWER_NOT_HELD');
    const other = await definePower(t);
    await refused('330000:LEAD', { powerCode: other, toBodyCode: '330100', parentDelegationId: province.id, fiscalAllocation: allocation('1.00') }, 'POWER_NOT_HELD');
    // Another province cannot use (or even see) Zhejiang's delegation.
    await refused('320000:LEAD', { powerCode: code, toBodyCode: '320100', parentDelegationId: province.id, fiscalAllocation: allocation('1.00') }, 'NOT_FOUND');
  });

  it('refuses to re-delegate more money or quota than was received', async () => {
    await delegate(t, '330000:LEAD', { powerCode: code, toBodyCode: '330100', parentDelegationId: province.id, fiscalAllocation: allocation('600.00'), quotas: [{ kind: 'LAND', quantity: '6', unit: 'hectare' }] });
    await refused('330000:LEAD', { powerCode: code, toBodyCode: '330200', parentDelegationId: province.id, fiscalAllocation: allocation('400.01') }, 'FISCAL_CONSERVATION');
    await refused('330000:OFFICER', { powerCode: code, toBodyCode: '330200', parentDelegationId: province.id, fiscalAllocation: allocation('500.00') }, 'FISCAL_CONSERVATION');
    await refused(
      '330000:LEAD',
      { powerCode: code, toBodyCode: '330200', parentDelegationId: province.id, fiscalAllocation: allocation('1.00'), quotas: [{ kind: 'LAND', quantity: '4.001', unit: 'hectare' }] },
      'QUOTA_CONSERVATION',
    );
    await refused(
      '330000:LEAD',
      { powerCode: code, toBodyCode: '330200', parentDelegationId: province.id, fiscalAllocation: allocation('1.00'), quotas: [{ kind: 'ENERGY', quantity: '1', unit: 'tce' }] },
      'QUOTA_CONSERVATION',
    );
    await refused('330000:LEAD', { powerCode: code, toBodyCode: '330200', parentDelegationId: province.id, fiscalAllocation: allocation('1.00', YEAR + 1) }, 'FISCAL_YEAR_MISMATCH');
  });

  it('counts proposed drafts against what remains, and re-checks at signing', async () => {
    const c = await definePower(t);
    const p = await delegate(t, 'CN-NDRC:LEAD', { powerCode: c, toBodyCode: '340000', fiscalAllocation: allocation('100.00') });
    const draft = await delegate(t, '340000:OFFICER', { powerCode: c, toBodyCode: '340100', parentDelegationId: p.id, fiscalAllocation: allocation('70.00') });
    await refused('340000:LEAD', { powerCode: c, toBodyCode: '340200', parentDelegationId: p.id, fiscalAllocation: allocation('31.00') }, 'FISCAL_CONSERVATION');
    const stranger = await t.run(SignDelegationDocument, { input: { delegationId: draft.id } }, '330000:LEAD');
    expectUserErrors(stranger, ['NOT_FOUND']); // invisible outside the jurisdiction
    expectErrorCodes(await t.run(SignDelegationDocument, { input: { delegationId: draft.id } }, 'CN-NDRC:LEAD'), ['FORBIDDEN']);
    await t.run(RevokeDelegationDocument, { input: { delegationId: p.id } }, 'CN-NDRC:LEAD');
    const late = await t.run(SignDelegationDocument, { input: { delegationId: draft.id } }, '340000:LEAD');
    expectUserErrors(late, ['INVALID_STATE']);
  });

  it('refuses revocation by a body not above the grantor, and a second revocation', async () => {
    const c = await definePower(t);
    const p = await delegate(t, 'CN-NDRC:LEAD', { powerCode: c, toBodyCode: '370000', fiscalAllocation: allocation('100.00') });
    expectErrorCodes(await t.run(RevokeDelegationDocument, { input: { delegationId: p.id } }, '370000:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(RevokeDelegationDocument, { input: { delegationId: p.id } }, 'CN-NDRC:OFFICER'), ['FORBIDDEN']);
    const ok = await t.run(RevokeDelegationDocument, { input: { delegationId: p.id } }, 'CN-NDRC:LEAD');
    expect(ok.data?.revokeDelegation.userErrors).toEqual([]);
    const again = await t.run(RevokeDelegationDocument, { input: { delegationId: p.id } }, 'CN-NDRC:LEAD');
    expectUserErrors(again, ['INVALID_STATE']);
  });
});

describe('expiry', () => {
  it('reads a lapsed delegation as EXPIRED and refuses to re-delegate from it', async () => {
    const c = await definePower(t);
    const lapsed = await delegate(t, 'CN-NDRC:LEAD', {
      powerCode: c,
      toBodyCode: '450000',
      fiscalAllocation: allocation('100.00', 2020),
      effectiveFrom: '2020-01-01T00:00:00.000Z',
      effectiveTo: '2021-01-01T00:00:00.000Z',
    });
    expect(lapsed.status).toBe('EXPIRED');
    await refused('450000:LEAD', { powerCode: c, toBodyCode: '450100', parentDelegationId: lapsed.id, fiscalAllocation: allocation('1.00', 2020) }, 'POWER_NOT_HELD');
  });
});

describe('reading delegations outside the jurisdiction', () => {
  it('is refused on every path', async () => {
    const zj = await t.run(FinanceDashboardDocument, { code: '330000', first: 5, fiscalYear: YEAR }, '320000:LEAD');
    expect(errorCodes(zj)).toContain('FORBIDDEN');
    expect(zj.data?.body ?? null).toBeNull();
    expect(errorCodes(await t.run(FinanceDashboardDocument, { code: '330000', first: 5, fiscalYear: YEAR }))).toContain('UNAUTHENTICATED');
    // A city does not read its province's delegations.
    expect(errorCodes(await t.run(FinanceDashboardDocument, { code: '330000', first: 5, fiscalYear: YEAR }, '330100:LEAD'))).toContain('FORBIDDEN');
    const own = await t.run(FinanceDashboardDocument, { code: '330000', first: 5, fiscalYear: YEAR }, '330000:VIEWER');
    const id = own.data!.body!.delegationsReceived.edges[0].node.id;
    expect((await t.run(DelegationDocument, { id }, '320000:LEAD')).data?.node).toBeNull();
    expect((await t.run(DelegationDocument, { id })).data?.node).toBeNull();
    expect((await t.run(DelegationDocument, { id }, '330000:VIEWER')).data?.node).not.toBeNull();
    expectErrorCodes(await t.run(UnfundedMandatesDocument, { fiscalYear: YEAR, under: '330000' }, '320000:LEAD'), ['FORBIDDEN']);
  });
});

describe('conservation under a race', () => {
  it('lets exactly 40 of 50 concurrent re-delegations of 1/40 each through, never exceeding what was received', async () => {
    const c = await definePower(t);
    const p = await delegate(t, 'CN-NDRC:LEAD', { powerCode: c, toBodyCode: '610000', fiscalAllocation: allocation('4000.00'), quotas: [{ kind: 'LAND', quantity: '40', unit: 'hectare' }] });
    const token = await t.token('610000', ['LEAD']);
    const cities = ['610100', '610200', '610300', '610400', '610500', '610600', '610700', '610800', '610900', '611000'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.run(
          DelegatePowerDocument,
          { input: { powerCode: c, toBodyCode: cities[i % cities.length], parentDelegationId: p.id, fiscalAllocation: allocation('100.00'), quotas: [{ kind: 'LAND', quantity: '1', unit: 'hectare' }] } },
          { token },
        ),
      ),
    );
    const ok = results.filter((r) => r.data?.delegatePower.delegation);
    const refusedCodes = results.flatMap((r) => r.data?.delegatePower.userErrors.map((e) => e.code) ?? ['ERROR']);
    expect(ok).toHaveLength(40);
    expect(refusedCodes).toEqual(Array(10).fill('FISCAL_CONSERVATION'));
    const [{ total }] = await t.em.query(`SELECT CAST(SUM(allocation_amount) AS TEXT) AS total FROM delegation WHERE parent_id = '${(await t.em.findOneByOrFail(Delegation, { allocationAmount: 400000n, grantorId: (await t.em.query(`SELECT id FROM body WHERE code = 'CN-NDRC'`))[0].id, fiscalYear: YEAR, powerId: (await t.em.findOneByOrFail(Power, { code: c })).rowId })).rowId}'`);
    expect(total).toBe('400000');
  });
});
