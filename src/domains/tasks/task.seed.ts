import { toGlobalId } from '../../platform/graphql/global-id';
import { FULL_PERCENT } from '../../platform/graphql/scalars';
import type { SeedKit } from '../seed-kit';
import { createReformFund, allocateFund } from './fund.service';
import { ReformTask } from './task.entities';
import { publishAnnualTaskList } from './annual-list.service';
import { Post } from '../posts/post.entities';
import { Body } from '../bodies/body.entities';
import { ResultKind, TaskKind } from './task.enums';
import { ReformDecision } from '../decisions/decision.entities';
import * as tasks from './task.service';

const DAY = 86_400_000;
const id = (t: ReformTask) => toGlobalId(ReformTask.typename, t.rowId);

/** The central list of the current year: what each item asks, and the central department executing it. */
const CENTRAL_ITEMS: { title: string; target: string; executor: string; kind: TaskKind }[] = [
  { title: '深化“放管服”改革，推进审批事项清单化管理', target: '行政许可事项全部纳入清单管理，清单外不得设定审批。', executor: 'CN-NDRC', kind: TaskKind.MAJOR_REFORM },
  { title: '企业投资项目“多评合一、联合审批”', target: '前置评估合并为一次评估、联合评审，审批时限压减一半。', executor: 'CN-NDRC', kind: TaskKind.MAJOR_REFORM },
  { title: '财政事权和支出责任划分改革', target: '明确省以下财政事权与支出责任，形成清单。', executor: 'CN-MOF', kind: TaskKind.MAJOR_REFORM },
  { title: '预算绩效管理全覆盖', target: '省市两级预算部门绩效目标管理全覆盖。', executor: 'CN-MOF', kind: TaskKind.SPECIAL_REFORM },
  { title: '行政执法“三项制度”落实', target: '执法公示、全过程记录、法制审核制度全面落实。', executor: 'CN-LEGAL', kind: TaskKind.LEGISLATIVE },
  { title: '地方性法规清理', target: '与上位法不一致的地方性法规全部完成清理。', executor: 'CN-LEGAL', kind: TaskKind.LEGISLATIVE },
  { title: '改革任务督察问题整改', target: '督察发现问题整改销号率达到百分之百。', executor: 'CN-DISCIPLINE', kind: TaskKind.RECTIFICATION },
  { title: '干部容错纠错机制落地', target: '省市两级出台容错纠错实施办法。', executor: 'CN-ORG', kind: TaskKind.SPECIAL_REFORM },
  { title: '营商环境创新试点', target: '试点城市形成可复制推广的制度创新成果。', executor: 'CN-NDRC', kind: TaskKind.PILOT },
  { title: '政务数据共享', target: '省级政务数据共享平台与国家平台全面对接。', executor: 'CN-REFORM', kind: TaskKind.ROUTINE },
];

/** The item that comes from the central decision; Hangzhou's part of it is inspected (supervision's demo). */
export const CHAIN_ITEM = 1;
const CHAIN_DECISION_TITLE = '关于全面推行企业投资项目承诺制改革的决定';

const PROVINCES: { code: string; cities: string[] }[] = [
  { code: '330000', cities: ['330100', '330200'] },
  { code: '320000', cities: ['320100', '320200'] },
];

/**
 * The central annual tasks of the current year, decomposed to Zhejiang and Jiangsu and on to two
 * cities each, made through the services (every rule holds for them): some on track, some overdue
 * (their deadlines moved into the past afterwards, as if the year had run on), some verified.
 */
export async function seedTasks(kit: SeedKit): Promise<void> {
  const now = Date.now();
  const year = new Date(now).getUTCFullYear();
  const endOfYear = Date.UTC(year, 11, 31, 15, 0, 0); // 23:00 in Beijing
  const top = new Date(Math.max(endOfYear, now + 9 * DAY));
  const province = new Date(top.getTime() - 3 * DAY);
  const city = new Date(province.getTime() - 3 * DAY);
  const period = `${year}-Q${Math.floor(new Date(now).getUTCMonth() / 3) + 1}`;

  const cn = await kit.as('CN', ['LEAD']);
  // The central decision on investment projects (decisions' demo) is where item 2 comes from: the
  // start of the demo's traced chain (decision → task → Hangzhou → finding → rectification → evaluation).
  const decision = await kit.em.findOne(ReformDecision, { where: { title: CHAIN_DECISION_TITLE } });
  const overdue: ReformTask[] = [];
  for (const [i, item] of CENTRAL_ITEMS.entries()) {
    const n = String(i + 1).padStart(2, '0');
    const central = await tasks.createTask(
      cn,
      {
      code: `${year}-CN-${n}`,
      kind: item.kind,
      title: item.title,
      target: item.target,
      path: '中央部门统筹，省级政府分解落实，设区市具体实施。',
      measures: ['制定实施方案', '分解任务到省市', '按季度报告进展'],
      executorCode: item.executor,
      deadline: top,
      weight: i < 3 ? 3 : 1,
      public: true,
      },
      i === CHAIN_ITEM && decision ? { type: ReformDecision.typename, rowId: decision.rowId } : null,
    );
    const centralLead = await kit.as(item.executor, ['LEAD']);
    await tasks.acceptTask(centralLead, id(central));
    const { subtasks: provinces } = await tasks.decomposeTask(centralLead, {
      parentTaskId: id(central),
      subtasks: PROVINCES.map((p) => ({ code: `${year}-CN-${n}-${p.code}`, title: `${item.title}（${p.code === '330000' ? '浙江' : '江苏'}）`, target: item.target, executorCode: p.code, deadline: province, weight: 1 })),
    });
    for (const [j, provinceTask] of provinces.entries()) {
      const p = PROVINCES[j];
      const provinceLead = await kit.as(p.code, ['LEAD']);
      await tasks.acceptTask(provinceLead, id(provinceTask));
      const { subtasks: cities } = await tasks.decomposeTask(provinceLead, {
        parentTaskId: id(provinceTask),
        subtasks: p.cities.map((c, k) => ({
          code: `${year}-CN-${n}-${c}`,
          title: `${item.title}（${c}）`,
          target: item.target,
          executorCode: c,
          deadline: city,
          weight: k + 1,
          milestones: [{ title: '实施方案印发', dueAt: new Date(city.getTime() - DAY), weight: 1 }],
        })),
      });
      for (const [k, cityTask] of cities.entries()) {
        const officer = await kit.as(p.cities[k], ['OFFICER', 'LEAD']);
        if ((i + j + k) % 5 === 4) continue; // never accepted: stays ASSIGNED
        await tasks.acceptTask(officer, id(cityTask));
        const percent = ((i * 7 + j * 3 + k * 5) % 9) * 1100 + 150; // 1.50 … 89.50
        await tasks.reportTaskProgress(officer, { taskId: id(cityTask), period, percent, narrative: '按计划推进，已完成阶段性工作。' });
        if (i % 4 === 0) {
          await tasks.reportTaskProgress(officer, { taskId: id(cityTask), period: `${year}-12`, percent: FULL_PERCENT, narrative: '全部完成。' });
          await tasks.claimTaskCompletion(officer, { taskId: id(cityTask), results: [{ title: '实施办法', kind: ResultKind.REGULATION }] });
          await tasks.verifyTaskCompletion(provinceLead, { taskId: id(cityTask), accept: true, note: '经核验，已完成。' });
        } else if (i % 4 === 1) {
          overdue.push(cityTask);
        } else if (i === 2 && k === 0) {
          // A pending request for more time, for the province to decide.
          await tasks.requestDeadlineExtension(officer, { taskId: id(cityTask), requestedDeadline: new Date(province.getTime() - DAY), reason: '需与省级部门会商，申请延期。' });
        }
      }
    }
  }
  // Overdue: these city tasks were due weeks ago (deadlines are never set in the past through the API).
  for (const [i, t] of overdue.entries()) {
    const deadline = new Date(now - (i + 1) * 5 * DAY);
    await kit.em.update(ReformTask, { rowId: t.rowId }, { deadline, deadlineMinute: Math.floor(deadline.getTime() / 60_000), year: deadline.getUTCFullYear() });
    // Their scheduled deadline stays where createTask put it: a hub's first start fires nothing of
    // the demo at once (other tests count statements and events from the start).
  }

  // The central list: each item names a leader of the leading group for deepening reform.
  const leaders = await kit.em.find(Post, { where: { bodyId: (await kit.em.findOneByOrFail(Body, { code: 'CN-REFORM' })).rowId }, order: { title: 'ASC' } });
  if (leaders.length) {
    const tops = await kit.em.find(ReformTask, { where: { assignedById: (await kit.em.findOneByOrFail(Body, { code: 'CN' })).rowId, depth: 0 }, order: { code: 'ASC' } });
    await publishAnnualTaskList(cn, {
      bodyCode: 'CN',
      year,
      title: `${year}年重大改革任务清单`,
      public: true,
      items: tops.map((t, i) => ({ taskId: id(t), responsibleLeaderPostId: toGlobalId(Post.typename, leaders[i % leaders.length].rowId), rank: i + 1, highlight: i < 3 })),
    });
  }

  const fund = await createReformFund(cn, { title: `${year}年中央改革专项资金`, fiscalYear: year, amount: 500_000_000_00n });
  const first = await kit.em.findOneOrFail(ReformTask, { where: { code: `${year}-CN-01` } });
  await allocateFund(cn, { fundId: toGlobalId('ReformFund', fund.rowId), toId: id(first), amount: 120_000_000_00n });
}
