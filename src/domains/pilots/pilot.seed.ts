import { toGlobalId } from '../../platform/graphql/global-id';
import { Body } from '../bodies/body.entities';
import { Level } from '../bodies/body.enums';
import { Evaluation, Indicator, IndicatorSystem } from '../evaluation/evaluation.entities';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import type { SeedKit } from '../seed-kit';
import { Pilot } from './pilot.entities';
import { PilotVerdict } from './pilot.enums';
import * as pilots from './pilot.service';

const DAY = 86_400_000;

/**
 * Two pilots of Zhejiang, made through the services: one running in Hangzhou, and one in Ningbo
 * scaled up to every city after this year's published evaluation of Ningbo recommended it.
 */
export async function seedPilots(kit: SeedKit): Promise<void> {
  const officer = await kit.as('330000', ['OFFICER']);
  const lead = await kit.as('330000', ['LEAD']);
  const indicator = async (code: string) => toGlobalId(Indicator.typename, (await kit.em.findOneByOrFail(Indicator, { code })).rowId);
  const now = Date.now();
  const pilotId = (p: Pilot) => toGlobalId(Pilot.typename, p.rowId);

  const running = await pilots.proposePilot(officer, {
    code: 'ZJ-PILOT-HZ-DATA',
    title: '杭州公共数据授权运营试点',
    field: '数字政府',
    hypothesis: '在市级层面授权运营公共数据，可在保障安全的前提下缩短企业办事时间并提高群众满意度。',
    sites: [
      {
        bodyCode: '330100',
        scope: '市级公共数据授权运营，覆盖交通、医疗两个领域',
        authorizedDeviations: ['公共数据不得对外提供的一般规定（限授权场景）'],
        legalBasisForDeviation: '《浙江省公共数据条例》第三十五条授权运营规定',
      },
    ],
    startsAt: new Date(now - 60 * DAY),
    endsAt: new Date(now + 300 * DAY),
    successCriteriaIds: [await indicator('ZJ-APPROVAL-DAYS'), await indicator('ZJ-SATISFACTION')],
  });
  await pilots.authorizePilot(lead, { pilotId: pilotId(running) });
  const hangzhou = await kit.as('330100', ['OFFICER']);
  await pilots.reportPilotProgress(hangzhou, { pilotId: pilotId(running), content: '已上线交通场景授权运营，首批三家运营单位完成安全评估。' });

  const scaled = await pilots.proposePilot(officer, {
    code: 'ZJ-PILOT-NB-ONE-THING',
    title: '宁波“一件事”集成办理试点',
    field: '营商环境',
    hypothesis: '把企业开办、变更、注销的关联事项集成为“一件事”办理，可把平均审批用时压缩到 5 个工作日以内。',
    sites: [{ bodyCode: '330200', scope: '企业全生命周期“一件事”集成办理' }],
    startsAt: new Date(now - 400 * DAY),
    endsAt: new Date(now - 30 * DAY),
    successCriteriaIds: [await indicator('ZJ-APPROVAL-DAYS')],
  });
  await pilots.authorizePilot(lead, { pilotId: pilotId(scaled) });
  const ningbo = await kit.em.findOneByOrFail(Body, { code: '330200' });
  const system = await kit.em.findOneByOrFail(IndicatorSystem, { code: 'ZJ-CITIES' });
  const evaluation = await kit.em.findOneOrFail(Evaluation, { where: { bodyId: ningbo.rowId, systemId: system.rowId, status: EvaluationStatus.PUBLISHED } });
  await pilots.recordPilotVerdict(lead, {
    pilotId: pilotId(scaled),
    verdict: PilotVerdict.SCALE_UP,
    reason: '本年度考核评估中宁波审批用时指标达标，试点目标实现。',
    evaluationId: toGlobalId(Evaluation.typename, evaluation.rowId),
    experiences: [{ title: '“一件事”集成办理清单', description: '以企业视角梳理关联事项，一表申请、一窗受理、一次办结。', highlight: true }],
  });
  await pilots.scaleUpPilot(lead, {
    pilotId: pilotId(scaled),
    directive: {
      title: '关于在全省推广宁波“一件事”集成办理经验的通知',
      content: '各设区市人民政府：宁波“一件事”集成办理试点经评估达到预期目标，请结合实际推广实施。',
      audienceLevel: Level.MUNICIPAL,
      public: true,
    },
  });
}
