import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { forUpdate } from '../../platform/database/transaction';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate, pageWindow, SortKey } from '../../platform/graphql/connection';
import { expectGlobalId, parseGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { Body } from '../bodies/body.entities';
import { BodyKind } from '../bodies/body.enums';
import { findBodyByCode, findBodyById } from '../bodies/body.service';
import { canSee, isWithin } from '../bodies/jurisdiction';
import { Directive, Feedback, Receipt } from '../channels/channel.entities';
import { Evaluation } from '../evaluation/evaluation.entities';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { Finding } from '../supervision/supervision.entities';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { issueDirective, Issued, whereDirectiveReadable } from '../channels/directive.service';
import { createTask } from '../tasks/task.service';
import { Post } from '../posts/post.entities';
import { findPost, postById } from '../posts/post.service';
import { text } from '../../platform/validation';
import { assertDecisionMaker, assertDrafter, assertInProcedure, canReadDecision, lockDecision, lockForOrganizer, whereReadable } from './decision.access';
import { DecisionDirective, DecisionDraftVersion, DecisionProcedure, DecisionStageRecord, LegislativeDependency, PublicSubmission, ReformDecision } from './decision.entities';
import {
  BEFORE_LEGALITY,
  DecisionClass,
  DecisionStageKind,
  DecisionStatus,
  DeliberationConclusion,
  LegalityConclusion,
  LegislativeStatus,
  ModerationState,
  RiskArea,
  RiskRating,
  STAGE_ORDER,
  StageStatus,
  TEXT_BOUND_STAGES,
  VoteOption,
} from './decision.enums';
import { decisionById, dependencyById, procedureById, stagesOf, versionOf } from './decision.loaders';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';
import { CONSULTATION_CLOSING, consultationCloseKey, decisionScope, emitStageChanged, endCommentWindow } from './decision.events';
import type {
  AddLegislativeDependencyInput,
  AdoptDecisionInput,
  DraftDecisionInput,
  OpenPublicConsultationInput,
  RecordDeliberationInput,
  RecordExpertConsultationInput,
  RecordLegalityReviewInput,
  RecordRiskAssessmentInput,
  UpdateLegislativeDependencyInput,
} from './decision.types';

const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;
const DAY = 86_400_000;
const MAX_TEXT = 200_000;
const MAX_ADOPTION_DIRECTIVES = 20;
const DECISION_MAKER_KINDS: string[] = [BodyKind.GOVERNMENT, BodyKind.LEADING_GROUP, BodyKind.SPECIAL_GROUP];

/** What a change of a decision leaves to do after its commit (deliveries of directives it issued). */
export interface DecisionEffects {
  issued: Issued[];
}

function refuse(code: UserErrorCode, message: string, field = 'decisionId'): never {
  throw new DomainError(code, message, ['input', field]);
}

export function contentHash(value: string): string {
  return `sha256:${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}

function sha256(value: string | null | undefined, field: string, required: boolean): string | null {
  if (!value?.trim()) {
    if (required) refuse(UserErrorCode.VALIDATION_FAILED, `${field} is required.`, field);
    return null;
  }
  const m = SHA256.exec(value.trim());
  if (!m) refuse(UserErrorCode.VALIDATION_FAILED, `${field} must be a SHA-256: 64 hex digits, optionally prefixed "sha256:".`, field);
  return `sha256:${m[1].toLowerCase()}`;
}

async function requireBody(ctx: RequestContext, code: string, field: string): Promise<Body> {
  const body = await findBodyByCode(ctx, code.trim());
  if (!body) refuse(UserErrorCode.NOT_FOUND, `No body has code "${code.slice(0, 64)}".`, field);
  return body;
}

// ---- stages as read ----------------------------------------------------------------------------

/** Required stages of a decision: its procedure’s, plus local consultation when it affects lower governments. */
export function requiredStages(procedure: DecisionProcedure, d: ReformDecision): DecisionStageKind[] {
  const required = new Set(procedure.requiredStages);
  if (procedure.localConsultationWhenAffectingLower && d.affectsLowerGovernments) required.add(DecisionStageKind.LOCAL_CONSULTATION);
  return STAGE_ORDER.filter((k) => required.has(k));
}

/** A stage's status as it holds now: outcomes judging an older text are STALE. */
export function stageStatus(d: ReformDecision, required: DecisionStageKind[], kind: DecisionStageKind, record: DecisionStageRecord | undefined): StageStatus {
  if (!record) return required.includes(kind) ? StageStatus.NOT_STARTED : StageStatus.NOT_REQUIRED;
  if (record.status === StageStatus.COMPLETED && TEXT_BOUND_STAGES.includes(kind) && (record.boundVersion ?? 0) < d.currentVersionNumber) return StageStatus.STALE;
  return record.status;
}

export interface StageState {
  procedure: DecisionProcedure;
  required: DecisionStageKind[];
  records: Map<DecisionStageKind, DecisionStageRecord>;
  status: (kind: DecisionStageKind) => StageStatus;
}

export async function stageState(ctx: RequestContext, d: ReformDecision): Promise<StageState> {
  const [procedure, rows] = await Promise.all([procedureById(ctx).load(d.procedureId), stagesOf(ctx).load(d.rowId)]);
  const required = requiredStages(procedure!, d);
  const records = new Map(rows.map((r) => [r.kind, r]));
  return { procedure: procedure!, required, records, status: (kind) => stageStatus(d, required, kind, records.get(kind)) };
}

export async function missingStages(ctx: RequestContext, d: ReformDecision): Promise<DecisionStageKind[]> {
  const s = await stageState(ctx, d);
  return s.required.filter((k) => s.status(k) !== StageStatus.COMPLETED);
}

// ---- reading ---------------------------------------------------------------------------------

export async function findVisibleDecision(ctx: RequestContext, rowId: string): Promise<ReformDecision | null> {
  const d = await decisionById(ctx).load(rowId);
  return d && (await canReadDecision(ctx, d)) ? d : null;
}

export async function findVisibleDependency(ctx: RequestContext, rowId: string): Promise<LegislativeDependency | null> {
  const dep = await dependencyById(ctx).load(rowId);
  return dep && (await findVisibleDecision(ctx, dep.decisionId)) ? dep : null;
}

export const DECISION_ORDER: SortKey<ReformDecision>[] = [{ column: 'd.rowId', read: (d) => d.rowId, kind: 'text', direction: 'DESC' }];

export async function listDecisions(ctx: RequestContext, filter: { decisionMakerCode?: string | null; status?: DecisionStatus | null }, args: PageArgs): Promise<Page<ReformDecision>> {
  pageWindow(args, DECISION_ORDER);
  const qb = ctx.em.createQueryBuilder(ReformDecision, 'd');
  if (filter.decisionMakerCode) {
    const maker = await findBodyByCode(ctx, filter.decisionMakerCode);
    qb.andWhere('d.decisionMakerId = :maker', { maker: maker?.rowId ?? '' });
  }
  if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
  whereReadable(ctx, qb);
  return paginate(qb, DECISION_ORDER, args);
}

export async function currentVersion(ctx: RequestContext, d: ReformDecision): Promise<DecisionDraftVersion> {
  return (await versionOf(ctx).load({ decisionId: d.rowId, number: d.currentVersionNumber }))!;
}

export async function adoptedDirectives(ctx: RequestContext, d: ReformDecision, args: PageArgs): Promise<Page<Directive>> {
  const qb = ctx.em.createQueryBuilder(Directive, 'x').innerJoin(DecisionDirective, 'dd', 'dd.directiveId = x.rowId AND dd.decisionId = :id', { id: d.rowId });
  // The decision may be readable by all (adopted) while its directives are not: each by its own rule.
  whereDirectiveReadable(ctx, qb, 'x');
  return paginate(qb, [{ column: 'x.rowId', read: (x) => x.rowId, kind: 'text', direction: 'ASC' }], args);
}

// ---- drafting ------------------------------------------------------------------------------------

async function nextReference(ctx: RequestContext, maker: Body): Promise<string> {
  // Serializes numbering per decision maker (PostgreSQL); SQLite writers are serialized anyway.
  await forUpdate(ctx.em.createQueryBuilder(Body, 'b').select('b.rowId').where('b.rowId = :id', { id: maker.rowId }), ctx.db).getOne();
  const prefix = `${maker.code}-${new Date().getUTCFullYear()}-`;
  const n = await ctx.em.createQueryBuilder(ReformDecision, 'd').where('d.reference LIKE :p', { p: `${prefix}%` }).getCount();
  return `${prefix}${String(n + 1).padStart(4, '0')}`;
}

async function latestProcedure(ctx: RequestContext, decisionClass: DecisionClass, maker: Body): Promise<DecisionProcedure> {
  const procedure = await ctx.em.findOne(DecisionProcedure, { where: { decisionClass, level: maker.level as never }, order: { version: 'DESC' } });
  if (!procedure) refuse(UserErrorCode.VALIDATION_FAILED, `No procedure is laid down for ${decisionClass} decisions at ${maker.level} level.`, 'class');
  return procedure;
}

async function insertVersion(ctx: RequestContext, decisionId: string, number: number, body: string, changeNote: string | null): Promise<DecisionDraftVersion> {
  const version = ctx.em.create(DecisionDraftVersion, { decisionId, number, text: body, contentHash: contentHash(body), changeNote, createdAt: new Date(), createdBy: ctx.actor?.accountId ?? 'system' });
  await ctx.em.insert(DecisionDraftVersion, version);
  return version;
}

/** OFFICER or LEAD of the drafting body drafts; the decision maker sits at or above the drafter's government. */
export async function draftDecision(ctx: RequestContext, data: DraftDecisionInput): Promise<ReformDecision> {
  const drafter = await requireBody(ctx, data.drafterCode, 'drafterCode');
  if (drafter.rowId !== ctx.actor!.body.rowId) throw forbidden('The caller drafts for its own body only.');
  const title = text(data.title, 'title', 2, 300);
  const problemStatement = text(data.problemStatement, 'problemStatement', 2, 20_000);
  const body = text(data.text, 'text', 1, MAX_TEXT);
  const maker = await requireBody(ctx, data.decisionMakerCode, 'decisionMakerCode');
  if (!DECISION_MAKER_KINDS.includes(maker.kind) || !(await isWithin(ctx, maker.governmentId, drafter.governmentId, true))) {
    refuse(UserErrorCode.DECISION_MAKER_NOT_ELIGIBLE, `${maker.code} cannot decide on a draft of ${drafter.code}: a government, leading group or special group at or above the drafter’s government decides.`, 'decisionMakerCode');
  }
  const coDrafters: string[] = [];
  for (const code of [...new Set(data.coDrafterCodes ?? [])].slice(0, 51)) {
    const co = await requireBody(ctx, code, 'coDrafterCodes');
    if (co.rowId === drafter.rowId) continue;
    if (!(await isWithin(ctx, maker.governmentId, co.rowId, true))) refuse(UserErrorCode.VALIDATION_FAILED, `${co.code} lies outside the decision maker’s jurisdiction.`, 'coDrafterCodes');
    coDrafters.push(co.rowId);
  }
  if (coDrafters.length > 50) refuse(UserErrorCode.VALIDATION_FAILED, 'At most 50 co-drafters.', 'coDrafterCodes');
  let leader: Post | null = null;
  if (data.responsibleLeaderPostId) {
    leader = await findPost(ctx, expectGlobalId(data.responsibleLeaderPostId, Post.typename, 'responsibleLeaderPostId'));
    if (!leader || !(await isWithin(ctx, maker.governmentId, leader.bodyId, true))) refuse(UserErrorCode.NOT_FOUND, 'No such post in the decision maker’s jurisdiction.', 'responsibleLeaderPostId');
  }
  const procedure = await latestProcedure(ctx, data.class, maker);
  const now = new Date();
  const d = ctx.em.create(ReformDecision, {
    rowId: uuidv7(),
    reference: await nextReference(ctx, maker),
    title,
    problemStatement,
    decisionClass: data.class,
    procedureId: procedure.rowId,
    decisionMakerId: maker.rowId,
    drafterId: drafter.rowId,
    coDrafterIds: coDrafters,
    responsibleLeaderId: leader?.rowId ?? null,
    affectsLowerGovernments: !!data.affectsLowerGovernments,
    status: DecisionStatus.DRAFT,
    public: data.public ?? true,
    publishedAt: null,
    currentVersionNumber: 1,
    adoptedAt: null,
    adoptedVersionNumber: null,
    effectiveFrom: null,
    supersedesId: null,
    revisedBecauseType: null,
    revisedBecauseId: null,
    reconsiderationReason: null,
    createdAt: now,
    updatedAt: now,
  });
  await ctx.em.insert(ReformDecision, d);
  await insertVersion(ctx, d.rowId, 1, body, null);
  await recordAudit(ctx, { action: 'decision.draft', targetType: ReformDecision.typename, targetId: d.rowId, details: { reference: d.reference, class: d.decisionClass, maker: maker.code, procedure: procedure.code } });
  return d;
}

async function touch(ctx: RequestContext, d: ReformDecision, changes: Partial<ReformDecision> = {}): Promise<void> {
  Object.assign(d, changes, { updatedAt: new Date() });
  if (d.status === DecisionStatus.DRAFT && !('status' in changes)) d.status = DecisionStatus.IN_PROCEDURE;
  await ctx.em.update(ReformDecision, { rowId: d.rowId }, { ...changes, status: d.status, updatedAt: d.updatedAt });
  decisionById(ctx).clear(d.rowId);
}

async function saveStage(ctx: RequestContext, d: ReformDecision, kind: DecisionStageKind, values: Partial<DecisionStageRecord>): Promise<DecisionStageRecord> {
  const existing = (await stagesOf(ctx).load(d.rowId)).find((r) => r.kind === kind);
  const row = { ...(existing ?? { decisionId: d.rowId, kind, status: StageStatus.OPEN, boundVersion: null, openedAt: null, completedAt: null, completedById: null, bodyId: null, directiveId: null, detail: {} }), ...values, updatedAt: new Date() } as DecisionStageRecord;
  if (existing) await ctx.em.update(DecisionStageRecord, { decisionId: d.rowId, kind }, { ...values, detail: row.detail, updatedAt: row.updatedAt } as never);
  else await ctx.em.insert(DecisionStageRecord, ctx.em.create(DecisionStageRecord, row) as never);
  stagesOf(ctx).clear(d.rowId);
  return row;
}

/** A stage another body carries out in one step (expert consultation, risk assessment): opened and completed now, on the current draft. */
async function completeStageAtOnce(ctx: RequestContext, d: ReformDecision, kind: DecisionStageKind, by: Body, detail: object): Promise<void> {
  const now = new Date();
  await saveStage(ctx, d, kind, {
    status: StageStatus.COMPLETED,
    openedAt: now,
    completedAt: now,
    completedById: ctx.actor!.body.rowId,
    bodyId: by.rowId,
    boundVersion: d.currentVersionNumber,
    detail: detail as never,
  });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, kind, StageStatus.COMPLETED);
}

/** A new draft version; risk, legality and deliberation outcomes on older versions become STALE. */
export async function reviseDraft(ctx: RequestContext, data: { decisionId: string; text: string; changeNote?: string | null }): Promise<ReformDecision> {
  const d = await lockDecision(ctx, data.decisionId);
  assertInProcedure(d);
  assertDrafter(ctx, d, 'revises the draft');
  const body = text(data.text, 'text', 1, MAX_TEXT);
  const changeNote = data.changeNote?.trim() ? text(data.changeNote, 'changeNote', 1, 5000) : null;
  const previous = await currentVersion(ctx, d);
  if (previous.contentHash === contentHash(body)) refuse(UserErrorCode.VALIDATION_FAILED, 'The text is unchanged.', 'text');
  const state = await stageState(ctx, d);
  const staled = TEXT_BOUND_STAGES.filter((k) => state.status(k) === StageStatus.COMPLETED);
  await insertVersion(ctx, d.rowId, d.currentVersionNumber + 1, body, changeNote);
  await touch(ctx, d, { currentVersionNumber: d.currentVersionNumber + 1 });
  for (const kind of staled) await emitStageChanged(ctx, d, kind, StageStatus.STALE);
  await recordAudit(ctx, { action: 'decision.revise-draft', targetType: ReformDecision.typename, targetId: d.rowId, details: { version: d.currentVersionNumber, contentHash: contentHash(body), staled } });
  return d;
}

// ---- public consultation -----------------------------------------------------------------------

export interface ConsultationDetail {
  opensAt: string;
  closesAt: string;
  shortenedReason: string | null;
  summary: string | null;
}

export function consultationWindow(record: DecisionStageRecord | undefined): { opensAt: Date; closesAt: Date } | null {
  const detail = record?.detail as ConsultationDetail | undefined;
  return detail?.opensAt ? { opensAt: new Date(detail.opensAt), closesAt: new Date(detail.closesAt) } : null;
}

export async function openPublicConsultation(ctx: RequestContext, data: OpenPublicConsultationInput): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'opens the public consultation');
  const state = await stageState(ctx, d);
  if (state.records.has(DecisionStageKind.PUBLIC_CONSULTATION)) refuse(UserErrorCode.INVALID_STATE, `The public consultation is already ${state.status(DecisionStageKind.PUBLIC_CONSULTATION)}.`);
  const now = Date.now();
  if (data.opensAt.getTime() < now - 60_000) refuse(UserErrorCode.VALIDATION_FAILED, 'opensAt must not lie in the past.', 'opensAt');
  if (data.closesAt.getTime() <= data.opensAt.getTime()) refuse(UserErrorCode.VALIDATION_FAILED, 'closesAt must follow opensAt.', 'closesAt');
  const shortenedReason = data.shortenedReason?.trim() ? text(data.shortenedReason, 'shortenedReason', 2, 2000) : null;
  const minimum = state.procedure.minPublicCommentDays * DAY;
  if (data.closesAt.getTime() - data.opensAt.getTime() < minimum && !shortenedReason) {
    refuse(UserErrorCode.CONSULTATION_TOO_SHORT, `The window must last at least ${state.procedure.minPublicCommentDays} days, unless a published shortenedReason explains why not.`, 'closesAt');
  }
  const detail: ConsultationDetail = { opensAt: data.opensAt.toISOString(), closesAt: data.closesAt.toISOString(), shortenedReason, summary: null };
  await saveStage(ctx, d, DecisionStageKind.PUBLIC_CONSULTATION, { status: StageStatus.OPEN, openedAt: new Date(), bodyId: ctx.actor!.body.rowId, detail: detail as never, boundVersion: d.currentVersionNumber });
  // A public decision is published with its consultation: the public must read what it comments on.
  await touch(ctx, d, d.public && !d.publishedAt ? { publishedAt: new Date() } : {});
  await ctx.events.emit('ConsultationOpened', { decisionId: d.rowId }, decisionScope(d));
  // The window ends by itself: the scheduler records it and tells subscribers, once.
  await scheduleDeadline(ctx, { key: consultationCloseKey(d.rowId), at: data.closesAt, handler: CONSULTATION_CLOSING, payload: { decisionId: d.rowId } });
  await recordAudit(ctx, { action: 'decision.consultation-open', targetType: ReformDecision.typename, targetId: d.rowId, details: { ...detail } });
  return d;
}

/** Completes the consultation once its window ended and every submission was moderated and answered. */
export async function closePublicConsultation(ctx: RequestContext, data: { decisionId: string; summary: string }): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'closes the public consultation');
  const state = await stageState(ctx, d);
  const record = state.records.get(DecisionStageKind.PUBLIC_CONSULTATION);
  if (!record || record.status !== StageStatus.OPEN) refuse(UserErrorCode.INVALID_STATE, 'There is no open public consultation.');
  const window = consultationWindow(record)!;
  if (window.closesAt.getTime() > Date.now()) refuse(UserErrorCode.INVALID_STATE, `The window is open until ${window.closesAt.toISOString()}.`);
  const summary = text(data.summary, 'summary', 2, 20_000);
  const unanswered = await ctx.em
    .createQueryBuilder(PublicSubmission, 's')
    .where('s.decisionId = :id', { id: d.rowId })
    .andWhere('(s.moderation = :received OR (s.moderation = :published AND s.disposition IS NULL))', { received: ModerationState.RECEIVED, published: ModerationState.PUBLISHED })
    .getCount();
  if (unanswered > 0) refuse(UserErrorCode.SUBMISSIONS_UNANSWERED, `${unanswered} submission(s) are not moderated or not answered yet.`);
  // Completed before the scheduler ran: the window's end is recorded (and announced) here, once.
  await endCommentWindow(ctx, d, record);
  await cancelDeadline(ctx, consultationCloseKey(d.rowId));
  await saveStage(ctx, d, DecisionStageKind.PUBLIC_CONSULTATION, {
    status: StageStatus.COMPLETED,
    completedAt: new Date(),
    completedById: ctx.actor!.body.rowId,
    boundVersion: d.currentVersionNumber,
    detail: { ...(record.detail as object), summary } as never,
  });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, DecisionStageKind.PUBLIC_CONSULTATION, StageStatus.COMPLETED);
  await recordAudit(ctx, { action: 'decision.consultation-close', targetType: ReformDecision.typename, targetId: d.rowId, details: { summary } });
  return d;
}

// ---- local consultation -------------------------------------------------------------------------

export async function consultLocalGovernments(ctx: RequestContext, effects: DecisionEffects, data: { decisionId: string; bodyCodes: string[]; replyBy: Date }): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'consults lower governments');
  const state = await stageState(ctx, d);
  if (state.records.has(DecisionStageKind.LOCAL_CONSULTATION)) refuse(UserErrorCode.INVALID_STATE, 'Lower governments were already consulted.');
  const codes = [...new Set(data.bodyCodes.map((c) => c.trim()))];
  if (codes.length === 0 || codes.length > 500) refuse(UserErrorCode.VALIDATION_FAILED, 'Consult 1 to 500 governments.', 'bodyCodes');
  for (const code of codes) {
    const b = await requireBody(ctx, code, 'bodyCodes');
    if (b.kind !== BodyKind.GOVERNMENT) refuse(UserErrorCode.VALIDATION_FAILED, `${b.code} is not a government.`, 'bodyCodes');
  }
  const version = await currentVersion(ctx, d);
  // The consultation travels as a directive: the subtree rule, receipts and feedback come with it.
  const issued = await issueDirective(ctx, {
    title: `征求意见：${d.title}`.slice(0, 300),
    content: `${d.reference}（第${version.number}稿，${version.contentHash}）征求意见，请确认收悉并反馈意见。\n\n${version.text}`.slice(0, 50_000),
    recipientCodes: codes,
    requiresAcknowledgement: true,
    acknowledgeBy: data.replyBy,
  });
  effects.issued.push(issued);
  await saveStage(ctx, d, DecisionStageKind.LOCAL_CONSULTATION, {
    status: StageStatus.OPEN,
    openedAt: new Date(),
    bodyId: ctx.actor!.body.rowId,
    directiveId: issued.directive.rowId,
    boundVersion: d.currentVersionNumber,
    detail: { replyBy: data.replyBy.toISOString() } as never,
  });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, DecisionStageKind.LOCAL_CONSULTATION, StageStatus.OPEN);
  await recordAudit(ctx, { action: 'decision.consult-local', targetType: ReformDecision.typename, targetId: d.rowId, details: { bodies: codes, directive: issued.directive.rowId } });
  return d;
}

/** Completes local consultation once every consulted government acknowledged and replied with feedback. */
export async function closeLocalConsultation(ctx: RequestContext, data: { decisionId: string }): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'closes the local consultation');
  const record = (await stageState(ctx, d)).records.get(DecisionStageKind.LOCAL_CONSULTATION);
  if (!record || record.status !== StageStatus.OPEN) refuse(UserErrorCode.INVALID_STATE, 'There is no open local consultation.');
  const receipts = await ctx.em.find(Receipt, { where: { directiveId: record.directiveId! } });
  const replied = new Set((await ctx.em.find(Feedback, { where: { directiveId: record.directiveId! }, select: { senderId: true } })).map((f) => f.senderId));
  const missing = receipts.filter((r) => !r.acknowledgedAt || !replied.has(r.recipientId));
  if (missing.length) refuse(UserErrorCode.LOCAL_REPLIES_MISSING, `${missing.length} of ${receipts.length} consulted governments have not acknowledged and replied yet.`);
  await saveStage(ctx, d, DecisionStageKind.LOCAL_CONSULTATION, { status: StageStatus.COMPLETED, completedAt: new Date(), completedById: ctx.actor!.body.rowId });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, DecisionStageKind.LOCAL_CONSULTATION, StageStatus.COMPLETED);
  await recordAudit(ctx, { action: 'decision.consult-local-close', targetType: ReformDecision.typename, targetId: d.rowId, details: { replies: receipts.length } });
  return d;
}

// ---- expert consultation, risk assessment --------------------------------------------------------

export async function recordExpertConsultation(ctx: RequestContext, data: RecordExpertConsultationInput): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'records the expert consultation');
  const panel = await requireBody(ctx, data.panelCode, 'panelCode');
  if (panel.kind !== BodyKind.EXPERT_PANEL && panel.kind !== BodyKind.THIRD_PARTY) refuse(UserErrorCode.VALIDATION_FAILED, `${panel.code} is not an expert panel or third party.`, 'panelCode');
  if (data.opinions.length > 200) refuse(UserErrorCode.VALIDATION_FAILED, 'At most 200 opinions.', 'opinions');
  const opinions = data.opinions.map((o) => {
    if (o.signedAt.getTime() > Date.now() + 60_000) refuse(UserErrorCode.VALIDATION_FAILED, 'An opinion cannot be signed in the future.', 'opinions');
    return { expertRef: text(o.expertRef, 'expertRef', 1, 100), affiliation: o.affiliation?.trim() ? text(o.affiliation, 'affiliation', 1, 200) : null, position: o.position, text: text(o.text, 'opinions', 1, 20_000), signedAt: o.signedAt.toISOString() };
  });
  const experts = new Set(opinions.map((o) => o.expertRef));
  if (experts.size !== opinions.length) refuse(UserErrorCode.VALIDATION_FAILED, 'Each expert gives one opinion.', 'opinions');
  const { procedure } = await stageState(ctx, d);
  if (experts.size < procedure.minExperts) refuse(UserErrorCode.TOO_FEW_EXPERTS, `The procedure needs at least ${procedure.minExperts} expert opinions; ${experts.size} given.`, 'opinions');
  const reportHash = sha256(data.reportHash, 'reportHash', false);
  await completeStageAtOnce(ctx, d, DecisionStageKind.EXPERT_CONSULTATION, panel, { opinions, reportHash });
  await recordAudit(ctx, { action: 'decision.expert-consultation', targetType: ReformDecision.typename, targetId: d.rowId, details: { panel: panel.code, opinions: opinions.length, reportHash } });
  return d;
}

/** Rating from the dimensions: the highest likelihood × impact, ≥ 15 HIGH, ≥ 8 MEDIUM, else LOW. */
export function derivedRating(dimensions: { likelihood: number; impact: number }[]): RiskRating {
  const worst = Math.max(...dimensions.map((x) => x.likelihood * x.impact));
  return worst >= 15 ? RiskRating.HIGH : worst >= 8 ? RiskRating.MEDIUM : RiskRating.LOW;
}

export async function recordRiskAssessment(ctx: RequestContext, data: RecordRiskAssessmentInput): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'records the risk assessment');
  const assessor = await requireBody(ctx, data.assessorCode, 'assessorCode');
  if (assessor.kind !== BodyKind.THIRD_PARTY && !(await canSee(ctx, assessor.rowId))) refuse(UserErrorCode.VALIDATION_FAILED, `${assessor.code} is neither in the caller’s jurisdiction nor a third party.`, 'assessorCode');
  if (data.dimensions.length === 0) refuse(UserErrorCode.VALIDATION_FAILED, 'Score at least one dimension.', 'dimensions');
  const areas = new Set<RiskArea>();
  const dimensions = data.dimensions.map((x) => {
    if (![x.likelihood, x.impact].every((v) => Number.isInteger(v) && v >= 1 && v <= 5)) refuse(UserErrorCode.VALIDATION_FAILED, 'likelihood and impact are 1 to 5.', 'dimensions');
    if (areas.has(x.area)) refuse(UserErrorCode.VALIDATION_FAILED, `${x.area} is scored twice.`, 'dimensions');
    areas.add(x.area);
    return { area: x.area, likelihood: x.likelihood, impact: x.impact, note: x.note?.trim() ? text(x.note, 'dimensions', 1, 2000) : null };
  });
  const derived = derivedRating(dimensions);
  const rating = data.rating ?? derived;
  const overrideReason = data.ratingOverrideReason?.trim() ? text(data.ratingOverrideReason, 'ratingOverrideReason', 2, 2000) : null;
  if (rating !== derived && !overrideReason) refuse(UserErrorCode.REASON_REQUIRED, `The dimensions give ${derived}; rating it ${rating} needs a ratingOverrideReason.`, 'ratingOverrideReason');
  const mitigations = (data.mitigations ?? []).slice(0, 51).map((m) => text(m, 'mitigations', 1, 2000));
  if (mitigations.length > 50) refuse(UserErrorCode.VALIDATION_FAILED, 'At most 50 mitigations.', 'mitigations');
  await completeStageAtOnce(ctx, d, DecisionStageKind.RISK_ASSESSMENT, assessor, { rating, ratingOverrideReason: overrideReason, controllable: data.controllable, dimensions, mitigations });
  await recordAudit(ctx, { action: 'decision.risk-assessment', targetType: ReformDecision.typename, targetId: d.rowId, details: { assessor: assessor.code, rating, controllable: data.controllable } });
  return d;
}

// ---- legality review ------------------------------------------------------------------------------

export async function requestLegalityReview(ctx: RequestContext, data: { decisionId: string; reviewerCode: string }): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'requests the legality review');
  const state = await stageState(ctx, d);
  const current = state.status(DecisionStageKind.LEGALITY_REVIEW);
  if (current === StageStatus.OPEN || current === StageStatus.COMPLETED) refuse(UserErrorCode.INVALID_STATE, `The legality review is already ${current}.`);
  const before = state.required.filter((k) => BEFORE_LEGALITY.includes(k) && state.status(k) !== StageStatus.COMPLETED);
  if (before.length) refuse(UserErrorCode.STAGE_OUT_OF_ORDER, `Legality review follows ${before.join(', ')}, which are not COMPLETED on the current draft.`);
  const reviewer = await requireBody(ctx, data.reviewerCode, 'reviewerCode');
  const maker = (await findBodyById(ctx, d.decisionMakerId))!;
  if (reviewer.kind !== BodyKind.LEGAL_AFFAIRS || !(await isWithin(ctx, reviewer.governmentId, maker.governmentId, true))) {
    refuse(UserErrorCode.REVIEWER_NOT_ELIGIBLE, `${reviewer.code} is not a legal-affairs body of ${maker.code}’s government or above.`, 'reviewerCode');
  }
  await saveStage(ctx, d, DecisionStageKind.LEGALITY_REVIEW, {
    status: StageStatus.OPEN,
    openedAt: new Date(),
    completedAt: null,
    completedById: null,
    bodyId: reviewer.rowId,
    boundVersion: d.currentVersionNumber,
    detail: { conclusion: null, opinion: null, citedLaw: [] } as never,
  });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, DecisionStageKind.LEGALITY_REVIEW, StageStatus.OPEN);
  await recordAudit(ctx, { action: 'decision.legality-request', targetType: ReformDecision.typename, targetId: d.rowId, details: { reviewer: reviewer.code, version: d.currentVersionNumber } });
  return d;
}

/** A LEAD of the requested reviewer concludes on the current draft. */
export async function recordLegalityReview(ctx: RequestContext, data: RecordLegalityReviewInput): Promise<ReformDecision> {
  const d = await lockDecision(ctx, data.decisionId);
  assertInProcedure(d);
  const record = (await stageState(ctx, d)).records.get(DecisionStageKind.LEGALITY_REVIEW);
  if (!record || record.status !== StageStatus.OPEN) refuse(UserErrorCode.STAGE_OUT_OF_ORDER, 'No legality review of this decision is requested.');
  if (record.bodyId !== ctx.actor!.body.rowId) throw forbidden('Only the requested reviewer records the legality review.');
  const opinion = text(data.opinion, 'opinion', 2, 20_000);
  const citedLaw = (data.citedLaw ?? []).slice(0, 51).map((c) => text(c, 'citedLaw', 1, 300));
  if (citedLaw.length > 50) refuse(UserErrorCode.VALIDATION_FAILED, 'At most 50 citations.', 'citedLaw');
  await saveStage(ctx, d, DecisionStageKind.LEGALITY_REVIEW, {
    status: StageStatus.COMPLETED,
    completedAt: new Date(),
    completedById: ctx.actor!.body.rowId,
    boundVersion: d.currentVersionNumber,
    detail: { conclusion: data.conclusion, opinion, citedLaw } as never,
  });
  await touch(ctx, d);
  await emitStageChanged(ctx, d, DecisionStageKind.LEGALITY_REVIEW, StageStatus.COMPLETED);
  await recordAudit(ctx, { action: 'decision.legality-review', targetType: ReformDecision.typename, targetId: d.rowId, details: { conclusion: data.conclusion, version: d.currentVersionNumber } });
  return d;
}

// ---- collective deliberation -----------------------------------------------------------------------

const CLEARED = [LegalityConclusion.LEGAL, LegalityConclusion.LEGAL_WITH_AMENDMENTS];

export async function recordDeliberation(ctx: RequestContext, data: RecordDeliberationInput): Promise<ReformDecision> {
  const d = await lockDecision(ctx, data.decisionId);
  assertInProcedure(d);
  assertDecisionMaker(ctx, d, 'records its collective deliberation');
  const state = await stageState(ctx, d);
  const legality = state.records.get(DecisionStageKind.LEGALITY_REVIEW);
  const legalityStatus = state.status(DecisionStageKind.LEGALITY_REVIEW);
  if (legalityStatus === StageStatus.STALE) refuse(UserErrorCode.STAGE_STALE, 'The legality review judged an older draft: request it again on the current one.');
  if (legalityStatus !== StageStatus.NOT_REQUIRED && (legalityStatus !== StageStatus.COMPLETED || !CLEARED.includes((legality!.detail as { conclusion: LegalityConclusion }).conclusion))) {
    refuse(UserErrorCode.LEGALITY_NOT_CLEARED, 'Collective deliberation needs a legality review of the current draft concluding LEGAL or LEGAL_WITH_AMENDMENTS.');
  }
  const meetingKind = text(data.meetingKind, 'meetingKind', 2, 200);
  if (data.heldAt.getTime() > Date.now() + 60_000) refuse(UserErrorCode.VALIDATION_FAILED, 'heldAt cannot lie in the future.', 'heldAt');
  if (!Number.isInteger(data.members) || data.members < 1 || data.members > 10_000) refuse(UserErrorCode.VALIDATION_FAILED, 'members is 1 to 10000.', 'members');
  if (!Number.isInteger(data.present) || data.present < 0 || data.present > data.members) refuse(UserErrorCode.VALIDATION_FAILED, 'present is 0 to members.', 'present');
  const minutesHash = sha256(data.minutesHash, 'minutesHash', true);
  // Quorum in integers: present / members ≥ quorumShare / 100.00.
  if (BigInt(data.present) * 10_000n < state.procedure.quorumShare * BigInt(data.members)) {
    refuse(UserErrorCode.QUORUM_NOT_MET, `${data.present} of ${data.members} present; the quorum is ${Number(state.procedure.quorumShare) / 100}%.`, 'present');
  }
  const counts = new Map<VoteOption, number>();
  for (const c of data.counts) {
    if (counts.has(c.option) || !Number.isInteger(c.value) || c.value < 0) refuse(UserErrorCode.VALIDATION_FAILED, 'Each option is counted once, with a non-negative count.', 'counts');
    counts.set(c.option, c.value);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total !== data.present) refuse(UserErrorCode.VOTE_COUNTS_MISMATCH, `The counts add up to ${total}, but ${data.present} members were present.`, 'counts');
  const votes: { postId: string; option: VoteOption }[] = [];
  if (data.votes?.length) {
    const seen = new Set<string>();
    for (const v of data.votes.slice(0, 10_001)) {
      const postId = expectGlobalId(v.postId, Post.typename, 'votes');
      const post = await postById(ctx).load(postId);
      if (!post || !(await canSee(ctx, post.bodyId))) refuse(UserErrorCode.NOT_FOUND, 'A vote names no post of the decision maker’s jurisdiction.', 'votes');
      if (seen.has(postId)) refuse(UserErrorCode.VALIDATION_FAILED, 'A post votes once.', 'votes');
      seen.add(postId);
      votes.push({ postId, option: v.option });
    }
    const disagrees = Object.values(VoteOption).some((o) => votes.filter((v) => v.option === o).length !== (counts.get(o) ?? 0));
    if (disagrees) refuse(UserErrorCode.VOTE_COUNTS_MISMATCH, 'The individual votes disagree with the counts.', 'votes');
  }
  const yes = counts.get(VoteOption.YES) ?? 0;
  const no = counts.get(VoteOption.NO) ?? 0;
  const adopting = [DeliberationConclusion.ADOPT, DeliberationConclusion.ADOPT_WITH_CHANGES].includes(data.chairConclusion);
  const againstMajority = (adopting && yes <= no) || (data.chairConclusion === DeliberationConclusion.REJECT && yes > no);
  const reason = data.chairAgainstMajorityReason?.trim() ? text(data.chairAgainstMajorityReason, 'chairAgainstMajorityReason', 2, 5000) : null;
  if (againstMajority && !reason) refuse(UserErrorCode.REASON_REQUIRED, `The chair concludes ${data.chairConclusion} against a vote of ${yes} for and ${no} against: give chairAgainstMajorityReason.`, 'chairAgainstMajorityReason');
  const dissent = data.dissent?.trim() ? text(data.dissent, 'dissent', 1, 20_000) : null;
  const deferred = data.chairConclusion === DeliberationConclusion.DEFER;
  const now = new Date();
  await saveStage(ctx, d, DecisionStageKind.COLLECTIVE_DELIBERATION, {
    status: deferred ? StageStatus.OPEN : StageStatus.COMPLETED,
    openedAt: now,
    completedAt: deferred ? null : now,
    completedById: deferred ? null : ctx.actor!.body.rowId,
    bodyId: ctx.actor!.body.rowId,
    boundVersion: d.currentVersionNumber,
    detail: {
      meetingKind,
      heldAt: data.heldAt.toISOString(),
      members: data.members,
      present: data.present,
      counts: [...counts].map(([option, value]) => ({ option, value })),
      votes,
      chairConclusion: data.chairConclusion,
      chairAgainstMajorityReason: reason,
      dissent,
      minutesHash,
    } as never,
  });
  await touch(ctx, d, data.chairConclusion === DeliberationConclusion.REJECT ? { status: DecisionStatus.REJECTED } : {});
  await emitStageChanged(ctx, d, DecisionStageKind.COLLECTIVE_DELIBERATION, deferred ? StageStatus.OPEN : StageStatus.COMPLETED);
  await recordAudit(ctx, { action: 'decision.deliberation', targetType: ReformDecision.typename, targetId: d.rowId, details: { conclusion: data.chairConclusion, present: data.present, members: data.members, yes, no, minutesHash } });
  return d;
}

// ---- adoption, reconsideration, withdrawal ------------------------------------------------------------

/** The checks adoption runs, in order; each refusal names what is wrong. */
async function assertAdoptable(ctx: RequestContext, d: ReformDecision): Promise<void> {
  const state = await stageState(ctx, d);
  const stale = state.required.filter((k) => state.status(k) === StageStatus.STALE);
  const missing = state.required.filter((k) => state.status(k) !== StageStatus.COMPLETED && state.status(k) !== StageStatus.STALE);
  if (missing.length) refuse(UserErrorCode.REQUIRED_STAGE_MISSING, `Required stages not completed: ${missing.join(', ')}.`);
  if (stale.length) refuse(UserErrorCode.STAGE_STALE, `Stages done on an older draft than version ${d.currentVersionNumber}: ${stale.join(', ')}.`);
  const risk = state.records.get(DecisionStageKind.RISK_ASSESSMENT);
  const riskDetail = risk?.detail as { rating?: RiskRating; controllable?: boolean } | undefined;
  if (risk && state.status(DecisionStageKind.RISK_ASSESSMENT) === StageStatus.COMPLETED && riskDetail?.rating === RiskRating.HIGH && riskDetail.controllable === false) {
    refuse(UserErrorCode.RISK_NOT_CONTROLLABLE, 'The risk assessment rated it HIGH and not controllable: revise the draft and reassess.');
  }
  const legality = state.records.get(DecisionStageKind.LEGALITY_REVIEW);
  if (legality && state.status(DecisionStageKind.LEGALITY_REVIEW) === StageStatus.COMPLETED && !CLEARED.includes((legality.detail as { conclusion: LegalityConclusion }).conclusion)) {
    refuse(UserErrorCode.LEGALITY_NOT_CLEARED, 'The legality review did not clear the current draft.');
  }
}

/** Atomically: ADOPTED, the directives drafted for it issued and its tasks assigned (the subtree rules of issueDirective and createTask hold). */
export async function adoptDecision(ctx: RequestContext, effects: DecisionEffects, data: AdoptDecisionInput): Promise<ReformDecision> {
  const d = await lockDecision(ctx, data.decisionId);
  assertInProcedure(d);
  assertDecisionMaker(ctx, d, 'adopts the decision');
  await assertAdoptable(ctx, d);
  const directives = data.directives ?? [];
  if (directives.length > MAX_ADOPTION_DIRECTIVES) refuse(UserErrorCode.VALIDATION_FAILED, `At most ${MAX_ADOPTION_DIRECTIVES} directives per adoption.`, 'directives');
  const taskInputs = data.tasks ?? [];
  if (taskInputs.length > MAX_ADOPTION_DIRECTIVES) refuse(UserErrorCode.VALIDATION_FAILED, `At most ${MAX_ADOPTION_DIRECTIVES} tasks per adoption.`, 'tasks');
  const now = new Date();
  for (const input of directives) {
    const issued = await issueDirective(ctx, input);
    effects.issued.push(issued);
    await ctx.em.insert(DecisionDirective, { decisionId: d.rowId, directiveId: issued.directive.rowId });
  }
  // Assigned by the decision maker, with the decision as their origin (the trace's TASK_OF link).
  const assigned: string[] = [];
  for (const input of taskInputs) assigned.push((await createTask(ctx, input, { type: ReformDecision.typename, rowId: d.rowId }, d.decisionMakerId)).rowId);
  await touch(ctx, d, {
    status: DecisionStatus.ADOPTED,
    adoptedAt: now,
    adoptedVersionNumber: d.currentVersionNumber,
    effectiveFrom: data.effectiveFrom ?? now,
    publishedAt: d.public ? (d.publishedAt ?? now) : d.publishedAt,
  });
  if (d.supersedesId) {
    await ctx.em.update(ReformDecision, { rowId: d.supersedesId, status: DecisionStatus.ADOPTED }, { status: DecisionStatus.SUPERSEDED, updatedAt: now });
    decisionById(ctx).clear(d.supersedesId);
  }
  await ctx.events.emit('DecisionAdopted', { decisionId: d.rowId }, decisionScope(d));
  const version = await currentVersion(ctx, d);
  await recordAudit(ctx, {
    action: 'decision.adopt',
    targetType: ReformDecision.typename,
    targetId: d.rowId,
    details: { reference: d.reference, version: version.number, contentHash: version.contentHash, directives: effects.issued.map((i) => i.directive.rowId), tasks: assigned },
  });
  return d;
}

/** 再决策: a new draft superseding the decision, because of a feedback addressed to its maker or drafter. */
/** What may cause a reconsideration (再决策, CHAIN §3.1): the loop back from feedback, supervision and evaluation. */
export const RECONSIDERATION_CAUSES = [Feedback.typename, Finding.typename, Evaluation.typename] as const;

/**
 * The cause of a reconsideration: a feedback addressed to the decision maker or drafter; a finding
 * the decision maker may read; a FINAL or PUBLISHED evaluation it may read (a score still open to
 * challenge is no ground to re-decide). What the caller may not read is NOT_FOUND, as if absent.
 */
async function reconsiderationCause(ctx: RequestContext, old: ReformDecision, becauseId: string): Promise<{ type: string; rowId: string }> {
  const cause = parseGlobalId(becauseId);
  if (!cause || !(RECONSIDERATION_CAUSES as readonly string[]).includes(cause.type)) {
    refuse(UserErrorCode.VALIDATION_FAILED, 'becauseId must name a Feedback, a Finding or an Evaluation.', 'becauseId');
  }
  if (cause.type === Feedback.typename) {
    const feedback = await ctx.em.findOne(Feedback, { where: { rowId: cause.rowId } });
    if (!feedback || (feedback.recipientId !== old.decisionMakerId && feedback.recipientId !== old.drafterId)) refuse(UserErrorCode.NOT_FOUND, 'No feedback addressed to the decision maker or drafter has this id.', 'becauseId');
    return cause;
  }
  const node = await fetchVisibleNodeOfType(ctx, cause.type, cause.rowId);
  if (!node) refuse(UserErrorCode.NOT_FOUND, `No ${cause.type === Finding.typename ? 'finding' : 'evaluation'} visible to the decision maker has this id.`, 'becauseId');
  if (node instanceof Evaluation && node.status !== EvaluationStatus.FINAL && node.status !== EvaluationStatus.PUBLISHED) {
    refuse(UserErrorCode.INVALID_STATE, `The evaluation is ${node.status}: only a FINAL or PUBLISHED evaluation is a ground to reconsider.`, 'becauseId');
  }
  return cause;
}

export async function reconsiderDecision(ctx: RequestContext, data: { decisionId: string; becauseId: string; reason: string; text?: string | null }): Promise<ReformDecision> {
  const old = await lockDecision(ctx, data.decisionId);
  assertDecisionMaker(ctx, old, 'reconsiders the decision');
  if (old.status === DecisionStatus.SUPERSEDED || old.status === DecisionStatus.WITHDRAWN) refuse(UserErrorCode.INVALID_STATE, `${old.reference} is ${old.status}.`);
  const open = await ctx.em.findOne(ReformDecision, { where: { supersedesId: old.rowId, status: In([DecisionStatus.DRAFT, DecisionStatus.IN_PROCEDURE]) } });
  if (open) refuse(UserErrorCode.INVALID_STATE, `${open.reference} already reconsiders it.`);
  const cause = await reconsiderationCause(ctx, old, data.becauseId);
  const reason = text(data.reason, 'reason', 2, 5000);
  const body = data.text?.trim() ? text(data.text, 'text', 1, MAX_TEXT) : (await currentVersion(ctx, old)).text;
  const maker = (await findBodyById(ctx, old.decisionMakerId))!;
  const procedure = await latestProcedure(ctx, old.decisionClass, maker);
  const now = new Date();
  const d = ctx.em.create(ReformDecision, {
    ...old,
    rowId: uuidv7(),
    reference: await nextReference(ctx, maker),
    procedureId: procedure.rowId,
    status: DecisionStatus.DRAFT,
    publishedAt: null,
    currentVersionNumber: 1,
    adoptedAt: null,
    adoptedVersionNumber: null,
    effectiveFrom: null,
    supersedesId: old.rowId,
    revisedBecauseType: cause.type,
    revisedBecauseId: cause.rowId,
    reconsiderationReason: reason,
    createdAt: now,
    updatedAt: now,
  });
  await ctx.em.insert(ReformDecision, d);
  await insertVersion(ctx, d.rowId, 1, body, `再决策：${reason}`.slice(0, 5000));
  // An adopted decision stays in force until its reconsideration is adopted; any other is replaced now.
  if (old.status !== DecisionStatus.ADOPTED) {
    await ctx.em.update(ReformDecision, { rowId: old.rowId }, { status: DecisionStatus.SUPERSEDED, updatedAt: now });
    decisionById(ctx).clear(old.rowId);
    await cancelDeadline(ctx, consultationCloseKey(old.rowId));
  }
  await recordAudit(ctx, { action: 'decision.reconsider', targetType: ReformDecision.typename, targetId: d.rowId, details: { supersedes: old.reference, because: cause.rowId, becauseType: cause.type, reason } });
  return d;
}

export async function withdrawDecision(ctx: RequestContext, data: { decisionId: string; reason: string }): Promise<ReformDecision> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'withdraws the decision');
  const reason = text(data.reason, 'reason', 2, 5000);
  await touch(ctx, d, { status: DecisionStatus.WITHDRAWN });
  await cancelDeadline(ctx, consultationCloseKey(d.rowId));
  await recordAudit(ctx, { action: 'decision.withdraw', targetType: ReformDecision.typename, targetId: d.rowId, details: { reason } });
  return d;
}

// ---- legislative dependencies -------------------------------------------------------------------------

export async function addLegislativeDependency(ctx: RequestContext, data: AddLegislativeDependencyInput): Promise<LegislativeDependency> {
  const d = await lockForOrganizer(ctx, data.decisionId, 'records its legislative dependencies');
  const owner = await requireBody(ctx, data.ownerCode, 'ownerCode');
  if (owner.kind !== BodyKind.LEGAL_AFFAIRS) refuse(UserErrorCode.VALIDATION_FAILED, `${owner.code} is not a legal-affairs body.`, 'ownerCode');
  const dep = ctx.em.create(LegislativeDependency, {
    rowId: uuidv7(),
    decisionId: d.rowId,
    instrument: text(data.instrument, 'instrument', 2, 300),
    change: text(data.change, 'change', 2, 5000),
    ownerId: owner.rowId,
    status: LegislativeStatus.IDENTIFIED,
    neededBy: data.neededBy ?? null,
    updatedAt: new Date(),
  });
  await ctx.em.insert(LegislativeDependency, dep);
  await recordAudit(ctx, { action: 'decision.legislative-dependency', targetType: LegislativeDependency.typename, targetId: dep.rowId, details: { decision: d.reference, instrument: dep.instrument, owner: owner.code } });
  return dep;
}

/** The owning legal-affairs body, or the decision's organizers, move its status (also after adoption). */
export async function updateLegislativeDependency(ctx: RequestContext, data: UpdateLegislativeDependencyInput): Promise<LegislativeDependency> {
  const rowId = expectGlobalId(data.dependencyId, LegislativeDependency.typename, 'dependencyId');
  const dep = await forUpdate(ctx.em.createQueryBuilder(LegislativeDependency, 'l').where('l.rowId = :id', { id: rowId }), ctx.db).getOne();
  const d = dep && (await findVisibleDecision(ctx, dep.decisionId));
  const ownerSide = !!dep && dep.ownerId === ctx.actor!.body.rowId;
  if (!dep || (!d && !ownerSide)) refuse(UserErrorCode.NOT_FOUND, 'No such legislative dependency.', 'dependencyId');
  const decision = d ?? (await decisionById(ctx).load(dep.decisionId))!;
  if (!ownerSide && ctx.actor!.body.rowId !== decision.drafterId && ctx.actor!.body.rowId !== decision.decisionMakerId) {
    throw forbidden('Only the owning legal-affairs body or the decision’s drafter or maker updates it.');
  }
  Object.assign(dep, { status: data.status, neededBy: data.neededBy ?? dep.neededBy, updatedAt: new Date() });
  await ctx.em.update(LegislativeDependency, { rowId }, { status: dep.status, neededBy: dep.neededBy, updatedAt: dep.updatedAt });
  dependencyById(ctx).clear(rowId);
  await recordAudit(ctx, { action: 'decision.legislative-dependency-update', targetType: LegislativeDependency.typename, targetId: rowId, details: { status: data.status } });
  return dep;
}

