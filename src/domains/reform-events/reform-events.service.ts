import { Brackets } from 'typeorm';
import { LoaderRegistry, RequestContext } from '../../platform/context';
import { readCommitted } from '../../platform/database/transaction';
import { HubEvent, HubEventAudience } from '../../platform/events/hub-event.entity';
import { storedAudienceKinds } from '../../platform/events/outbox';
import { eventKindsFor, REFORM_EVENT_KINDS, ReformEventKind } from '../../platform/events/reform-event-kind';
import { eventLogStream } from '../../platform/events/signal';
import { forbidden, unauthenticated } from '../../platform/errors/api-errors';
import type { NodeFetcher } from '../../platform/graphql/node.resolver';
import { seqCursor } from '../../platform/resumable-stream';
import { BodyAncestry } from '../bodies/body.entities';
import { findBodyByCode, findBodyById } from '../bodies/body.service';
import { actorJurisdictionId, canSee } from '../bodies/jurisdiction';
import type { ReformEventDelivery } from './reform-events.types';

// Cursors are opaque to clients: base64url of "evt1:<seq>".
const eventCursor = seqCursor('evt1', 'an event cursor');
export const encodeEventCursor = eventCursor.encode;
export const decodeEventCursor = eventCursor.decode;

export interface ReformEventsArgs {
  after?: string | null;
  under?: string | null;
  kinds?: ReformEventKind[] | null;
}

type Item = { seq: number; delivery: ReformEventDelivery | null };

/**
 * reformEvents: every event in the caller's jurisdiction — its bodyId is the caller's jurisdiction
 * root or below it — and every event addressed to or done by the caller's own body; with `under`,
 * only events whose bodyId lies in that body's subtree. Replays from `after`, then continues live,
 * in log order with no gap and no duplicate (the log's seq is commit order). Subjects are read
 * again with the subscriber's rights; what it may not read is skipped.
 */
export async function reformEventStream(ctx: RequestContext, fetcherOf: (type: string) => NodeFetcher | undefined, args: ReformEventsArgs): Promise<AsyncIterable<ReformEventDelivery>> {
  if (!ctx.actor) throw unauthenticated('Subscriptions need a token in connection_init.');
  const after = decodeEventCursor(args.after);
  let under: string | null = null;
  if (args.under) {
    const body = await findBodyByCode(ctx, args.under);
    if (!body || !(await canSee(ctx, body.rowId))) throw forbidden(`${args.under} lies outside the jurisdiction of the acting body.`);
    under = body.rowId;
  }
  const root = actorJurisdictionId(ctx)!;
  const self = ctx.actor.body.rowId;
  const kinds = eventKindsFor(args.kinds);
  const wanted = new Set(kinds);

  const visibleAfter = (afterSeq: number, limit: number) =>
    readCommitted(ctx.db, () => {
      const qb = ctx.em.createQueryBuilder(HubEvent, 'e').where('e.seq > :after', { after: afterSeq }).andWhere('e.kind IN (:...kinds)', { kinds });
      const inSubtree = (alias: string, top: string) => `e.bodyId IN ${qb.subQuery().select(`${alias}.descendantId`).from(BodyAncestry, alias).where(`${alias}.ancestorId = :${top}`).getQuery()}`;
      if (under) qb.andWhere(inSubtree('u', 'under'), { under });
      else {
        qb.andWhere(
          new Brackets((w) => {
            w.where(inSubtree('j', 'root'), { root }).orWhere(`e.seq IN ${qb.subQuery().select('x.seq').from(HubEventAudience, 'x').where('x.bodyId = :self').getQuery()}`, { self });
            // Kinds whose recipients are rows of a domain table (a directive's receipts) have no audience rows.
            storedAudienceKinds().forEach(({ source, kinds }, i) =>
              w.orWhere(`(e.kind IN (:...stored${i}) AND EXISTS (SELECT 1 FROM ${source.table} s${i} WHERE s${i}.${source.subjectColumn} = e.subject_id AND s${i}.${source.bodyColumn} = :self))`, { [`stored${i}`]: kinds, self }),
            );
          }),
        );
      }
      return qb.orderBy('e.seq', 'ASC').limit(limit).getMany();
    });

  const load = async (afterSeq: number, limit: number): Promise<Item[]> => {
    const rows = await visibleAfter(afterSeq, limit);
    // Fresh loaders per batch: the subscription's context lives as long as the stream.
    const reader: RequestContext = { ...ctx, loaders: new LoaderRegistry() };
    return Promise.all(
      rows.map(async (row): Promise<Item> => {
        const subject = await fetcherOf(row.subjectType)?.(reader, row.subjectId);
        const actor = await findBodyById(reader, row.actorBodyId);
        if (!subject || !actor) return { seq: row.seq, delivery: null };
        const kind = REFORM_EVENT_KINDS[row.kind as keyof typeof REFORM_EVENT_KINDS]!;
        return { seq: row.seq, delivery: { seq: row.seq, cursor: encodeEventCursor(row.seq), kind, subject, actor, occurredAt: row.occurredAt } };
      }),
    );
  };

  // The hub's event topic is only a signal: what to deliver is read from the log (other kinds cannot be in this stream).
  return eventLogStream(ctx, after, (e) => wanted.has(e.kind), load);
}
