import { toGlobalId } from '../../platform/graphql/global-id';
import { Body } from '../bodies/body.entities';
import { BodyKind, Level } from '../bodies/body.enums';
import { insertBodies } from '../bodies/body.seed';
import type { SeedKit } from '../seed-kit';
import { Evaluation, Indicator, Observation } from './evaluation.entities';
import { Direction, HubMetric, IndicatorSource } from './evaluation.enums';
import { parseDecimal } from './evaluation.scoring';
import * as evaluation from './evaluation.service';

const DAY = 86_400_000;
const d = (text: string) => parseDecimal(text);

/**
 * This year's evaluation of Zhejiang's prefecture-level cities, published: half of the weight on
 * the hub's own records (tasks, directives, rectification on time), the rest reported by the data
 * owners and verified by the provincial government; made through the services.
 */
export async function seedEvaluation(kit: SeedKit): Promise<void> {
  // Third-party evaluators: a national think tank (independent of any province) and a provincial
  // research institute (under Zhejiang: not independent of Zhejiang's assessments).
  await insertBodies(kit.em, [
    { code: 'CN-CCIEE', name: '中国国际经济交流中心', level: Level.CENTRAL, kind: BodyKind.THIRD_PARTY, parentCode: 'CN' },
    { code: '330000-TP', name: '浙江省发展规划研究院', level: Level.PROVINCIAL, kind: BodyKind.THIRD_PARTY, parentCode: '330000' },
  ]);
  const year = new Date().getUTCFullYear();
  const province = await kit.as('330000', ['OFFICER', 'LEAD']);
  const drc = await kit.as('330000-DRC', ['OFFICER']);
  const reform = await kit.as('330000-REFORM', ['OFFICER']);
  const zhejiang = await kit.em.findOneByOrFail(Body, { code: '330000' });
  const cities = await kit.em.find(Body, { where: { parentId: zhejiang.rowId, kind: BodyKind.GOVERNMENT }, order: { code: 'ASC' } });

  const define = (code: string, title: string, unit: string, source: IndicatorSource, direction: Direction, baseline: string, target: string, extra: { hubMetric?: HubMetric; dataOwnerCode?: string } = {}) =>
    evaluation.defineIndicator(province, { code, title, unit, source, direction, baseline: d(baseline), target: d(target), ...extra });
  const tasks = await define('ZJ-TASK-ON-TIME', '改革任务按期完成率', '%', IndicatorSource.OBJECTIVE, Direction.HIGHER_IS_BETTER, '60', '100', { hubMetric: HubMetric.TASK_COMPLETION_ON_TIME });
  const acks = await define('ZJ-DIRECTIVE-ACK', '上级部署按期签收率', '%', IndicatorSource.OBJECTIVE, Direction.HIGHER_IS_BETTER, '60', '100', { hubMetric: HubMetric.DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME });
  const rect = await define('ZJ-RECTIFICATION', '督察整改按期销号率', '%', IndicatorSource.OBJECTIVE, Direction.HIGHER_IS_BETTER, '50', '100', { hubMetric: HubMetric.RECTIFICATION_ON_TIME });
  const days = await define('ZJ-APPROVAL-DAYS', '企业投资项目审批平均用时', '工作日', IndicatorSource.OBJECTIVE, Direction.LOWER_IS_BETTER, '20', '5', { dataOwnerCode: '330000-DRC' });
  const satisfaction = await define('ZJ-SATISFACTION', '群众对改革成效满意度', '%', IndicatorSource.SATISFACTION_SURVEY, Direction.HIGHER_IS_BETTER, '70', '95', { dataOwnerCode: '330000-DRC' });
  const expert = await define('ZJ-EXPERT', '专家评议得分', '分', IndicatorSource.EXPERT, Direction.HIGHER_IS_BETTER, '60', '90', { dataOwnerCode: '330000-REFORM' });
  const id = (i: Indicator) => toGlobalId(Indicator.typename, i.rowId);
  const system = await evaluation.defineIndicatorSystem(province, {
    code: 'ZJ-CITIES',
    year,
    weights: [
      { indicatorId: id(tasks), weight: 2500 },
      { indicatorId: id(acks), weight: 1500 },
      { indicatorId: id(rect), weight: 1000 },
      { indicatorId: id(days), weight: 2000 },
      { indicatorId: id(satisfaction), weight: 2000 },
      { indicatorId: id(expert), weight: 1000 },
    ],
    minObjectiveShare: 6000,
    challengeDays: 10,
    public: true,
  });

  // Reported by the data owners, verified by the provincial government (neither reporter nor subject).
  for (const [k, city] of cities.entries()) {
    const reports: [typeof drc, Indicator, string][] = [
      [drc, days, `${6 + ((k * 7) % 11)}.${(k * 3) % 10}`],
      [drc, satisfaction, `${80 + ((k * 5) % 15)}.${(k * 7) % 10}5`],
      [reform, expert, `${70 + ((k * 3) % 19)}.5`],
    ];
    for (const [as, indicator, value] of reports) {
      const o = await evaluation.reportObservation(as, { indicatorId: id(indicator), bodyCode: city.code, period: String(year), value: d(value) });
      await evaluation.verifyObservation(province, toGlobalId(Observation.typename, o.rowId));
    }
  }

  const evaluations = await evaluation.computeEvaluation(province, { systemId: toGlobalId('IndicatorSystem', system.rowId), period: String(year), subjectCodes: cities.map((c) => c.code) });
  // Demo history: nobody challenged within the window (closed for the demo; computedAt stays, as the
  // hub's figures are recomputed as of it).
  await kit.em.update(Evaluation, { systemId: system.rowId }, { challengeUntil: new Date(Date.now() - DAY) });
  for (const e of evaluations) {
    await evaluation.finalizeEvaluation(province, toGlobalId(Evaluation.typename, e.rowId));
    await evaluation.publishEvaluation(province, toGlobalId(Evaluation.typename, e.rowId));
  }
}
