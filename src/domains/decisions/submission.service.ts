import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate, SortKey } from '../../platform/graphql/connection';
import { expectGlobalId, toGlobalId } from '../../platform/graphql/global-id';
import { canSee } from '../bodies/jurisdiction';
import { uuidv7 } from '../../platform/ids';
import { text } from '../../platform/validation';
import { assertInProcedure, assertOrganizer, canReadDecision, lockDecision } from './decision.access';
import { PublicSubmission, ReformDecision } from './decision.entities';
import { DecisionStageKind, ModerationAction, ModerationState, StageStatus, SubmissionDisposition, SubmitterType } from './decision.enums';
import { decisionById, stagesOf, submissionById } from './decision.loaders';
import { consultationWindow } from './decision.service';
import { publicText, trackingNumber } from './public-write';

function refuse(code: UserErrorCode, message: string, field: string): never {
  throw new DomainError(code, message, ['input', field]);
}

/** Organizers (the jurisdictions of drafter and maker) see every submission; others only published ones. */
async function seesUnmoderated(ctx: RequestContext, d: ReformDecision): Promise<boolean> {
  if (!ctx.actor) return false;
  return (await canSee(ctx, d.decisionMakerId)) || (await canSee(ctx, d.drafterId));
}

export async function findVisibleSubmission(ctx: RequestContext, rowId: string): Promise<PublicSubmission | null> {
  const s = await submissionById(ctx).load(rowId);
  if (!s) return null;
  const d = (await decisionById(ctx).load(s.decisionId))!;
  if (!(await canReadDecision(ctx, d))) return null;
  return s.moderation === ModerationState.PUBLISHED || (await seesUnmoderated(ctx, d)) ? s : null;
}

const SUBMISSION_ORDER: SortKey<PublicSubmission>[] = [{ column: 's.rowId', read: (s) => s.rowId, kind: 'text', direction: 'ASC' }];

export async function submissionsOf(ctx: RequestContext, decisionId: string, disposition: SubmissionDisposition | null | undefined, args: PageArgs): Promise<Page<PublicSubmission>> {
  const d = (await decisionById(ctx).load(decisionId))!;
  const qb = ctx.em.createQueryBuilder(PublicSubmission, 's').where('s.decisionId = :id', { id: decisionId });
  if (!(await seesUnmoderated(ctx, d))) qb.andWhere('s.moderation = :published', { published: ModerationState.PUBLISHED });
  if (disposition) qb.andWhere('s.disposition = :disposition', { disposition });
  return paginate(qb, SUBMISSION_ORDER, args);
}

export interface CommentData {
  decisionId: string;
  text: string;
  submitterType?: SubmitterType | null;
  displayName?: string | null;
  contact?: string | null;
}

/** The public's comment, inside the open window of a published consultation; held for moderation. */
export async function submitPublicComment(ctx: RequestContext, data: CommentData): Promise<PublicSubmission> {
  const rowId = expectGlobalId(data.decisionId, ReformDecision.typename, 'decisionId');
  // A shared lock: comments run in parallel with each other, but never slip past a concurrent close.
  const qb = ctx.em.createQueryBuilder(ReformDecision, 'd').where('d.rowId = :id', { id: rowId });
  const d = await (ctx.db.dialect === 'postgres' ? qb.setLock('pessimistic_read') : qb).getOne();
  if (!d || !(await canReadDecision(ctx, d))) refuse(UserErrorCode.NOT_FOUND, 'No such decision.', 'decisionId');
  const content = publicText(data);
  const record = (await stagesOf(ctx).load(d.rowId)).find((r) => r.kind === DecisionStageKind.PUBLIC_CONSULTATION);
  const window = consultationWindow(record);
  const now = Date.now();
  if (!record || record.status !== StageStatus.OPEN || !window || now < window.opensAt.getTime() || now >= window.closesAt.getTime()) {
    refuse(UserErrorCode.CONSULTATION_CLOSED, window ? `Comments are taken from ${window.opensAt.toISOString()} until ${window.closesAt.toISOString()}.` : 'This decision is not in public consultation.', 'decisionId');
  }
  const submission = ctx.em.create(PublicSubmission, {
    rowId: uuidv7(),
    decisionId: d.rowId,
    trackingNumber: trackingNumber('PC'),
    ...content,
    submittedAt: new Date(),
    moderation: ModerationState.RECEIVED,
    withheldReason: null,
    disposition: null,
    response: null,
    respondedAt: null,
  });
  await ctx.em.insert(PublicSubmission, submission);
  // Neither the text nor the contact goes to the audit trail: the trail is read more widely.
  await recordAudit(ctx, { action: 'decision.public-comment', targetType: PublicSubmission.typename, targetId: submission.rowId, details: { decision: d.reference, submitterType: content.submitterType } });
  return submission;
}

async function lockSubmission(ctx: RequestContext, submissionId: string): Promise<{ s: PublicSubmission; d: ReformDecision }> {
  const s = await lockNode(ctx, PublicSubmission, submissionId, 'submissionId', async (tx, row) => !!(await findVisibleSubmission(tx, row.rowId)), 'submission');
  const d = await lockDecision(ctx, toGlobalId(ReformDecision.typename, s.decisionId));
  assertInProcedure(d);
  assertOrganizer(ctx, d, 'moderates and answers submissions');
  const record = (await stagesOf(ctx).load(d.rowId)).find((r) => r.kind === DecisionStageKind.PUBLIC_CONSULTATION);
  if (record?.status !== StageStatus.OPEN) refuse(UserErrorCode.INVALID_STATE, 'The consultation is completed; its submissions no longer change.', 'submissionId');
  return { s, d };
}

export async function moderatePublicComment(ctx: RequestContext, data: { submissionId: string; action: ModerationAction; reason?: string | null }): Promise<PublicSubmission> {
  const { s } = await lockSubmission(ctx, data.submissionId);
  if (s.moderation !== ModerationState.RECEIVED) refuse(UserErrorCode.INVALID_STATE, `The submission is already ${s.moderation}.`, 'submissionId');
  const reason = data.reason?.trim() ? text(data.reason, 'reason', 2, 2000) : null;
  if (data.action === ModerationAction.WITHHOLD && !reason) refuse(UserErrorCode.REASON_REQUIRED, 'Withholding a submission needs a reason.', 'reason');
  s.moderation = data.action === ModerationAction.PUBLISH ? ModerationState.PUBLISHED : ModerationState.WITHHELD;
  s.withheldReason = data.action === ModerationAction.WITHHOLD ? reason : null;
  await ctx.em.update(PublicSubmission, { rowId: s.rowId }, { moderation: s.moderation, withheldReason: s.withheldReason });
  submissionById(ctx).clear(s.rowId);
  await recordAudit(ctx, { action: 'decision.public-comment-moderate', targetType: PublicSubmission.typename, targetId: s.rowId, details: { moderation: s.moderation, reason } });
  return s;
}

export async function respondToPublicComment(ctx: RequestContext, data: { submissionId: string; disposition: SubmissionDisposition; response?: string | null }): Promise<PublicSubmission> {
  const { s } = await lockSubmission(ctx, data.submissionId);
  if (s.moderation !== ModerationState.PUBLISHED) refuse(UserErrorCode.INVALID_STATE, 'Only published submissions are answered (moderate it first).', 'submissionId');
  const response = data.response?.trim() ? text(data.response, 'response', 2, 5000) : null;
  if (data.disposition === SubmissionDisposition.NOT_ADOPTED && !response) refuse(UserErrorCode.REASON_REQUIRED, 'A NOT_ADOPTED answer gives the reason in `response`.', 'response');
  Object.assign(s, { disposition: data.disposition, response, respondedAt: new Date() });
  await ctx.em.update(PublicSubmission, { rowId: s.rowId }, { disposition: s.disposition, response: s.response, respondedAt: s.respondedAt });
  submissionById(ctx).clear(s.rowId);
  await recordAudit(ctx, { action: 'decision.public-comment-respond', targetType: PublicSubmission.typename, targetId: s.rowId, details: { disposition: data.disposition } });
  return s;
}
