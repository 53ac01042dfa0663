import { BodyKind, Level } from '../bodies/body.enums';
import { insertBodies } from '../bodies/body.seed';
import { toGlobalId } from '../../platform/graphql/global-id';
import type { RequestContext } from '../../platform/context';
import type { SeedKit } from '../seed-kit';
import { CoordinationThread } from './thread.entities';
import { EscalationGround, ThreadResourceKind } from './thread.enums';
import * as threads from './thread-change.service';

const DAY = 86_400_000;

/**
 * Demo threads, made through the services so every rule holds for them too: a provincial
 * cross-department reform led by Zhejiang's development and reform commission, a cross-province
 * matter escalated to the leading group, and a settled municipal one. Events of the seed reach no
 * subscriber, so the outbox is never published.
 */
export async function seedThreads(kit: SeedKit): Promise<void> {
  await insertBodies(kit.em, [
    { code: '330000-NR', name: '浙江省自然资源厅', level: Level.PROVINCIAL, kind: BodyKind.DEPARTMENT, parentCode: '330000' },
    { code: '320000-NR', name: '江苏省自然资源厅', level: Level.PROVINCIAL, kind: BodyKind.DEPARTMENT, parentCode: '320000' },
  ]);
  const id = (t: CoordinationThread) => toGlobalId(CoordinationThread.typename, t.rowId);
  const now = Date.now();
  // The demo threads are all opened and answered the same way: the calls below say only who, what and by when.
  const open = (as: RequestContext, leadBodyCode: string, participantCodes: string[], dueInDays: number, about: { subject: string; description?: string }) =>
    threads.openThread(as, { ...about, leadBodyCode, participantCodes, dueAt: new Date(now + dueInDays * DAY) });
  const say = (as: RequestContext, thread: CoordinationThread, content: string) => threads.postMessage(as, { threadId: id(thread), content });

  const zjDrc = await kit.as('330000-DRC', ['LEAD']);
  const approval = await open(zjDrc, '330000-DRC', ['330000-FIN', '330000-NR', '330100'], 60, {
    subject: '企业投资项目“多评合一、联合审批”改革',
    description: '将节能评估、用地预审、规划选址等前置评估合并为一次评估、联合评审，明确牵头部门、办理时限和收费来源。',
  });
  await say(zjDrc, approval, '请各单位于两周内报送现行前置评估事项清单及法定依据，省发展改革委汇总后提出合并方案。');
  await say(await kit.as('330000-NR', ['OFFICER']), approval, '用地预审与规划选址可合并办理，已拟定合并后的材料清单；需明确省市两级的审查分工。');
  await threads.shareResource(await kit.as('330000-NR', ['OFFICER']), {
    threadId: id(approval),
    title: '用地预审与选址意见书合并办理材料清单（征求意见稿）',
    kind: ThreadResourceKind.DOCUMENT,
    uri: 'https://example.gov.cn/zj/nr/land-siting-checklist-draft.pdf',
    contentHash: '9f2c1a7e5b3d4c6a8e0f1b2d3c4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f',
  });
  await say(await kit.as('330000-FIN', ['OFFICER']), approval, '联合评审所需经费建议列入省级部门预算，不再向企业收取评估费用；请发展改革委测算年度评审量。');
  await say(await kit.as('330100', ['OFFICER']), approval, '杭州市愿作为试点，先行在市级权限内项目实行联合评审。');

  // Across provinces: opened by the leading group, deadlocked, escalated to it.
  const reform = await kit.as('CN-REFORM', ['LEAD']);
  const delta = await open(reform, '330000-DRC', ['320000-DRC', '330000-NR', '320000-NR'], 30, {
    subject: '长三角跨省投资项目审批结果互认',
    description: '浙江、江苏两省对跨省域投资项目的核准结果互认，避免重复审批。',
  });
  await say(zjDrc, delta, '建议以项目所在地为主审省份，另一省出具书面意见后即视为通过。');
  const jsDrc = await kit.as('320000-DRC', ['OFFICER']);
  await say(jsDrc, delta, '江苏省认为涉及生态红线的项目须两省分别审批，不宜简单互认。');
  await threads.escalateThread(jsDrc, {
    threadId: id(delta),
    ground: EscalationGround.DEADLOCK,
    reason: '两省对生态红线项目是否纳入互认范围无法达成一致，需中央层面统筹。',
  });
  await say(reform, delta, '委员会办公室将召集两省及自然资源部门专题会商，生态红线项目暂不纳入互认范围。');

  // Settled at the municipal level.
  const hzDrc = await kit.as('330100-DRC', ['LEAD']);
  const acceptance = await open(hzDrc, '330100-DRC', ['330100-FIN', '330100-REFORM'], 20, { subject: '工程建设项目竣工联合验收' });
  await say(await kit.as('330100-REFORM', ['OFFICER']), acceptance, '建议统一验收申请入口，各部门限时5个工作日内出具意见。');
  await threads.resolveThread(hzDrc, {
    threadId: id(acceptance),
    resolution: '自下月起实行“一口受理、限时联合验收”，由市发展改革委牵头，市财政局保障验收经费。',
  });
}
