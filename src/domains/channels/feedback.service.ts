import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { Body } from '../bodies/body.entities';
import { assertCanSee, canSee, isWithin } from '../bodies/jurisdiction';
import { text } from '../../platform/validation';
import { Directive, Feedback } from './channel.entities';
import { FeedbackKind, FeedbackResolution } from './channel.enums';
import { feedbackById } from './channel.loaders';
import { allocateSeqs, deliveryStream, encodeDeliveryCursor } from './deliveries';
import { canReadDirective } from './directive.service';
import './channel.events';

export interface SubmitData {
  kind: FeedbackKind;
  content: string;
  toBodyCode?: string | null;
  directiveId?: string | null;
}

/**
 * Feedback goes up: to an ancestor of the sender (default: its parent), or to the issuer of a
 * directive the sender received. Downward and sideways feedback is refused.
 */
export async function submitFeedback(ctx: RequestContext, data: SubmitData): Promise<Feedback> {
  const sender = await ctx.em.findOneOrFail(Body, { where: { rowId: ctx.actor!.body.rowId } });
  const content = text(data.content, 'content', 1, 20_000);
  let directive: Directive | null = null;
  if (data.directiveId) {
    directive = await ctx.em.findOne(Directive, { where: { rowId: expectGlobalId(data.directiveId, Directive.typename, 'directiveId') } });
    if (!directive || !(await canReadDirective(ctx, directive))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such directive.', ['input', 'directiveId']);
  }
  let recipient: Body | null;
  if (data.toBodyCode) {
    recipient = await ctx.em.findOne(Body, { where: { code: data.toBodyCode } });
    if (!recipient) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code "${data.toBodyCode}".`, ['input', 'toBodyCode']);
  } else if (directive) {
    recipient = await ctx.em.findOneOrFail(Body, { where: { rowId: directive.issuerId } });
  } else {
    recipient = sender.parentId ? await ctx.em.findOneOrFail(Body, { where: { rowId: sender.parentId } }) : null;
    if (!recipient) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'There is no body above the sender.', ['input', 'toBodyCode']);
  }
  const upward = await isWithin(ctx, recipient.rowId, sender.rowId);
  const toIssuer = !!directive && directive.issuerId === recipient.rowId;
  if (!upward && !toIssuer) {
    throw forbidden(`${sender.code} may not send feedback to ${recipient.code}: feedback goes up, to a body above the sender or to the issuer of a directive it received.`);
  }
  const seqs = await allocateSeqs(ctx, 'feedback', [recipient.rowId]);
  const feedback = ctx.em.create(Feedback, {
    rowId: uuidv7(),
    kind: data.kind,
    content,
    senderId: sender.rowId,
    recipientId: recipient.rowId,
    directiveId: directive?.rowId ?? null,
    seq: seqs.get(recipient.rowId)!,
    submittedBy: ctx.actor!.accountId,
    submittedAt: new Date(),
    resolution: null,
    response: null,
    respondedAt: null,
    respondedBy: null,
  });
  await ctx.em.insert(Feedback, feedback);
  await ctx.events.emit('FeedbackSubmitted', { feedbackId: feedback.rowId }, { subjectType: Feedback.typename, subjectId: feedback.rowId, bodyId: sender.rowId, recipientBodyIds: [recipient.rowId] });
  await recordAudit(ctx, { action: 'feedback.submit', targetType: 'Feedback', targetId: feedback.rowId, details: { kind: data.kind, to: recipient.code } });
  return feedback;
}

export async function respondToFeedback(ctx: RequestContext, data: { feedbackId: string; resolution: FeedbackResolution; response: string }): Promise<Feedback> {
  const rowId = expectGlobalId(data.feedbackId, Feedback.typename, 'feedbackId');
  const feedback = await ctx.em.findOne(Feedback, { where: { rowId } });
  if (!feedback || !(await canReadFeedback(ctx, feedback))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such feedback.', ['input', 'feedbackId']);
  if (feedback.recipientId !== ctx.actor!.body.rowId) throw forbidden('Only the body the feedback is addressed to answers it.');
  if (feedback.resolution) throw new DomainError(UserErrorCode.INVALID_STATE, 'This feedback was already answered.', ['input', 'feedbackId']);
  Object.assign(feedback, { resolution: data.resolution, response: text(data.response, 'response', 1, 20_000), respondedAt: new Date(), respondedBy: ctx.actor!.accountId });
  await ctx.em.update(Feedback, { rowId }, { resolution: feedback.resolution, response: feedback.response, respondedAt: feedback.respondedAt, respondedBy: feedback.respondedBy });
  await ctx.events.emit('FeedbackAnswered', { feedbackId: rowId }, { subjectType: Feedback.typename, subjectId: rowId, bodyId: feedback.recipientId, recipientBodyIds: [feedback.senderId] });
  await recordAudit(ctx, { action: 'feedback.respond', targetType: 'Feedback', targetId: rowId, details: { resolution: data.resolution } });
  return feedback;
}

/** Feedback is read by the sender's and the recipient's jurisdictions. */
export async function canReadFeedback(ctx: RequestContext, f: Feedback): Promise<boolean> {
  return !!ctx.actor && ((await canSee(ctx, f.senderId)) || (await canSee(ctx, f.recipientId)));
}

export async function findVisibleFeedback(ctx: RequestContext, rowId: string): Promise<Feedback | null> {
  const f = await feedbackById(ctx).load(rowId);
  return f && (await canReadFeedback(ctx, f)) ? f : null;
}

export async function feedbackInboxOf(ctx: RequestContext, body: Body, filter: { unansweredOnly: boolean; kind?: FeedbackKind | null }, args: PageArgs): Promise<Page<Feedback>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const qb = ctx.em.createQueryBuilder(Feedback, 'f').where('f.recipientId = :id', { id: body.rowId });
  if (filter.unansweredOnly) qb.andWhere('f.resolution IS NULL');
  if (filter.kind) qb.andWhere('f.kind = :kind', { kind: filter.kind });
  return paginate(qb, [{ column: 'f.seq', read: (f) => f.seq, kind: 'int', direction: 'DESC' }], args);
}

export interface FeedbackDeliveryData {
  seq: number;
  cursor: string;
  feedback: Feedback;
}

export function feedbackDeliveries(ctx: RequestContext, after: number | null): AsyncGenerator<FeedbackDeliveryData> {
  const recipientId = ctx.actor!.body.rowId;
  const toDelivery = (feedback: Feedback): FeedbackDeliveryData => ({ seq: feedback.seq, cursor: encodeDeliveryCursor(feedback.seq), feedback });
  return deliveryStream<FeedbackDeliveryData>(ctx, 'feedback', recipientId, after, async (afterSeq, limit) => {
    const rows = await ctx.em.createQueryBuilder(Feedback, 'f').where('f.recipientId = :id AND f.seq > :after', { id: recipientId, after: afterSeq }).orderBy('f.seq', 'ASC').limit(limit).getMany();
    return rows.map(toDelivery);
  });
}
