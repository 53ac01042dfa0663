import type { RequestContext } from '../../platform/context';
import { resumableStream, seqCursor, Sequenced, subscriberLimits } from '../../platform/resumable-stream';
import type { HubPubSub, HubTopics } from '../../platform/pubsub';
import { DeliveryCounter, Directive, Receipt } from './channel.entities';
import { plain, readDate, readInt, Row } from '../../platform/database/raw';
import type { DirectiveDeliveryData } from './directive.service';
import type { InboxChanged } from './channel.events';

export type Stream = 'directive' | 'feedback' | 'task' | 'rectification';

/**
 * Takes the next delivery seq for each body, in one transaction with the deliveries themselves,
 * without a round trip per body: one upsert that bumps (or creates) every counter and returns the
 * new values — one statement on PostgreSQL (`unnest` of the ids), one per chunk on SQLite. On
 * PostgreSQL the counter rows are locked in body order (no deadlock between two issuers), so a
 * second delivery to a body waits until the first commits: per body, commit order is seq order.
 */
export async function allocateSeqs(tx: RequestContext, stream: Stream, bodyIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(bodyIds)].sort();
  const seqs = new Map<string, number>();
  const upsert = 'ON CONFLICT (body_id, stream) DO UPDATE SET last_seq = delivery_counter.last_seq + 1 RETURNING body_id, last_seq';
  const chunks: { sql: string; params: unknown[] }[] = [];
  if (tx.db.dialect === 'postgres') {
    chunks.push({ sql: `INSERT INTO delivery_counter (body_id, stream, last_seq) SELECT id, $2, 1 FROM unnest($1::varchar[]) AS id ORDER BY id ${upsert}`, params: [ids, stream] });
  } else {
    for (let i = 0; i < ids.length; i += 5000) {
      const chunk = ids.slice(i, i + 5000);
      chunks.push({ sql: `INSERT INTO delivery_counter (body_id, stream, last_seq) VALUES ${chunk.map(() => '(?, ?, 1)').join(', ')} ${upsert}`, params: chunk.flatMap((id) => [id, stream]) });
    }
  }
  for (const { sql, params } of chunks) {
    const rows: { body_id: string; last_seq: number | string }[] = await tx.em.query(sql, params);
    for (const r of rows) seqs.set(r.body_id, Number(r.last_seq));
  }
  return seqs;
}

export async function lastSeq(ctx: RequestContext, stream: Stream, bodyId: string): Promise<number> {
  const row = await ctx.em.findOne(DeliveryCounter, { where: { stream, bodyId } });
  return row?.lastSeq ?? 0;
}

// Cursors are opaque to clients: base64url of "dlv1:<seq>".
const deliveryCursor = seqCursor('dlv1', 'a delivery cursor');
export const encodeDeliveryCursor = deliveryCursor.encode;
export const decodeDeliveryCursor = deliveryCursor.decode;

// Open delivery streams per pub/sub (one per hub) and stream:body, so the relay reads deliveries
// ahead only for bodies that someone here listens for.
const openStreams = new WeakMap<HubPubSub, Map<string, number>>();

/** Which of `bodyIds` have an open `stream` on this pub/sub (this hub instance). */
export function listeningBodies(pubsub: HubPubSub, stream: Stream, bodyIds: string[]): string[] {
  const open = openStreams.get(pubsub);
  return open ? bodyIds.filter((id) => open.has(`${stream}:${id}`)) : [];
}

/**
 * The resumable stream of one body: stored deliveries replayed from `after`, then live. A live
 * signal may carry the delivery itself (read once by the relay for all its recipients); otherwise,
 * or after a gap, what is new is read from the database (the only source).
 */
export async function* deliveryStream<E extends Sequenced>(
  ctx: RequestContext,
  stream: Stream & keyof HubTopics,
  bodyId: string,
  after: number | null,
  loadAfter: (afterSeq: number, limit: number) => Promise<E[]>,
): AsyncGenerator<E> {
  let open = openStreams.get(ctx.pubsub);
  if (!open) openStreams.set(ctx.pubsub, (open = new Map()));
  const key = `${stream}:${bodyId}`;
  open.set(key, (open.get(key) ?? 0) + 1);
  try {
    yield* resumableStream({
      live: ctx.pubsub.subscribe(stream, bodyId),
      after,
      currentMax: () => lastSeq(ctx, stream, bodyId),
      loadAfter,
      carried: (signal) => (signal as InboxChanged).delivery as E | undefined,
      ...subscriberLimits(ctx),
    });
  } finally {
    const n = open.get(key)! - 1;
    if (n) open.set(key, n);
    else open.delete(key);
  }
}

// ---- directive deliveries as plain rows (the inbox page and the relay read thousands) ----------

/** The columns of a receipt row `receiptFromRow` reads (alias `r`). */
export const RECEIPT_ROW_COLUMNS = 'r.id, r.recipient_id, r.seq, r.delivered_at, r.read_at, r.acknowledged_at, r.acknowledged_by';

/** A receipt of `directive` from a plain row (no entity hydration: the inbox and the fan-out read thousands). */
export interface ReceiptRow extends Row {
  id: unknown;
  recipient_id: unknown;
  seq: unknown;
  delivered_at: unknown;
  read_at: unknown;
  acknowledged_at: unknown;
  acknowledged_by: unknown;
}

export function receiptFromRow(row: ReceiptRow, directive: Directive): Receipt {
  return plain(Receipt, {
    rowId: row.id as string,
    directiveId: directive.rowId,
    directiveRef: directive,
    recipientId: row.recipient_id as string,
    seq: readInt(row.seq),
    deliveredAt: readDate(row.delivered_at)!,
    readAt: readDate(row.read_at),
    acknowledgedAt: readDate(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by as string | null,
  });
}

/** One delivery of a directiveIssued stream. */
export function toDelivery(directive: Directive, receipt: Receipt): DirectiveDeliveryData {
  return { seq: receipt.seq, cursor: encodeDeliveryCursor(receipt.seq), directive, receipt };
}
