import type { SeedKit } from '../seed-kit';
import { delegatePower } from './delegation.service';
import { definePower } from './power.service';
import { toGlobalId } from '../../platform/graphql/global-id';
import { Delegation } from './delegation.entities';

const yuan = (n: number) => BigInt(Math.round(n * 100));
const hectares = (n: number) => BigInt(Math.round(n * 1000));

/**
 * Demo powers delegated from the centre to provinces and on to cities, through the services, so
 * every rule holds for the demo data too. Some allocations are deliberately short of the
 * estimated cost, so the unfunded-mandate report has something to show on a fresh start.
 */
export async function seedPowers(kit: SeedKit): Promise<void> {
  const year = new Date().getUTCFullYear();
  const ndrc = await kit.as('CN-NDRC', ['LEAD']);
  const mnr = await kit.as('CN-MNR', ['LEAD']);
  const cn = await kit.as('CN', ['LEAD']);
  await definePower(ndrc, {
    code: 'ENTERPRISE-INVESTMENT-APPROVAL',
    title: '企业投资项目核准',
    field: 'investment',
    legalBasis: '《企业投资项目核准和备案管理条例》',
    estimatedAnnualCost: yuan(1_200_000_000),
  });
  await definePower(mnr, {
    code: 'CONSTRUCTION-LAND-CONVERSION',
    title: '农用地转为建设用地审批',
    field: 'land',
    legalBasis: '《中华人民共和国土地管理法》第四十四条',
    estimatedAnnualCost: yuan(800_000_000),
  });
  await definePower(cn, {
    code: 'DRUG-RETAIL-LICENSING',
    title: '药品零售企业许可',
    field: 'health',
    legalBasis: '《中华人民共和国药品管理法》第五十二条',
    estimatedAnnualCost: yuan(300_000_000),
  });

  const grant = async (as: Awaited<ReturnType<SeedKit['as']>>, input: Parameters<typeof delegatePower>[1]) => delegatePower(as, input);
  const id = (d: Delegation) => toGlobalId(Delegation.typename, d.rowId);
  const alloc = (amount: number, source = 'TRANSFER_PAYMENT') => ({ amount: yuan(amount), fiscalYear: year, source });

  const zj = await grant(ndrc, { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330000', fiscalAllocation: alloc(60_000_000), estimatedCost: yuan(60_000_000), scope: '省级权限内的企业投资项目' });
  const zjLead = await kit.as('330000', ['LEAD']);
  await grant(zjLead, { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330100', parentDelegationId: id(zj), fiscalAllocation: alloc(20_000_000), estimatedCost: yuan(25_000_000), scope: '总投资3亿元以下项目' });
  await grant(zjLead, { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330200', parentDelegationId: id(zj), fiscalAllocation: alloc(15_000_000), estimatedCost: yuan(15_000_000) });
  const js = await grant(ndrc, { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '320000', fiscalAllocation: alloc(50_000_000, 'SHARED_TAX'), estimatedCost: yuan(55_000_000) });
  await grant(await kit.as('320000', ['LEAD']), { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '320100', parentDelegationId: id(js), fiscalAllocation: alloc(10_000_000), estimatedCost: yuan(10_000_000) });
  await grant(await kit.as('CN-NDRC', ['OFFICER']), { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '510000', fiscalAllocation: alloc(30_000_000), estimatedCost: yuan(30_000_000) });

  const land = await grant(mnr, {
    powerCode: 'CONSTRUCTION-LAND-CONVERSION',
    toBodyCode: '330000',
    fiscalAllocation: alloc(40_000_000, 'SPECIAL_FUND'),
    estimatedCost: yuan(40_000_000),
    quotas: [{ kind: 'LAND', quantity: hectares(2000), unit: 'hectare' }],
  });
  await grant(zjLead, {
    powerCode: 'CONSTRUCTION-LAND-CONVERSION',
    toBodyCode: '330100',
    parentDelegationId: id(land),
    fiscalAllocation: alloc(12_000_000, 'SPECIAL_FUND'),
    estimatedCost: yuan(20_000_000),
    quotas: [{ kind: 'LAND', quantity: hectares(500), unit: 'hectare' }],
  });

  const gd = await grant(cn, { powerCode: 'DRUG-RETAIL-LICENSING', toBodyCode: '440000', fiscalAllocation: alloc(8_000_000), estimatedCost: yuan(10_000_000) });
  await grant(await kit.as('440000', ['LEAD']), {
    powerCode: 'DRUG-RETAIL-LICENSING',
    toBodyCode: '440100',
    parentDelegationId: id(gd),
    noFiscalNeedReason: '许可审查由市场监管部门现有编制承担，不新增支出',
  });
}
