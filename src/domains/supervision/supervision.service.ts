import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode, lockRow } from '../../platform/database/lock-node';
import { rawRows, readDate } from '../../platform/database/raw';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { expectGlobalId, parseGlobalId } from '../../platform/graphql/global-id';
import { fetchVisibleNode } from '../../platform/graphql/node-registry';
import { uuidv7 } from '../../platform/ids';
import { Body } from '../bodies/body.entities';
import { BodyKind, LEVEL_RANK } from '../bodies/body.enums';
import { findBodyByCode, findBodyById } from '../bodies/body.service';
import { assertCanSee, isWithin } from '../bodies/jurisdiction';
import { allocateSeqs } from '../channels/deliveries';
import { text } from '../../platform/validation';
import { TaskKind } from '../tasks/task.enums';
import { createTask } from '../tasks/task.service';
import { canReadFinding, canReadInspection, canReadOrder } from './supervision.access';
import {
  DisciplineReferral,
  Finding,
  Inspection,
  InspectionGroupMember,
  InspectionScope,
  InspectionSubject,
  RectificationOrder,
  RectificationOrderFinding,
  RectificationReport,
  RectificationVerification,
  SiteVisit,
} from './supervision.entities';
import { FindingCategory, InspectionMode, InspectionSource, InspectionStatus, RectificationStatus, Severity } from './supervision.enums';
import { findingById, inspectionById, memberIds, orderById, subjectIds } from './supervision.loaders';
import { emitInspectionChanged, RECTIFICATION_DUE, rectificationDueKey } from './supervision.events';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';

const MAX_SUBJECTS = 200;
const HASH = /^[0-9a-f]{64}$/;

// ---- reading ----------------------------------------------------------------------------------

export async function findVisibleInspection(ctx: RequestContext, rowId: string): Promise<Inspection | null> {
  const i = await inspectionById(ctx).load(rowId);
  return i && (await canReadInspection(ctx, i)) ? i : null;
}

export async function findVisibleFinding(ctx: RequestContext, rowId: string): Promise<Finding | null> {
  const f = await findingById(ctx).load(rowId);
  if (!f) return null;
  const i = (await inspectionById(ctx).load(f.inspectionId))!;
  return (await canReadFinding(ctx, i, f)) ? f : null;
}

export async function findVisibleOrder(ctx: RequestContext, rowId: string): Promise<RectificationOrder | null> {
  const o = await orderById(ctx).load(rowId);
  return o && (await canReadOrder(ctx, o)) ? o : null;
}

/** Any object by global id, with the caller's rights (the domains' node fetchers). */
export const visibleNode = fetchVisibleNode;

/** What a scope or a finding may point at: the chain's objects, not supervision's own or tolerance cases. */
const NOT_POINTABLE = new Set([Inspection.typename, Finding.typename, RectificationOrder.typename, 'ToleranceCase', 'Body']);

async function pointable(ctx: RequestContext, globalId: string, field: string): Promise<string> {
  const decoded = parseGlobalId(globalId);
  if (!decoded || NOT_POINTABLE.has(decoded.type) || !(await visibleNode(ctx, globalId))) {
    throw new DomainError(UserErrorCode.NOT_FOUND, `${field}: no such object visible to the lead (tasks, decisions, directives, delegations, powers, threads).`, ['input', field]);
  }
  return globalId;
}

// ---- helpers for changes ----------------------------------------------------------------------

function inspectionForUpdate(ctx: RequestContext, inspectionId: string): Promise<Inspection> {
  return lockNode(ctx, Inspection, inspectionId, 'inspectionId', canReadInspection, 'inspection');
}

function assertLead(ctx: RequestContext, i: Inspection, what: string): void {
  if (ctx.actor!.body.rowId !== i.leadId) throw forbidden(`Only the lead body of the inspection ${what}.`);
}

async function assertGroup(ctx: RequestContext, i: Inspection, what: string): Promise<void> {
  const self = ctx.actor!.body.rowId;
  if (self !== i.leadId && !(await memberIds(ctx).load(i.rowId)).includes(self)) throw forbidden(`Only the lead and the group members ${what}.`);
}

function assertOpen(i: Inspection): void {
  if (i.status === InspectionStatus.CONCLUDED) throw new DomainError(UserErrorCode.INVALID_STATE, 'The inspection is concluded.', ['input', 'inspectionId']);
}

async function start(ctx: RequestContext, i: Inspection): Promise<void> {
  if (i.status !== InspectionStatus.PLANNED) return;
  i.status = InspectionStatus.IN_PROGRESS;
  await ctx.em.update(Inspection, { rowId: i.rowId }, { status: i.status });
  await emitInspectionChanged(ctx, i, 'STARTED');
}

function hashes(values: string[] | null | undefined, field: string): string[] {
  const list = [...new Set((values ?? []).map((h) => h.trim().toLowerCase()))];
  if (list.length > 50 || list.some((h) => !HASH.test(h))) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `${field}: at most 50 SHA-256 hashes, 64 hexadecimal characters each.`, ['input', field]);
  return list;
}

/**
 * May the lead inspect this body? Only downward inside its own jurisdiction: its subtree, or for a
 * department, office or group, the lower levels of its government's subtree. Never upward (its own
 * government, the centre), never sideways (another department, another province).
 */
export async function inspectable(ctx: RequestContext, lead: Body, subject: Body): Promise<boolean> {
  if (await isWithin(ctx, lead.rowId, subject.rowId)) return true;
  if (lead.kind === BodyKind.GOVERNMENT) return false;
  return (await isWithin(ctx, lead.governmentId, subject.rowId)) && LEVEL_RANK[subject.level] > LEVEL_RANK[lead.level];
}

async function subjectOf(ctx: RequestContext, i: Inspection, code: string, field: string): Promise<Body> {
  const body = await findBodyByCode(ctx, code);
  if (!body || !(await subjectIds(ctx).load(i.rowId)).includes(body.rowId)) throw new DomainError(UserErrorCode.NOT_FOUND, `${code} is not a subject of this inspection.`, ['input', field]);
  return body;
}

// ---- inspections ------------------------------------------------------------------------------

export interface PlanData {
  title: string;
  year: number;
  mode: InspectionMode;
  source?: InspectionSource | null;
  subjectCodes: string[];
  scopeIds?: string[] | null;
  plannedFrom: Date;
  plannedTo: Date;
}

export async function planInspection(ctx: RequestContext, data: PlanData): Promise<Inspection> {
  const lead = (await findBodyById(ctx, ctx.actor!.body.rowId))!;
  if (!Number.isInteger(data.year) || data.year < 2000 || data.year > 2100) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'year must be between 2000 and 2100.', ['input', 'year']);
  if (data.plannedTo.getTime() < data.plannedFrom.getTime()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'plannedTo must not precede plannedFrom.', ['input', 'plannedTo']);
  const codes = [...new Set(data.subjectCodes)];
  if (codes.length === 0 || codes.length > MAX_SUBJECTS) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `Name 1 to ${MAX_SUBJECTS} subjects.`, ['input', 'subjectCodes']);
  const subjects = await ctx.em.find(Body, { where: { code: In(codes) } });
  const missing = codes.filter((c) => !subjects.some((b) => b.code === c));
  if (missing.length) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${missing.slice(0, 5).join(', ')}.`, ['input', 'subjectCodes']);
  const allowed = await Promise.all(subjects.map((s) => inspectable(ctx, lead, s)));
  const outside = subjects.filter((_, n) => !allowed[n]);
  if (outside.length) {
    throw new DomainError(UserErrorCode.SUBJECT_OUT_OF_JURISDICTION, `${lead.code} may not inspect ${outside.map((b) => b.code).join(', ')}: subjects lie below the lead, never above or beside it.`, ['input', 'subjectCodes']);
  }
  const scope = [...new Set(data.scopeIds ?? [])];
  if (scope.length > 100) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 100 scope objects.', ['input', 'scopeIds']);
  for (const id of scope) await pointable(ctx, id, 'scopeIds');
  const rowId = uuidv7();
  const i = ctx.em.create(Inspection, {
    rowId,
    code: `INS-${data.year}-${rowId.slice(-8).toUpperCase()}`,
    title: text(data.title, 'title', 2, 300),
    year: data.year,
    mode: data.mode,
    status: InspectionStatus.PLANNED,
    source: data.source ?? InspectionSource.PLAN,
    leadId: lead.rowId,
    plannedFrom: data.plannedFrom,
    plannedTo: data.plannedTo,
    plannedBy: ctx.actor!.accountId,
    createdAt: new Date(),
    concludedAt: null,
    conclusion: null,
  });
  await ctx.em.insert(Inspection, i);
  await ctx.em.insert(InspectionSubject, subjects.map((s) => ({ inspectionId: rowId, bodyId: s.rowId })));
  if (scope.length) await ctx.em.insert(InspectionScope, scope.map((objectId) => ({ inspectionId: rowId, objectId })));
  await emitInspectionChanged(ctx, i, 'PLANNED');
  await recordAudit(ctx, { action: 'inspection.plan', targetType: Inspection.typename, targetId: rowId, details: { mode: i.mode, subjects: codes } });
  return i;
}

/** Leads that may form a joint group (联合督察组): a reform office, leading group or government. */
const JOINT_LEADS: string[] = [BodyKind.REFORM_OFFICE, BodyKind.LEADING_GROUP, BodyKind.GOVERNMENT];
/** Who may join one: discipline inspection, organization, special groups, functional departments, reform and legal offices. */
const MEMBER_KINDS: string[] = [BodyKind.DISCIPLINE_INSPECTION, BodyKind.ORGANIZATION_DEPARTMENT, BodyKind.SPECIAL_GROUP, BodyKind.DEPARTMENT, BodyKind.REFORM_OFFICE, BodyKind.LEGAL_AFFAIRS];

export async function addInspectionGroupMember(ctx: RequestContext, data: { inspectionId: string; bodyCode: string }): Promise<Inspection> {
  const i = await inspectionForUpdate(ctx, data.inspectionId);
  assertLead(ctx, i, 'forms its group');
  assertOpen(i);
  const lead = (await findBodyById(ctx, i.leadId))!;
  if (!JOINT_LEADS.includes(lead.kind)) throw new DomainError(UserErrorCode.JOINT_GROUP_LEAD_INVALID, `A joint group is led by a reform office, leading group or government, not a ${lead.kind}.`, ['input', 'inspectionId']);
  const body = await findBodyByCode(ctx, data.bodyCode);
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.bodyCode}.`, ['input', 'bodyCode']);
  const why = !MEMBER_KINDS.includes(body.kind)
    ? `a ${body.kind} cannot join a joint group`
    : body.rowId === lead.rowId
      ? 'the lead is not its own member'
      : !(await isWithin(ctx, body.governmentId, lead.governmentId, true))
        ? 'members come from the lead’s government or above'
        : (await subjectIds(ctx).load(i.rowId)).includes(body.rowId)
          ? 'a subject cannot inspect itself'
          : (await memberIds(ctx).load(i.rowId)).includes(body.rowId)
            ? 'it is a member already'
            : null;
  if (why) throw new DomainError(UserErrorCode.GROUP_MEMBER_NOT_ELIGIBLE, `${body.code} cannot join: ${why}.`, ['input', 'bodyCode']);
  // The group lists members in the order they joined (by addedAt): two joins in one millisecond
  // (the inspection is locked, so they are serialized) still get distinct, increasing times.
  const [latest] = await rawRows(ctx.em, 'SELECT MAX(m.added_at) AS at FROM inspection_group_member m WHERE m.inspection_id = :id', { id: i.rowId });
  const addedAt = new Date(Math.max(Date.now(), (readDate(latest?.at)?.getTime() ?? 0) + 1));
  await ctx.em.insert(InspectionGroupMember, { inspectionId: i.rowId, bodyId: body.rowId, addedAt, addedBy: ctx.actor!.accountId });
  await emitInspectionChanged(ctx, i, 'MEMBER_ADDED');
  await recordAudit(ctx, { action: 'inspection.member', targetType: Inspection.typename, targetId: i.rowId, details: { member: body.code } });
  return i;
}

export async function recordSiteVisit(ctx: RequestContext, data: { inspectionId: string; subjectCode: string; at: Date; place: string }): Promise<SiteVisit> {
  const i = await inspectionForUpdate(ctx, data.inspectionId);
  await assertGroup(ctx, i, 'record site visits');
  assertOpen(i);
  if (i.mode !== InspectionMode.ON_SITE) throw new DomainError(UserErrorCode.SITE_VISIT_NOT_ALLOWED, 'A desk inspection has no site visits.', ['input', 'inspectionId']);
  const subject = await subjectOf(ctx, i, data.subjectCode, 'subjectCode');
  if (data.at.getTime() > Date.now()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A visit is recorded after it took place.', ['input', 'at']);
  const visit = ctx.em.create(SiteVisit, { rowId: uuidv7(), inspectionId: i.rowId, bodyId: subject.rowId, at: data.at, place: text(data.place, 'place', 2, 300), recordedBy: ctx.actor!.accountId });
  await ctx.em.insert(SiteVisit, visit);
  await start(ctx, i);
  await recordAudit(ctx, { action: 'inspection.visit', targetType: Inspection.typename, targetId: i.rowId, details: { subject: subject.code } });
  return visit;
}

export interface FindingData {
  inspectionId: string;
  subjectCode: string;
  severity: Severity;
  category: FindingCategory;
  description: string;
  evidenceHashes?: string[] | null;
  aboutId?: string | null;
  noOrderReason?: string | null;
}

export async function recordFinding(ctx: RequestContext, data: FindingData): Promise<{ finding: Finding; inspection: Inspection }> {
  const i = await inspectionForUpdate(ctx, data.inspectionId);
  await assertGroup(ctx, i, 'record findings');
  assertOpen(i);
  const subject = await subjectOf(ctx, i, data.subjectCode, 'subjectCode');
  const finding = ctx.em.create(Finding, {
    rowId: uuidv7(),
    inspectionId: i.rowId,
    subjectId: subject.rowId,
    severity: data.severity,
    category: data.category,
    description: text(data.description, 'description', 2, 20_000),
    evidenceHashes: hashes(data.evidenceHashes, 'evidenceHashes'),
    aboutId: data.aboutId ? await pointable(ctx, data.aboutId, 'aboutId') : null,
    noOrderReason: data.noOrderReason?.trim() ? text(data.noOrderReason, 'noOrderReason', 2, 10_000) : null,
    recordedBy: ctx.actor!.accountId,
    recordedAt: new Date(),
  });
  await ctx.em.insert(Finding, finding);
  await start(ctx, i);
  await ctx.events.emit('FindingRecorded', { findingId: finding.rowId }, { subjectType: Finding.typename, subjectId: finding.rowId, bodyId: i.leadId, recipientBodyIds: [subject.rowId] });
  await recordAudit(ctx, { action: 'finding.record', targetType: Finding.typename, targetId: finding.rowId, details: { subject: subject.code, category: finding.category, severity: finding.severity } });
  return { finding, inspection: i };
}

export async function referFindingToDiscipline(ctx: RequestContext, data: { findingId: string; disciplineBodyCode: string; grounds: string }): Promise<Finding> {
  const f = await findingById(ctx).load(expectGlobalId(data.findingId, Finding.typename, 'findingId'));
  const i = f && (await inspectionById(ctx).load(f.inspectionId));
  if (!f || !i || !(await canReadFinding(ctx, i, f))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such finding.', ['input', 'findingId']);
  assertLead(ctx, i, 'refers findings to discipline inspection');
  const subject = (await findBodyById(ctx, f.subjectId))!;
  const to = await findBodyByCode(ctx, data.disciplineBodyCode);
  if (!to || to.kind !== BodyKind.DISCIPLINE_INSPECTION || !(await isWithin(ctx, to.governmentId, subject.governmentId, true))) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Refer to a discipline-inspection body at or above the subject’s government.', ['input', 'disciplineBodyCode']);
  }
  if (await ctx.em.exists(DisciplineReferral, { where: { findingId: f.rowId } })) throw new DomainError(UserErrorCode.INVALID_STATE, 'The finding was referred already.', ['input', 'findingId']);
  await ctx.em.insert(DisciplineReferral, { findingId: f.rowId, toBodyId: to.rowId, grounds: text(data.grounds, 'grounds', 2, 10_000), referredAt: new Date(), referredBy: ctx.actor!.accountId });
  await recordAudit(ctx, { action: 'finding.refer', targetType: Finding.typename, targetId: f.rowId, details: { to: to.code } });
  return f;
}

export async function concludeInspection(ctx: RequestContext, data: { inspectionId: string; conclusion: string }): Promise<Inspection> {
  const i = await inspectionForUpdate(ctx, data.inspectionId);
  assertLead(ctx, i, 'concludes it');
  assertOpen(i);
  if (i.mode === InspectionMode.ON_SITE) {
    const visited = new Set((await ctx.em.find(SiteVisit, { where: { inspectionId: i.rowId }, select: { bodyId: true } })).map((v) => v.bodyId));
    const unvisited = (await subjectIds(ctx).load(i.rowId)).filter((s) => !visited.has(s));
    if (unvisited.length) {
      const codes = (await Promise.all(unvisited.map((id) => findBodyById(ctx, id)))).map((b) => b!.code);
      throw new DomainError(UserErrorCode.SITE_VISIT_REQUIRED, `No site visit recorded at ${codes.join(', ')}.`, ['input', 'inspectionId']);
    }
  }
  const unresolved = await ctx.em
    .createQueryBuilder(Finding, 'f')
    .where('f.inspectionId = :id AND f.category <> :good AND f.noOrderReason IS NULL', { id: i.rowId, good: FindingCategory.GOOD_PRACTICE })
    .andWhere((qb) => `NOT EXISTS ${qb.subQuery().select('1').from(RectificationOrderFinding, 'rf').where('rf.findingId = f.rowId').getQuery()}`)
    .getCount();
  if (unresolved) throw new DomainError(UserErrorCode.FINDINGS_UNRESOLVED, `${unresolved} finding(s) have neither a rectification order nor a reason for none.`, ['input', 'inspectionId']);
  Object.assign(i, { status: InspectionStatus.CONCLUDED, concludedAt: new Date(), conclusion: text(data.conclusion, 'conclusion', 2, 20_000) });
  await ctx.em.update(Inspection, { rowId: i.rowId }, { status: i.status, concludedAt: i.concludedAt, conclusion: i.conclusion });
  await emitInspectionChanged(ctx, i, 'CONCLUDED');
  await recordAudit(ctx, { action: 'inspection.conclude', targetType: Inspection.typename, targetId: i.rowId });
  return i;
}

/** Inspections led by a body, newest first (inside the caller's jurisdiction). */
export async function inspectionsLedBy(ctx: RequestContext, body: Body, year: number | null | undefined, args: PageArgs): Promise<Page<Inspection>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const qb = ctx.em.createQueryBuilder(Inspection, 'i').where('i.leadId = :id', { id: body.rowId });
  if (year) qb.andWhere('i.year = :year', { year });
  return paginate(qb, [{ column: 'i.rowId', read: (i) => i.rowId, kind: 'text', direction: 'DESC' }], args);
}

// ---- statistics -------------------------------------------------------------------------------

export interface InspectionStatsData {
  year: number;
  total: number;
  desk: number;
  onSite: number;
  onSiteShare: bigint;
  findings: number;
  ordersOpen: number;
  ordersOverdue: number;
  ordersVerified: number;
  rectifiedOnTimeShare: bigint;
}

/** A share in hundredths of a percent, rounded half up, from integers only: "37.50" is 3750n. */
export function shareOf(part: number, whole: number): bigint {
  if (whole === 0) return 0n;
  return (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
}

/** Figures of the inspections led inside a body's subtree in a year (三.1 "多到一线": the on-site share). */
export async function inspectionStats(ctx: RequestContext, bodyCode: string, year: number): Promise<InspectionStatsData | null> {
  const body = await findBodyByCode(ctx, bodyCode);
  if (!body) return null;
  const under = (alias: string) => `EXISTS (SELECT 1 FROM body_ancestry sa WHERE sa.ancestor_id = :root AND sa.descendant_id = ${alias})`;
  const params = { root: body.rowId, year, onSite: InspectionMode.ON_SITE, verified: RectificationStatus.VERIFIED, now: new Date() };
  const counts: { total: string | number; onsite: string | number | null } = (await ctx.em
    .createQueryBuilder(Inspection, 'i')
    .select('COUNT(*)', 'total')
    .addSelect('SUM(CASE WHEN i.mode = :onSite THEN 1 ELSE 0 END)', 'onsite')
    .where(`i.year = :year AND ${under('i.lead_id')}`, params)
    .getRawOne())!;
  const findings = await ctx.em.createQueryBuilder(Finding, 'f').innerJoin(Inspection, 'i', 'i.rowId = f.inspectionId').where(`i.year = :year AND ${under('i.lead_id')}`, params).getCount();
  const orders: Record<string, string | number | null> = (await ctx.em
    .createQueryBuilder(RectificationOrder, 'o')
    .innerJoin(Inspection, 'i', 'i.rowId = o.inspectionId')
    .select('SUM(CASE WHEN o.status <> :verified THEN 1 ELSE 0 END)', 'open')
    .addSelect('SUM(CASE WHEN o.status <> :verified AND o.deadline < :now THEN 1 ELSE 0 END)', 'overdue')
    .addSelect('SUM(CASE WHEN o.status = :verified THEN 1 ELSE 0 END)', 'verified')
    .addSelect('SUM(CASE WHEN o.status = :verified AND o.verifiedAt <= o.deadline THEN 1 ELSE 0 END)', 'ontime')
    .where(`i.year = :year AND ${under('i.lead_id')}`, params)
    .getRawOne())!;
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  const total = n(counts.total);
  const onSite = n(counts.onsite);
  return {
    year,
    total,
    desk: total - onSite,
    onSite,
    onSiteShare: shareOf(onSite, total),
    findings,
    ordersOpen: n(orders.open),
    ordersOverdue: n(orders.overdue),
    ordersVerified: n(orders.verified),
    rectifiedOnTimeShare: shareOf(n(orders.ontime), n(orders.verified)),
  };
}

// ---- rectification orders -----------------------------------------------------------------------

export interface OrderData {
  findingIds: string[];
  requirements: string;
  deadline: Date;
}

export async function issueRectificationOrder(ctx: RequestContext, data: OrderData): Promise<RectificationOrder> {
  const ids = [...new Set(data.findingIds.map((id) => expectGlobalId(id, Finding.typename, 'findingIds')))];
  if (ids.length === 0 || ids.length > 50) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Name 1 to 50 findings.', ['input', 'findingIds']);
  const findings = await ctx.em.find(Finding, { where: { rowId: In(ids) } });
  const inspectionIds = [...new Set(findings.map((f) => f.inspectionId))];
  if (findings.length !== ids.length || inspectionIds.length !== 1) throw new DomainError(UserErrorCode.NOT_FOUND, 'The findings must exist and belong to one inspection.', ['input', 'findingIds']);
  const i = await lockRow(ctx, Inspection, inspectionIds[0], 'findingIds', canReadInspection, 'inspection');
  assertLead(ctx, i, 'issues rectification orders');
  assertOpen(i);
  const subjects = new Set(findings.map((f) => f.subjectId));
  if (subjects.size !== 1) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'One order goes to one addressee: the findings must share their subject.', ['input', 'findingIds']);
  if (findings.some((f) => f.category === FindingCategory.GOOD_PRACTICE)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Good practice needs no rectification.', ['input', 'findingIds']);
  if (data.deadline.getTime() <= Date.now()) throw new DomainError(UserErrorCode.ORDER_DEADLINE_INVALID, 'The deadline must lie in the future.', ['input', 'deadline']);
  const addresseeId = findings[0].subjectId;
  const seq = (await allocateSeqs(ctx, 'rectification', [addresseeId])).get(addresseeId)!;
  const order = ctx.em.create(RectificationOrder, {
    rowId: uuidv7(),
    inspectionId: i.rowId,
    issuerId: i.leadId,
    addresseeId,
    seq,
    requirements: text(data.requirements, 'requirements', 2, 20_000),
    deadline: data.deadline,
    status: RectificationStatus.ISSUED,
    acknowledgedAt: null,
    plan: null,
    planSubmittedAt: null,
    verifiedAt: null,
    escalatedAt: null,
    escalatedToId: null,
    issuedBy: ctx.actor!.accountId,
    issuedAt: new Date(),
  });
  await ctx.em.insert(RectificationOrder, order);
  await ctx.em.insert(RectificationOrderFinding, ids.map((findingId) => ({ orderId: order.rowId, findingId })));
  // The addressee rectifies through a RECTIFICATION task in its own tree, due with the order.
  const addressee = (await findBodyById(ctx, addresseeId))!;
  await createTask(
    ctx,
    { kind: TaskKind.RECTIFICATION, title: `整改：${i.title}`.slice(0, 300), target: order.requirements, executorCode: addressee.code, deadline: order.deadline },
    { type: RectificationOrder.typename, rowId: order.rowId },
  );
  await ctx.events.emit('RectificationOrdered', { orderId: order.rowId }, orderScope(order));
  await scheduleDeadline(ctx, { key: rectificationDueKey(order.rowId), at: order.deadline, handler: RECTIFICATION_DUE, payload: { orderId: order.rowId } });
  await recordAudit(ctx, { action: 'rectification.issue', targetType: RectificationOrder.typename, targetId: order.rowId, details: { findings: ids.length } });
  return order;
}

function orderScope(o: RectificationOrder) {
  return { subjectType: RectificationOrder.typename, subjectId: o.rowId, bodyId: o.issuerId, recipientBodyIds: [o.addresseeId] };
}

function orderForUpdate(ctx: RequestContext, orderId: string): Promise<RectificationOrder> {
  return lockNode(ctx, RectificationOrder, orderId, 'orderId', canReadOrder, 'rectification order');
}

function assertAddressee(ctx: RequestContext, o: RectificationOrder): void {
  if (ctx.actor!.body.rowId !== o.addresseeId) throw new DomainError(UserErrorCode.NOT_ORDER_ADDRESSEE, 'Only the addressee of the order does this.', ['input', 'orderId']);
}

function assertStatus(o: RectificationOrder, allowed: RectificationStatus[], what: string): void {
  if (!allowed.includes(o.status)) throw new DomainError(UserErrorCode.INVALID_STATE, `${what} needs the order to be ${allowed.join(' or ')}; it is ${o.status}.`, ['input', 'orderId']);
}

async function setStatus(ctx: RequestContext, o: RectificationOrder, changes: Partial<RectificationOrder>, action: string, details?: Record<string, unknown>): Promise<RectificationOrder> {
  Object.assign(o, changes);
  await ctx.em.update(RectificationOrder, { rowId: o.rowId }, changes);
  await recordAudit(ctx, { action, targetType: RectificationOrder.typename, targetId: o.rowId, details });
  return o;
}

export async function acknowledgeRectificationOrder(ctx: RequestContext, orderId: string): Promise<RectificationOrder> {
  const o = await orderForUpdate(ctx, orderId);
  assertAddressee(ctx, o);
  assertStatus(o, [RectificationStatus.ISSUED], 'Acknowledging');
  return setStatus(ctx, o, { status: RectificationStatus.ACKNOWLEDGED, acknowledgedAt: new Date() }, 'rectification.acknowledge');
}

export async function submitRectificationPlan(ctx: RequestContext, data: { orderId: string; plan: string }): Promise<RectificationOrder> {
  const o = await orderForUpdate(ctx, data.orderId);
  assertAddressee(ctx, o);
  assertStatus(o, [RectificationStatus.ACKNOWLEDGED, RectificationStatus.PLAN_SUBMITTED], 'Submitting a plan');
  return setStatus(ctx, o, { status: RectificationStatus.PLAN_SUBMITTED, plan: text(data.plan, 'plan', 2, 20_000), planSubmittedAt: new Date() }, 'rectification.plan');
}

export async function reportRectification(ctx: RequestContext, data: { orderId: string; content: string; evidenceHashes?: string[] | null; completed: boolean }): Promise<RectificationOrder> {
  const o = await orderForUpdate(ctx, data.orderId);
  assertAddressee(ctx, o);
  assertStatus(o, [RectificationStatus.PLAN_SUBMITTED, RectificationStatus.IN_PROGRESS], 'Reporting');
  await ctx.em.insert(RectificationReport, {
    rowId: uuidv7(),
    orderId: o.rowId,
    content: text(data.content, 'content', 2, 20_000),
    evidenceHashes: hashes(data.evidenceHashes, 'evidenceHashes'),
    reportedAt: new Date(),
    reportedBy: ctx.actor!.accountId,
  });
  return setStatus(ctx, o, { status: data.completed ? RectificationStatus.REPORTED : RectificationStatus.IN_PROGRESS }, 'rectification.report', { completed: data.completed });
}

export interface VerifyData {
  orderId: string;
  accepted: boolean;
  onSite: boolean;
  note: string;
  newDeadline?: Date | null;
}

export async function verifyRectification(ctx: RequestContext, data: VerifyData): Promise<RectificationOrder> {
  const o = await orderForUpdate(ctx, data.orderId);
  if (ctx.actor!.body.rowId !== o.issuerId) throw new DomainError(UserErrorCode.NOT_ORDER_ISSUER, 'Only the issuing body verifies a rectification.', ['input', 'orderId']);
  assertStatus(o, [RectificationStatus.REPORTED], 'Verifying');
  if (data.accepted && data.newDeadline) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'An accepted rectification takes no new deadline.', ['input', 'newDeadline']);
  if (!data.accepted && (!data.newDeadline || data.newDeadline.getTime() <= Date.now())) {
    throw new DomainError(UserErrorCode.ORDER_DEADLINE_INVALID, 'A rejection sets a new deadline in the future.', ['input', 'newDeadline']);
  }
  const now = new Date();
  await ctx.em.insert(RectificationVerification, {
    rowId: uuidv7(),
    orderId: o.rowId,
    byBodyId: ctx.actor!.body.rowId,
    byAccount: ctx.actor!.accountId,
    at: now,
    accepted: data.accepted,
    onSite: data.onSite,
    note: text(data.note, 'note', 2, 10_000),
    newDeadline: data.accepted ? null : data.newDeadline!,
  });
  const changes: Partial<RectificationOrder> = data.accepted ? { status: RectificationStatus.VERIFIED, verifiedAt: now } : { status: RectificationStatus.IN_PROGRESS, deadline: data.newDeadline! };
  await ctx.events.emit('RectificationVerified', { orderId: o.rowId, accepted: data.accepted }, orderScope(o));
  // Accepted: nothing falls due. Rejected: the new deadline falls due — unless the order was already
  // escalated, which happens once.
  if (data.accepted) await cancelDeadline(ctx, rectificationDueKey(o.rowId));
  else if (!o.escalatedAt) await scheduleDeadline(ctx, { key: rectificationDueKey(o.rowId), at: data.newDeadline!, handler: RECTIFICATION_DUE, payload: { orderId: o.rowId } });
  return setStatus(ctx, o, changes, 'rectification.verify', { accepted: data.accepted });
}

/** Orders a body received, newest first (inside the caller's jurisdiction). */
export async function ordersReceivedBy(ctx: RequestContext, body: Body, args: PageArgs): Promise<Page<RectificationOrder>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  return paginate(ctx.em.createQueryBuilder(RectificationOrder, 'o').where('o.addresseeId = :id', { id: body.rowId }), [{ column: 'o.seq', read: (o) => o.seq, kind: 'int', direction: 'DESC' }], args);
}
