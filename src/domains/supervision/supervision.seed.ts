import { toGlobalId } from '../../platform/graphql/global-id';
import type { SeedKit } from '../seed-kit';
import { ReformTask } from '../tasks/task.entities';
import { CHAIN_ITEM } from '../tasks/task.seed';
import { Finding, Inspection, RectificationOrder } from './supervision.entities';
import { FindingCategory, InspectionMode, InspectionSource, Severity } from './supervision.enums';
import * as supervision from './supervision.service';
import { cancelDeadline } from '../../platform/events/scheduler';
import { escalateIfOverdue, rectificationDueKey } from './supervision.events';

const DAY = 86_400_000;

/**
 * A joint on-site inspection of Zhejiang led by the central reform commission with the central
 * discipline and organization departments, made through the services: a delayed reform in the
 * province (order verified), formalism in Hangzhou (order overdue, referred to discipline
 * inspection) and a good practice. Deadlines and dates are then moved into the past as history.
 */
export async function seedSupervision(kit: SeedKit): Promise<void> {
  const now = Date.now();
  const year = new Date(now).getUTCFullYear();
  const lead = await kit.as('CN-REFORM', ['OFFICER', 'LEAD']);
  const gid = (type: string, rowId: string) => toGlobalId(type, rowId);

  const inspection = await supervision.planInspection(lead, {
    title: '浙江省“最多跑一次”改革落实情况联合实地督察',
    year,
    mode: InspectionMode.ON_SITE,
    source: InspectionSource.ANNUAL_LIST,
    subjectCodes: ['330000', '330100'],
    plannedFrom: new Date(now - 60 * DAY),
    plannedTo: new Date(now - 45 * DAY),
  });
  const iid = gid(Inspection.typename, inspection.rowId);
  for (const bodyCode of ['CN-DISCIPLINE', 'CN-ORG']) await supervision.addInspectionGroupMember(lead, { inspectionId: iid, bodyCode });
  await supervision.recordSiteVisit(lead, { inspectionId: iid, subjectCode: '330000', at: new Date(now - 58 * DAY), place: '浙江省政务服务中心' });
  await supervision.recordSiteVisit(lead, { inspectionId: iid, subjectCode: '330100', at: new Date(now - 56 * DAY), place: '杭州市民中心行政服务大厅' });

  const hangzhouTask = await kit.em.findOne(ReformTask, { where: { code: `${year}-CN-${String(CHAIN_ITEM + 1).padStart(2, '0')}-330100` } });
  const delayed = await supervision.recordFinding(lead, {
    inspectionId: iid,
    subjectCode: '330000',
    severity: Severity.SERIOUS,
    category: FindingCategory.DELAYED,
    description: '省级部门数据共享目录编制滞后，37项高频事项仍需群众重复提交材料。',
    evidenceHashes: ['3b1f0c2d4e5a6978879a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e'],
  });
  const formalism = await supervision.recordFinding(await kit.as('CN-DISCIPLINE', ['OFFICER']), {
    inspectionId: iid,
    subjectCode: '330100',
    severity: Severity.MINOR,
    category: FindingCategory.FORMALISM,
    description: '部分窗口以“材料清单签字确认”替代实际减材料，台账与办件系统数据不一致。',
    // About Hangzhou's part of the central decision's task (the demo's traced chain).
    aboutId: hangzhouTask ? gid(ReformTask.typename, hangzhouTask.rowId) : null,
    evidenceHashes: ['9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b'],
  });
  await supervision.recordFinding(lead, {
    inspectionId: iid,
    subjectCode: '330100',
    severity: Severity.MINOR,
    category: FindingCategory.GOOD_PRACTICE,
    description: '“一窗受理、集成服务”做法可复制推广。',
  });
  await supervision.referFindingToDiscipline(lead, { findingId: gid(Finding.typename, formalism.finding.rowId), disciplineBodyCode: '330000-DISCIPLINE', grounds: '台账与系统数据不一致，涉嫌弄虚作假，请核查。' });

  const verified = await supervision.issueRectificationOrder(lead, {
    findingIds: [gid(Finding.typename, delayed.finding.rowId)],
    requirements: '三个月内完成省级数据共享目录编制，实现高频事项材料免提交。',
    deadline: new Date(now + 90 * DAY),
  });
  const zj = await kit.as('330000', ['OFFICER', 'LEAD']);
  const vid = gid(RectificationOrder.typename, verified.rowId);
  await supervision.acknowledgeRectificationOrder(zj, vid);
  await supervision.submitRectificationPlan(zj, { orderId: vid, plan: '由省大数据局牵头，分三批编制共享目录，每月通报进度。' });
  await supervision.reportRectification(zj, { orderId: vid, content: '共享目录已编制完成，37项事项全部实现材料免提交。', completed: true });
  await supervision.verifyRectification(lead, { orderId: vid, accepted: true, onSite: true, note: '实地抽查5项事项，材料免提交属实。' });

  const overdue = await supervision.issueRectificationOrder(lead, {
    findingIds: [gid(Finding.typename, formalism.finding.rowId)],
    requirements: '一个月内清理“签字确认”类形式化材料，台账与办件系统数据逐项核对一致。',
    deadline: new Date(now + 30 * DAY),
  });
  const hz = await kit.as('330100', ['OFFICER']);
  const oid = gid(RectificationOrder.typename, overdue.rowId);
  await supervision.acknowledgeRectificationOrder(hz, oid);
  await supervision.submitRectificationPlan(hz, { orderId: oid, plan: '市行政服务中心牵头逐窗口核查。' });
  await supervision.concludeInspection(lead, { inspectionId: iid, conclusion: '浙江省改革总体推进有力，数据共享与窗口作风问题须限期整改。' });

  // Demo history: Hangzhou's order fell due ten days ago without a report.
  await kit.em.update(RectificationOrder, { rowId: overdue.rowId }, { deadline: new Date(now - 10 * DAY), issuedAt: new Date(now - 40 * DAY) });
  // It was escalated when it fell due (done here, not left to the first start's scheduler, so a
  // fresh hub has no work pending that would race with what its first requests see).
  await cancelDeadline(lead, rectificationDueKey(overdue.rowId));
  await escalateIfOverdue(lead, overdue.rowId);
  await kit.em.update(RectificationOrder, { rowId: verified.rowId }, { issuedAt: new Date(now - 44 * DAY) });
}
