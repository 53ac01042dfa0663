import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { countedPage, countedTotal, lazyPage, Page, PageArgs, paginate, pageWindow, SortKey, toPageData } from '../../platform/graphql/connection';
import { insertRows, plain, rawRows, readBool, readDate, readInt } from '../../platform/database/raw';
import { bodyById, bodyColumns, bodyFromRow } from '../bodies/body.loaders';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { Body, BodyAncestry } from '../bodies/body.entities';
import { BodyKind, Level, LEVEL_RANK } from '../bodies/body.enums';
import { actorJurisdictionId, assertCanSee, canSee, isWithin } from '../bodies/jurisdiction';
import { text } from '../../platform/validation';
import { Directive, Feedback, Receipt } from './channel.entities';
import { DirectivePriority } from './channel.enums';
import type { EventScope } from '../../platform/events/event-map';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';
import { ACK_DEADLINE, ackDeadlineKey } from './channel.events';
import { allocateSeqs, deliveryStream, ReceiptRow, receiptFromRow, toDelivery } from './deliveries';
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
  prohibits?: string[] | null;
}

/** Prohibition keywords: trimmed, deduplicated, at most 20 of at most 60 characters. */
export function keywordList(values: string[] | null | undefined, field: string): string[] {
  const list = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  if (list.length > 20 || list.some((v) => v.length > 60)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `${field}: at most 20 keywords of at most 60 characters.`, ['input', field]);
  return list;
}

export interface Issued {
  directive: Directive;
  /** Row ids of the bodies that received it. */
  recipients: string[];
}

/**
 * May `issuer` address `recipient`? Only downward, inside the issuer's own subtree: below the
 * issuer itself, or — for a department or group — below its government at a lower level. Never
 * upward, never sideways, never into another jurisdiction.
 */
export async function mayAddress(ctx: RequestContext, issuer: Body, recipient: Body): Promise<boolean> {
  if (await isWithin(ctx, issuer.rowId, recipient.rowId)) return true;
  if (issuer.kind === BodyKind.GOVERNMENT) return false;
  return (await isWithin(ctx, issuer.governmentId, recipient.rowId)) && LEVEL_RANK[recipient.level] > LEVEL_RANK[issuer.level];
}

async function audience(ctx: RequestContext, issuer: Body, data: IssueData): Promise<string[]> {
  const found = new Map<string, string>();
  const codes = [...new Set(data.recipientCodes ?? [])];
  if (codes.length > 5000) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 5,000 explicit recipients; address a level instead.', ['input', 'recipientCodes']);
  if (codes.length) {
    // One statement for thousands of codes: each body with whether it lies below the issuer and
    // below the issuer's government (mayAddress's rule, read in SQL instead of per body). On
    // PostgreSQL the codes are one array joined by hash (an IN list of thousands is scanned per row).
    // A government is its own government: the second join (a scan of its whole subtree) is left out.
    const codeSource = ctx.db.dialect === 'postgres' ? 'unnest(CAST(:codes AS varchar[])) AS c(code) JOIN body b ON b.code = c.code' : 'body b';
    const ownGovernment = issuer.kind === BodyKind.GOVERNMENT;
    const rows = await rawRows<{ id: string; code: string; level: Level; below_issuer: unknown; below_government?: unknown }>(
      ctx.em,
      `SELECT b.id, b.code, b.level, ai.depth IS NOT NULL AS below_issuer${ownGovernment ? '' : ', ag.depth IS NOT NULL AS below_government'}
         FROM ${codeSource}
         LEFT JOIN body_ancestry ai ON ai.descendant_id = b.id AND ai.ancestor_id = :issuer AND ai.depth > 0
         ${ownGovernment ? '' : 'LEFT JOIN body_ancestry ag ON ag.descendant_id = b.id AND ag.ancestor_id = :government AND ag.depth > 0'}
        ${ctx.db.dialect === 'postgres' ? '' : 'WHERE b.code IN (:...codes)'}`,
      { issuer: issuer.rowId, government: issuer.governmentId, codes },
    );
    const byCode = new Set(rows.map((r) => r.code));
    const missing = codes.filter((c) => !byCode.has(c));
    if (missing.length) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${missing.slice(0, 5).join(', ')}.`, ['input', 'recipientCodes']);
    const may = (r: (typeof rows)[number]) =>
      readBool(r.below_issuer) || (!ownGovernment && readBool(r.below_government) && LEVEL_RANK[r.level] > LEVEL_RANK[issuer.level]);
    const outside = rows.find((r) => !may(r));
    if (outside) throw forbidden(`${issuer.code} may not direct ${outside.code}: directives go only to bodies in the issuer's own subtree.`);
    for (const r of rows) found.set(r.id, r.id);
  }
  if (data.audienceLevel) {
    if (LEVEL_RANK[data.audienceLevel] < LEVEL_RANK[issuer.level]) throw forbidden(`${issuer.code} may not direct bodies of a higher level.`);
    const kind = data.audienceKind ?? BodyKind.GOVERNMENT;
    // The query already stays inside the issuer's government subtree; a department or group may
    // only address lower levels of it. Ids only: thousands of bodies, no entities.
    const rows = await rawRows<{ id: string; level: Level }>(
      ctx.em,
      'SELECT b.id, b.level FROM body b JOIN body_ancestry a ON a.descendant_id = b.id AND a.ancestor_id = :root AND a.depth > 0 WHERE b.level = :level AND b.kind = :kind',
      { root: issuer.kind === BodyKind.GOVERNMENT ? issuer.rowId : issuer.governmentId, level: data.audienceLevel, kind },
    );
    for (const b of rows) {
      if (issuer.kind === BodyKind.GOVERNMENT || LEVEL_RANK[b.level] > LEVEL_RANK[issuer.level]) found.set(b.id, b.id);
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
    prohibits: keywordList(data.prohibits, 'prohibits'),
    version: 1,
    supersedesId: null,
    causedByFeedbackId: null,
    issuedBy: ctx.actor!.accountId,
    issuedAt: new Date(),
  });
  await ctx.em.insert(Directive, directive);
  const delivered = await deliver(ctx, directive, recipients);
  await ctx.events.emit('DirectiveIssued', { directiveId: directive.rowId }, directiveScope(directive, delivered));
  await scheduleAckDeadline(ctx, directive);
  await recordAudit(ctx, { action: 'directive.issue', targetType: 'Directive', targetId: directive.rowId, details: { recipients: delivered.length, title } });
  return { directive, recipients: delivered };
}

function directiveScope(directive: Directive, recipients: string[]): EventScope {
  return { subjectType: Directive.typename, subjectId: directive.rowId, bodyId: directive.issuerId, recipientBodyIds: recipients };
}

async function scheduleAckDeadline(ctx: RequestContext, directive: Directive): Promise<void> {
  if (!directive.requiresAcknowledgement || !directive.acknowledgeBy) return;
  await scheduleDeadline(ctx, { key: ackDeadlineKey(directive.rowId), at: directive.acknowledgeBy, handler: ACK_DEADLINE, payload: { directiveId: directive.rowId } });
}

const RECEIPT_COLUMNS = [
  { name: 'id', pgType: 'varchar' },
  { name: 'directive_id', pgType: 'varchar' },
  { name: 'recipient_id', pgType: 'varchar' },
  { name: 'seq', pgType: 'int' },
  { name: 'delivered_at', pgType: 'timestamp' },
];

/**
 * Receipts for thousands of recipients, each with the recipient's next directive seq. On
 * PostgreSQL one statement: the counter upsert (rows locked in body order, as allocateSeqs does)
 * feeds the receipt insert, and nothing comes back. Elsewhere the seqs first, then one multi-row
 * insert per chunk. Recipients go in id order: neighbouring index entries, fewer pages touched.
 */
async function deliver(ctx: RequestContext, directive: Directive, recipientIds: string[]): Promise<string[]> {
  const recipients = [...new Set(recipientIds)].sort();
  const ids = recipients.map(() => uuidv7());
  if (ctx.db.dialect === 'postgres') {
    await ctx.em.query(
      `WITH r AS (SELECT * FROM unnest($1::varchar[], $2::varchar[]) AS r(id, recipient_id)),
            s AS (INSERT INTO delivery_counter (body_id, stream, last_seq) SELECT recipient_id, 'directive', 1 FROM r ORDER BY recipient_id
                  ON CONFLICT (body_id, stream) DO UPDATE SET last_seq = delivery_counter.last_seq + 1 RETURNING body_id, last_seq)
       INSERT INTO receipt (id, directive_id, recipient_id, seq, delivered_at)
       SELECT r.id, $3, r.recipient_id, s.last_seq, $4::timestamp FROM r JOIN s ON s.body_id = r.recipient_id`,
      [ids, recipients, directive.rowId, directive.issuedAt],
    );
    return recipients;
  }
  const seqs = await allocateSeqs(ctx, 'directive', recipients);
  await insertRows(ctx.em, ctx.db.dialect, 'receipt', RECEIPT_COLUMNS, recipients.map((recipientId, i) => [ids[i], directive.rowId, recipientId, seqs.get(recipientId)!, directive.issuedAt]));
  return recipients;
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
  const delivered = await deliver(ctx, directive, recipientIds);
  await ctx.events.emit('DirectiveRevised', { directiveId: directive.rowId, supersedesId: previous.rowId }, directiveScope(directive, delivered));
  await cancelDeadline(ctx, ackDeadlineKey(previous.rowId)); // recipients now acknowledge the new version
  await scheduleAckDeadline(ctx, directive);
  await recordAudit(ctx, { action: 'directive.revise', targetType: 'Directive', targetId: directive.rowId, details: { supersedes: previous.rowId, feedback: feedback.rowId } });
  return { directive, recipients: delivered };
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

/**
 * canReadDirective as a condition on a query over directives (`alias` the directive): for lists
 * that reach directives through something else the caller reads (a decision's directives).
 */
export function whereDirectiveReadable<E extends ObjectLiteral>(ctx: RequestContext, qb: SelectQueryBuilder<E>, alias: string): SelectQueryBuilder<E> {
  const root = actorJurisdictionId(ctx);
  if (!root) return qb.andWhere(`${alias}.public = :readablePublic`, { readablePublic: true });
  return qb.andWhere(
    `(${alias}.public = :readablePublic
      OR EXISTS (SELECT 1 FROM body_ancestry ria WHERE ria.ancestor_id = :readableRoot AND ria.descendant_id = ${alias}.issuer_id)
      OR EXISTS (SELECT 1 FROM receipt rrr JOIN body_ancestry rra ON rra.descendant_id = rrr.recipient_id AND rra.ancestor_id = :readableRoot WHERE rrr.directive_id = ${alias}.id))`,
    { readablePublic: true, readableRoot: root },
  );
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
  return receiptCounts(ctx).get(d.rowId);
}

const INBOX_ORDER: SortKey<Receipt>[] = [{ column: 'r.seq', read: (r) => r.seq, kind: 'int', direction: 'DESC' }];

/** What the query selects below an inbox: columns and joins nobody asked for are left out. */
export interface InboxSelection {
  content: boolean;
  summary: boolean;
}

interface InboxRow extends ReceiptRow {
  directive_id: string;
  hub_total?: unknown;
}

/**
 * The body's inbox, newest first; pending = not yet acknowledged (or read, when no acknowledgement
 * is required). One statement answers the page, its total, each directive, its issuer and its
 * acknowledgement summary: plain rows, no entity hydration (the hot read path of every dashboard).
 */
export async function inboxOf(ctx: RequestContext, body: Body, filter: { pendingOnly: boolean; priority?: DirectivePriority | null }, args: PageArgs, want: InboxSelection = { content: true, summary: true }): Promise<Page<Receipt>> {
  const window = pageWindow(args, INBOX_ORDER);
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const params: Record<string, unknown> = { id: body.rowId, yes: true, no: false, priority: filter.priority ?? null };
  const where = ['r.recipient_id = :id'];
  if (filter.pendingOnly) where.push('((d.requires_acknowledgement = :yes AND r.acknowledged_at IS NULL) OR (d.requires_acknowledgement = :no AND r.read_at IS NULL))');
  if (filter.priority) where.push('d.priority = :priority');
  const filtered = `FROM receipt r JOIN directive d ON d.id = r.directive_id WHERE ${where.join(' AND ')}`;
  const countSql = `SELECT COUNT(*) AS n ${filtered}`;
  const loadPage = async (withTotal: boolean) => {
    const counted = withTotal && !window.from;
    const keyset = window.from ? ` AND r.seq ${window.backward ? '>' : '<'} :from` : '';
    params.from = window.from?.[0];
    const order = window.backward ? 'ASC' : 'DESC';
    const summary = want.summary
      ? `LEFT JOIN (SELECT x.directive_id, COUNT(*) AS s_total, COUNT(x.acknowledged_at) AS s_acknowledged FROM receipt x
           WHERE x.directive_id IN (SELECT directive_id FROM page) GROUP BY x.directive_id) s ON s.directive_id = page.directive_id`
      : '';
    const rows = await rawRows<InboxRow>(
      ctx.em,
      `WITH page AS (
         SELECT r.id, r.directive_id, r.recipient_id, r.seq, r.delivered_at, r.read_at, r.acknowledged_at, r.acknowledged_by${counted ? ', COUNT(*) OVER () AS hub_total' : ''}
           ${filtered}${keyset} ORDER BY r.seq ${order} LIMIT ${window.size + 1})
       SELECT page.*, d.issuer_id AS d_issuer_id, d.title AS d_title, ${want.content ? 'd.content' : 'NULL'} AS d_content, d.priority AS d_priority,
              d.audience_level AS d_audience_level, d.audience_kind AS d_audience_kind, d.requires_acknowledgement AS d_requires_acknowledgement,
              d.acknowledge_by AS d_acknowledge_by, d.public AS d_public, d.prohibits AS d_prohibits, d.version AS d_version,
              d.supersedes_id AS d_supersedes_id, d.caused_by_feedback_id AS d_caused_by_feedback_id, d.issued_by AS d_issued_by, d.issued_at AS d_issued_at,
              ${bodyColumns('i')}
              ${want.summary ? ', s.s_total, s.s_acknowledged' : ''}
         FROM page JOIN directive d ON d.id = page.directive_id JOIN body i ON i.id = d.issuer_id ${summary}
        ORDER BY page.seq ${order}`,
      params,
    );
    const issuers = bodyById(ctx);
    const counts = receiptCounts(ctx);
    const now = Date.now();
    const receipts = rows.map((row) => {
      const directive = plain(Directive, {
        rowId: row.directive_id,
        issuerId: row.d_issuer_id as string,
        title: row.d_title as string,
        priority: row.d_priority as DirectivePriority,
        audienceLevel: row.d_audience_level as Level | null,
        audienceKind: row.d_audience_kind as BodyKind | null,
        requiresAcknowledgement: readBool(row.d_requires_acknowledgement),
        acknowledgeBy: readDate(row.d_acknowledge_by),
        public: readBool(row.d_public),
        prohibits: JSON.parse((row.d_prohibits as string) || '[]') as string[],
        version: readInt(row.d_version),
        supersedesId: row.d_supersedes_id as string | null,
        causedByFeedbackId: row.d_caused_by_feedback_id as string | null,
        issuedBy: row.d_issued_by as string,
        issuedAt: readDate(row.d_issued_at)!,
      });
      // Left out unless selected; nothing else in this request reaches this object.
      if (want.content) directive.content = row.d_content as string;
      issuers.prime(directive.issuerId, bodyFromRow(row, 'i_', directive.issuerId));
      if (want.summary) {
        const total = readInt(row.s_total);
        const acknowledged = readInt(row.s_acknowledged);
        const overdue = directive.requiresAcknowledgement && directive.acknowledgeBy && directive.acknowledgeBy.getTime() < now ? total - acknowledged : 0;
        counts.prime(directive.rowId, { total, acknowledged, overdue });
      }
      return receiptFromRow(row, directive);
    });
    return toPageData(receipts, INBOX_ORDER, window, counted ? countedTotal(rows) : null);
  };
  return countedPage(loadPage, async () => readInt((await rawRows(ctx.em, countSql, params))[0].n));
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

/**
 * The version a directive revises and those revising it, as far as the caller may read each: the
 * versions share issuer and recipients, but each has its own publication (one may be withdrawn).
 */
export async function versionsOf(ctx: RequestContext, d: Directive): Promise<{ supersedes: Directive | null; revisions: Directive[] }> {
  const supersedes = d.supersedesId ? await findVisibleDirective(ctx, d.supersedesId) : null;
  const revisions: Directive[] = [];
  let current: Directive | null = d;
  while (current) {
    current = await ctx.em.findOne(Directive, { where: { supersedesId: current.rowId } });
    if (current && (await canReadDirective(ctx, current))) revisions.push(current);
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
