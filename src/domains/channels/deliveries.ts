import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { badUserInput } from '../../platform/errors/api-errors';
import { resumableStream, Sequenced, subscriberLimits } from '../../platform/resumable-stream';
import type { HubTopics } from '../../platform/pubsub';
import { DeliveryCounter } from './channel.entities';

export type Stream = 'directive' | 'feedback' | 'task' | 'rectification';

/**
 * Takes the next delivery seq for each body, in one transaction with the deliveries themselves.
 * On PostgreSQL the counter rows are locked in body order (no deadlock between two issuers), so a
 * second delivery to a body waits until the first commits: per body, commit order is seq order.
 */
export async function allocateSeqs(tx: RequestContext, stream: Stream, bodyIds: string[]): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  const ids = [...new Set(bodyIds)].sort();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    await tx.em
      .createQueryBuilder()
      .insert()
      .into(DeliveryCounter)
      .values(chunk.map((bodyId) => ({ bodyId, stream, lastSeq: 0 })))
      .orIgnore()
      .execute();
    if (tx.db.dialect === 'postgres') {
      await tx.em
        .createQueryBuilder(DeliveryCounter, 'c')
        .select('c.bodyId')
        .where('c.stream = :stream AND c.bodyId IN (:...chunk)', { stream, chunk })
        .orderBy('c.bodyId')
        .setLock('pessimistic_write')
        .getMany();
    }
    await tx.em
      .createQueryBuilder()
      .update(DeliveryCounter)
      .set({ lastSeq: () => 'last_seq + 1' })
      .where('stream = :stream AND body_id IN (:...chunk)', { stream, chunk })
      .execute();
    const rows = await tx.em.find(DeliveryCounter, { where: { stream, bodyId: In(chunk) } });
    for (const r of rows) seqs.set(r.bodyId, r.lastSeq);
  }
  return seqs;
}

export async function lastSeq(ctx: RequestContext, stream: Stream, bodyId: string): Promise<number> {
  const row = await ctx.em.findOne(DeliveryCounter, { where: { stream, bodyId } });
  return row?.lastSeq ?? 0;
}

// Cursors are opaque to clients: base64url of "dlv1:<seq>".
export function encodeDeliveryCursor(seq: number): string {
  return Buffer.from(`dlv1:${seq}`, 'utf8').toString('base64url');
}

export function decodeDeliveryCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const m = /^dlv1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badUserInput('"after" is not a delivery cursor of this hub.');
  return Number(m[1]);
}

/**
 * The resumable stream of one body: stored deliveries replayed from `after`, then a read of what is
 * new each time the relay says the body's inbox changed (the database is the only source).
 */
export function deliveryStream<E extends Sequenced>(
  ctx: RequestContext,
  stream: Stream & keyof HubTopics,
  bodyId: string,
  after: number | null,
  loadAfter: (afterSeq: number, limit: number) => Promise<E[]>,
): AsyncGenerator<E> {
  return resumableStream({
    live: ctx.pubsub.subscribe(stream, bodyId),
    after,
    currentMax: () => lastSeq(ctx, stream, bodyId),
    loadAfter,
    ...subscriberLimits(ctx),
  });
}
