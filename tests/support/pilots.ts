import { randomUUID } from 'node:crypto';
import { Body } from '../../src/domains/bodies/body.entities';
import { Evaluation, Indicator, IndicatorSystem } from '../../src/domains/evaluation/evaluation.entities';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import { AuthorizePilotDocument, ProposePilotDocument, ProposePilotMutationVariables } from '../generated/graphql';
import { Runner } from './supervision';
import { inDays, ok } from './test-hub';

export const SPONSOR_OFFICER = '330000:OFFICER';
export const SPONSOR_LEAD = '330000:LEAD';

export const uniqueCode = (prefix = 'PILOT') => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

/** Global id of a demo indicator by code. */
export async function indicatorId(t: Runner, code = 'ZJ-APPROVAL-DAYS'): Promise<string> {
  return toGlobalId(Indicator.typename, (await t.hub.db.dataSource.manager.findOneByOrFail(Indicator, { code })).rowId);
}

/** Global id of the demo's published evaluation of a Zhejiang city under ZJ-CITIES (which weighs ZJ-APPROVAL-DAYS). */
export async function publishedEvaluationOf(t: Runner, cityCode: string): Promise<string> {
  const em = t.hub.db.dataSource.manager;
  const body = await em.findOneByOrFail(Body, { code: cityCode });
  const system = await em.findOneByOrFail(IndicatorSystem, { code: 'ZJ-CITIES' });
  const e = await em.findOneOrFail(Evaluation, { where: { bodyId: body.rowId, systemId: system.rowId, status: 'PUBLISHED' as never } });
  return toGlobalId(Evaluation.typename, e.rowId);
}

export type ProposeInput = ProposePilotMutationVariables['input'];

/** A valid proposal by Zhejiang (started 10 days ago, a year long) at the given sites; overrides on top. */
export async function proposalInput(t: Runner, siteCodes: string[], overrides: Partial<ProposeInput> = {}): Promise<ProposeInput> {
  return {
    code: uniqueCode(),
    title: '测试试点',
    field: `测试领域-${randomUUID().slice(0, 6)}`,
    hypothesis: '集成办理可以缩短审批用时。',
    sites: siteCodes.map((bodyCode) => ({ bodyCode, scope: '企业开办集成办理' })),
    startsAt: inDays(-10),
    endsAt: inDays(355),
    successCriteriaIds: [await indicatorId(t)],
    ...overrides,
  };
}

/** Proposes (OFFICER) a pilot that must succeed. */
export async function propose(t: Runner, siteCodes: string[], overrides: Partial<ProposeInput> = {}) {
  return ok(await t.run(ProposePilotDocument, { input: await proposalInput(t, siteCodes, overrides) }, SPONSOR_OFFICER)).pilot!;
}

/** Proposes and authorizes (LEAD) a pilot that must succeed: RUNNING, as its period has started. */
export async function running(t: Runner, siteCodes: string[], overrides: Partial<ProposeInput> = {}, acknowledgeOverlapIds: string[] = []) {
  const p = await propose(t, siteCodes, overrides);
  return ok(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id, acknowledgeOverlapIds } }, SPONSOR_LEAD)).pilot!;
}
