import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { lazyPage, Page, PageArgs, paginate, pageWindow } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { Body, BodyAncestry } from '../bodies/body.entity';
import { BodyKind, Level, LEVEL_RANK } from '../bodies/body.enums';
import { actorJurisdictionId, assertCanSee, canSee, isWithin } from '../bodies/jurisdiction';
import { text } from '../../platform/validation';
import { Directive, DirectivePriority, Feedback, Receipt } from './channel.entities';
import type { EventScope } from '../../platform/events/event-map';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';
import { ACK_DEADLINE, ackDeadlineKey } from './channel.events';
import { allocateSeqs, deliveryStream, encodeDeliveryCursor } from './deliveries';
import { directiveById, filteredReceiptCounts, RECEIPT_ORDER, ReceiptFilter, receiptPages, receiptCounts, receiptWhere } from './channel.loaders';

export interface IssueData {
  title: string;
  content: string;
  priority?: DirectivePriority | null;
  recipientCodes?: string[] | null;
  audienceLevel?: Level | null;
  audienceKind?: BodyKind | null;
  requiresAcknowledgement?: boolean | null;
  acknowledgeBy?: Date | null;
  public?: boolean | null;
}

export interface Issued {
  directive: Directive;
  receipts: Receipt[];
}

/**
 * May `issuer` address `recipient`? Only downward, inside the issuer's own subtree: below the
 * issuer itself, or — for a department or group — below its government at a lower level. Never
 * upward, never sideways, never into another jurisdiction.
 */
async function mayAddress(ctx: RequestContext, issuer: Body, recipient: Body): Promise<boolean> {
  if (await isWithin(ctx, issuer.rowId, recipient.rowId)) return true;
  if (issuer.kind === BodyKind.GOVERNMENT) return false;
  return (await isWithin(ctx, issuer.governmentId, recipient.rowId)) && LEVEL_RANK[recipient.level] > LEVEL_RANK[issuer.level];
}

async function audience(ctx: RequestContext, issuer: Body, data: IssueData): Promise<Body[]> {
  const found = new Map<string, Body>();
  const codes = [...new Set(data.recipientCodes ?? [])];
  if (codes.length > 5000) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 5,000 explicit recipients; address a level instead.', ['input', 'recipientCodes']);
  if (codes.length) {
    const bodies = await ctx.em.find(Body, { where: { code: In(codes) } });
    const missing = codes.filter((c) => !bodies.some((b) => b.code === c));
    if (missing.length) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${missing.slice(0, 5).join(', ')}.`, ['input', 'recipientCodes']);
    const allowed = await Promise.all(bodies.map((b) => mayAddress(ctx, issuer, b))); // one batched ancestry read
    const outside = bodies.find((_, i) => !allowed[i]);
    if (outside) throw forbidden(`${issuer.code} may not direct ${outside.code}: directives go only to bodies in the issuer's own subtree.`);
    for (const b of bodies) found.set(b.rowId, b);
  }
  if (data.audienceLevel) {
    if (LEVEL_RANK[data.audienceLevel] < LEVEL_RANK[issuer.level]) throw forbidden(`${issuer.code} may not direct bodies of a higher level.`);
    const kind = data.audienceKind ?? BodyKind.GOVERNMENT;
    const qb = ctx.em
      .createQueryBuilder(Body, 'b')
      .innerJoin(BodyAncestry, 'a', 'a.descendantId = b.rowId AND a.ancestorId = :root AND a.depth > 0', { root: issuer.kind === BodyKind.GOVERNMENT ? issuer.rowId : issuer.governmentId })
      .where('b.level = :level AND b.kind = :kind', { level: data.audienceLevel, kind });
    // The query already stays inside the issuer's government subtree; a department or group may
    // only address lower levels of it.
    for (const b of await qb.getMany()) {
      if (issuer.kind === BodyKind.GOVERNMENT || LEVEL_RANK[b.level] > LEVEL_RANK[issuer.level]) found.set(b.rowId, b);
    }
  }
  return [...found.values()];
}

export async function issueDirective(ctx: RequestContext, data: IssueData): Promise<Issued> {
  const issuer = await ctx.em.findOneOrFail(Body, { where: { rowId: ctx.actor!.body.rowId } });
  const title = text(data.title, 'title', 2, 300);
  const content = text(data.content, 'content', 1, 50_000);
  const requiresAck = !!data.requiresAcknowledgement;
  if (data.acknowledgeBy && !requiresAck) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'acknowledgeBy needs requiresAcknowledgement.', ['input', 'acknowledgeBy']);
  if (data.acknowledgeBy && data.acknowledgeBy.getTime() <= Date.now()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'acknowledgeBy must lie in the future.', ['input', 'acknowledgeBy']);
  if (!data.recipientCodes?.length && !data.audienceLevel) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Address the directive: recipientCodes and/or audienceLevel.', ['input', 'recipientCodes']);
  }
  const recipients = await audience(ctx, issuer, data);
  if (recipients.length === 0) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'No body in the issuer’s subtree matches the audience.', ['input', 'audienceLevel']);
  const directive = ctx.em.create(Directive, {
    rowId: uuidv7(),
    issuerId: issuer.rowId,
    title,
    content,
    priority: data.priority ?? DirectivePriority.ROUTINE,
    audienceLevel: data.audienceLevel ?? null,
    audienceKind: data.audienceLevel ? (data.audienceKind ?? BodyKind.GOVERNMENT) : null,
    requiresAcknowledgement: requiresAck,
    acknowledgeBy: data.acknowledgeBy ?? null,
    public: !!data.public,
    version: 1,
    supersedesId: null,
    causedByFeedbackId: null,
    issuedBy: ctx.actor!.accountId,
    issuedAt: new Date(),
  });
  await ctx.em.insert(Directive, directive);
  const receipts = await deliver(ctx, directive, recipients.map((r) => r.rowId));
  await ctx.events.emit('DirectiveIssued', { directiveId: directive.rowId }, directiveScope(directive, receipts));
  await scheduleAckDeadline(ctx, directive);
  await recordAudit(ctx, { action: 'directive.issue', targetType: 'Directive', targetId: directive.rowId, details: { recipients: receipts.length, title } });
  return { directive, receipts };
}

function directiveScope(directive: Directive, receipts: Receipt[]): EventScope {
  return { subjectType: Directive.typename, subjectId: directive.rowId, bodyId: directive.issuerId, recipientBodyIds: receipts.map((r) => r.recipientId) };
}

async function scheduleAckDeadline(ctx: RequestContext, directive: Directive): Promise<void> {
  if (!directive.requiresAcknowledgement || !directive.acknowledgeBy) return;
  await scheduleDeadline(ctx, { key: ackDeadlineKey(directive.rowId), at: directive.acknowledgeBy, handler: ACK_DEADLINE, payload: { directiveId: directive.rowId } });
}

async function deliver(ctx: RequestContext, directive: Directive, recipientIds: string[]): Promise<Receipt[]> {
  const seqs = await allocateSeqs(ctx, 'directive', recipientIds);
  const receipts = recipientIds.map((recipientId) =>
    ctx.em.create(Receipt, { rowId: uuidv7(), directiveId: directive.rowId, recipientId, seq: seqs.get(recipientId)!, deliveredAt: directive.issuedAt, readAt: null, acknowledgedAt: null, acknowledgedBy: null }),
  );
  for (let i = 0; i < receipts.length; i += 500) await ctx.em.insert(Receipt, receipts.slice(i, i + 500));
  return receipts;
}

export interface ReviseData {
  directiveId: string;
  causedByFeedbackId: string;
  title?: string | null;
  content?: string | null;
  requiresAcknowledgement?: boolean | null;
  acknowledgeBy?: Date | null;
}

/** 再决策: a new version, naming the feedback that caused it, delivered again to every recipient. */
export async function reviseDirective(ctx: RequestContext, data: ReviseData): Promise<Issued> {
  const previous = await ctx.em.findOne(Directive, { where: { rowId: expectGlobalId(data.directiveId, Directive.typename, 'directiveId') } });
  if (!previous || !(await canSee(ctx, previous.issuerId))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such directive.', ['input', 'directiveId']);
  if (previous.issuerId !== ctx.actor!.body.rowId) throw forbidden('Only the issuing body revises its directive.');
  if (await ctx.em.exists(Directive, { where: { supersedesId: previous.rowId } })) {
    throw new DomainError(UserErrorCode.INVALID_STATE, 'This version was already revised; revise the latest version.', ['input', 'directiveId']);
  }
  const feedback = await ctx.em.findOne(Feedback, { where: { rowId: expectGlobalId(data.causedByFeedbackId, Feedback.typename, 'causedByFeedbackId') } });
  if (!feedback || feedback.recipientId !== previous.issuerId) {
    throw new DomainError(UserErrorCode.NOT_FOUND, 'The revision must name feedback addressed to the issuer.', ['input', 'causedByFeedbackId']);
  }
  const requiresAck = data.requiresAcknowledgement ?? previous.requiresAcknowledgement;
  const directive = ctx.em.create(Directive, {
    ...previous,
    rowId: uuidv7(),
    title: data.title != null ? text(data.title, 'title', 2, 300) : previous.title,
    content: data.content != null ? text(data.content, 'content', 1, 50_000) : previous.content,
    requiresAcknowledgement: requiresAck,
    acknowledgeBy: requiresAck ? (data.acknowledgeBy ?? previous.acknowledgeBy) : null,
    version: previous.version + 1,
    supersedesId: previous.rowId,
    causedByFeedbackId: feedback.rowId,
    issuedBy: ctx.actor!.accountId,
    issuedAt: new Date(),
  });
  await ctx.em.insert(Directive, directive);
  const recipientIds = (await ctx.em.find(Receipt, { where: { directiveId: previous.rowId }, select: { recipientId: true } })).map((r) => r.recipientId);
  const receipts = await deliver(ctx, directive, recipientIds);
  await ctx.events.emit('DirectiveRevised', { directiveId: directive.rowId, supersedesId: previous.rowId }, directiveScope(directive, receipts));
  await cancelDeadline(ctx, ackDeadlineKey(previous.rowId)); // recipients now acknowledge the new version
  await scheduleAckDeadline(ctx, directive);
  await recordAudit(ctx, { action: 'directive.revise', targetType: 'Directive', targetId: directive.rowId, details: { supersedes: previous.rowId, feedback: feedback.rowId } });
  return { directive, receipts };
}

export async function acknowledgeDirective(ctx: RequestContext, directiveId: string): Promise<Receipt> {
  const rowId = expectGlobalId(directiveId, Directive.typename, 'directiveId');
  const receipt = await ctx.em.findOne(Receipt, { where: { directiveId: rowId, recipientId: ctx.actor!.body.rowId } });
  if (!receipt) throw new DomainError(UserErrorCode.NOT_FOUND, 'This directive is not addressed to the caller’s body.', ['input', 'directiveId']);
  // Clients retry: acknowledging again answers the receipt as it is (first time and account kept).
  if (receipt.acknowledgedAt) return receipt;
  const now = new Date();
  receipt.acknowledgedAt = now;
  receipt.acknowledgedBy = ctx.actor!.accountId;
  receipt.readAt ??= now;
  await ctx.em.update(Receipt, { rowId: receipt.rowId }, { acknowledgedAt: now, acknowledgedBy: receipt.acknowledgedBy, readAt: receipt.readAt });
  await ctx.events.emit('DirectiveAcknowledged', { receiptId: receipt.rowId, directiveId: rowId }, await receiptScope(ctx, receipt));
  await recordAudit(ctx, { action: 'directive.acknowledge', targetType: 'Receipt', targetId: receipt.rowId });
  return receipt;
}

export async function markDirectiveRead(ctx: RequestContext, directiveId: string): Promise<Receipt> {
  const rowId = expectGlobalId(directiveId, Directive.typename, 'directiveId');
  const receipt = await ctx.em.findOne(Receipt, { where: { directiveId: rowId, recipientId: ctx.actor!.body.rowId } });
  if (!receipt) throw new DomainError(UserErrorCode.NOT_FOUND, 'This directive is not addressed to the caller’s body.', ['input', 'directiveId']);
  if (!receipt.readAt) {
    receipt.readAt = new Date();
    await ctx.em.update(Receipt, { rowId: receipt.rowId }, { readAt: receipt.readAt });
    await ctx.events.emit('ReceiptRead', { receiptId: receipt.rowId, directiveId: rowId }, await receiptScope(ctx, receipt));
    await recordAudit(ctx, { action: 'directive.read', targetType: 'Receipt', targetId: receipt.rowId });
  }
  return receipt;
}

/** A receipt's events lie in the recipient's jurisdiction and are addressed to the issuer, who waits for them. */
async function receiptScope(ctx: RequestContext, receipt: Receipt): Promise<EventScope> {
  const directive = (await directiveById(ctx).load(receipt.directiveId))!;
  return { subjectType: Receipt.typename, subjectId: receipt.rowId, bodyId: receipt.recipientId, recipientBodyIds: [directive.issuerId] };
}

// ---- reading ---------------------------------------------------------------------------------

/**
 * Who may read a directive: anyone when public; otherwise bodies whose jurisdiction covers the
 * issuer, or holds one of its receipts.
 */
export async function canReadDirective(ctx: RequestContext, d: Directive): Promise<boolean> {
  if (d.public) return true;
  if (!ctx.actor) return false;
  if (await canSee(ctx, d.issuerId)) return true;
  const root = actorJurisdictionId(ctx)!;
  return ctx.em
    .createQueryBuilder(Receipt, 'r')
    .innerJoin(BodyAncestry, 'a', 'a.descendantId = r.recipientId AND a.ancestorId = :root', { root })
    .where('r.directiveId = :id', { id: d.rowId })
    .getExists();
}

export async function findVisibleDirective(ctx: RequestContext, rowId: string): Promise<Directive | null> {
  const d = await directiveById(ctx).load(rowId);
  return d && (await canReadDirective(ctx, d)) ? d : null;
}

export async function findVisibleReceipt(ctx: RequestContext, rowId: string): Promise<Receipt | null> {
  const r = await ctx.em.findOne(Receipt, { where: { rowId } });
  return r && ctx.actor && (await canSee(ctx, r.recipientId)) ? r : null;
}

/** Receipts of a directive: all of them for the issuer's side, else those in the caller's jurisdiction. */
export async function receiptsOf(ctx: RequestContext, d: Directive, filter: ReceiptFilter, args: PageArgs): Promise<Page<Receipt>> {
  pageWindow(args, RECEIPT_ORDER);
  const filtered = filter.read != null || filter.acknowledged != null;
  if (ctx.actor && (await canSee(ctx, d.issuerId))) {
    return lazyPage(
      () => receiptPages(ctx, args, filter).load(d.rowId),
      () => (filtered ? filteredReceiptCounts(ctx, filter).load(d.rowId) : receiptCounts(ctx).load(d.rowId).then((c) => c.total)),
    );
  }
  const root = actorJurisdictionId(ctx);
  const qb = ctx.em.createQueryBuilder(Receipt, 'r').where('r.directiveId = :id', { id: d.rowId });
  if (root) qb.innerJoin(BodyAncestry, 'a', 'a.descendantId = r.recipientId AND a.ancestorId = :root', { root });
  else qb.andWhere('1 = 0');
  const where = receiptWhere(filter);
  if (where) qb.andWhere(where.sql, where.params);
  return paginate(qb, RECEIPT_ORDER, args);
}

/** Counts only, no identities: whoever may read the directive may see how far acknowledgement got. */
export function acknowledgementSummary(ctx: RequestContext, d: Directive) {
  return receiptCounts(ctx).load(d.rowId);
}

/** The body's inbox, newest first; pending = not yet acknowledged (or read, when no acknowledgement is required). */
export async function inboxOf(ctx: RequestContext, body: Body, filter: { pendingOnly: boolean; priority?: DirectivePriority | null }, args: PageArgs): Promise<Page<Receipt>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const qb = ctx.em.createQueryBuilder(Receipt, 'r').where('r.recipientId = :id', { id: body.rowId });
  if (filter.pendingOnly || filter.priority) qb.innerJoin(Directive, 'd', 'd.rowId = r.directiveId');
  if (filter.pendingOnly) {
    qb.andWhere('((d.requiresAcknowledgement = :yes AND r.acknowledgedAt IS NULL) OR (d.requiresAcknowledgement = :no AND r.readAt IS NULL))', { yes: true, no: false });
  }
  if (filter.priority) qb.andWhere('d.priority = :priority', { priority: filter.priority });
  return paginate(qb, [{ column: 'r.seq', read: (r) => r.seq, kind: 'int', direction: 'DESC' }], args);
}

export async function issuedBy(ctx: RequestContext, body: Body, priority: DirectivePriority | null, args: PageArgs): Promise<Page<Directive>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const qb = ctx.em.createQueryBuilder(Directive, 'd').where('d.issuerId = :id', { id: body.rowId });
  if (priority) qb.andWhere('d.priority = :priority', { priority });
  return paginate(qb, [{ column: 'd.rowId', read: (d) => d.rowId, kind: 'text', direction: 'DESC' }], args);
}

export function publicDirectives(ctx: RequestContext, args: PageArgs): Page<Directive> {
  return paginate(ctx.em.createQueryBuilder(Directive, 'd').where('d.public = :yes', { yes: true }), [{ column: 'd.rowId', read: (d) => d.rowId, kind: 'text', direction: 'DESC' }], args);
}

export async function versionsOf(ctx: RequestContext, d: Directive): Promise<{ supersedes: Directive | null; revisions: Directive[] }> {
  const supersedes = d.supersedesId ? await directiveById(ctx).load(d.supersedesId) : null;
  const revisions: Directive[] = [];
  let current: Directive | null = d;
  while (current) {
    current = await ctx.em.findOne(Directive, { where: { supersedesId: current.rowId } });
    if (current) revisions.push(current);
  }
  return { supersedes, revisions };
}

// ---- live deliveries -------------------------------------------------------------------------

export interface DirectiveDeliveryData {
  seq: number;
  cursor: string;
  directive: Directive;
  receipt: Receipt;
}

/** directiveIssued(after): the caller body's deliveries, replayed from `after`, then live. */
export function directiveDeliveries(ctx: RequestContext, after: number | null): AsyncGenerator<DirectiveDeliveryData> {
  const recipientId = ctx.actor!.body.rowId;
  const toDelivery = (directive: Directive, receipt: Receipt): DirectiveDeliveryData => ({ seq: receipt.seq, cursor: encodeDeliveryCursor(receipt.seq), directive, receipt });
  return deliveryStream<DirectiveDeliveryData>(ctx, 'directive', recipientId, after, async (afterSeq, limit) => {
    // One statement per read: each new delivery is read by its subscriber, so this runs often.
    const receipts = await ctx.em
      .createQueryBuilder(Receipt, 'r')
      .innerJoinAndSelect('r.directiveRef', 'd')
      .where('r.recipientId = :id AND r.seq > :after', { id: recipientId, after: afterSeq })
      .orderBy('r.seq', 'ASC')
      .limit(limit)
      .getMany();
    return receipts.map((r) => toDelivery(r.directiveRef!, r));
  });
}
