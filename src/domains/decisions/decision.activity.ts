import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { LoaderRegistry, RequestContext } from '../../platform/context';
import { readCommitted } from '../../platform/database/transaction';
import { forbidden, unauthenticated } from '../../platform/errors/api-errors';
import type { HubEventKind } from '../../platform/events/event-map';
import { HubEvent } from '../../platform/events/hub-event.entity';
import { REFORM_EVENT_KINDS, ReformEventKind } from '../../platform/events/reform-event-kind';
import { eventLogStream } from '../../platform/events/signal';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { decodeEventCursor, encodeEventCursor } from '../reform-events/reform-events.service';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { canReadDecision } from './decision.access';
import { ReformDecision } from './decision.entities';
import { DecisionStageKind, StageStatus } from './decision.enums';
import { decisionById } from './decision.loaders';

@ObjectType({ description: 'Something that happened to one reform decision: a stage change, the comment window opening or ending, adoption.' })
export class DecisionActivity {
  seq: number;

  @Field(() => String, { description: 'Opaque position in the hub’s event log; pass it as `after` to resume right after this event.' })
  cursor: string;

  @Field(() => ReformEventKind, { description: 'What happened (DECISION_STAGE_CHANGED, DECISION_ADOPTED, CONSULTATION_OPENED, CONSULTATION_CLOSED).' })
  kind: ReformEventKind;

  @Field(() => DecisionStageKind, { nullable: true, description: 'The stage, for DECISION_STAGE_CHANGED.' })
  stage: DecisionStageKind | null;

  @Field(() => StageStatus, { nullable: true, description: 'The stage’s new status, for DECISION_STAGE_CHANGED.' })
  stageStatus: StageStatus | null;

  @Field(() => ReformDecision, { description: 'The decision as it is now, read with the subscriber’s rights.' })
  decision: ReformDecision;

  @Field(() => Body, { description: 'The body that acted (the organizer, for a window ended by its deadline).' })
  actor: Body;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  occurredAt: Date;
}

const KINDS: HubEventKind[] = ['DecisionStageChanged', 'DecisionAdopted', 'ConsultationOpened', 'ConsultationClosed'];

type Item = { seq: number; delivery: DecisionActivity | null };

/**
 * decisionActivity: the events of one decision the caller may read (FORBIDDEN otherwise), replayed
 * from `after` and then live, in log order. Each event re-reads the decision with fresh loaders:
 * a caller who can no longer read it gets nothing more.
 */
export async function decisionActivityStream(ctx: RequestContext, decisionId: string, after: string | null | undefined): Promise<AsyncIterable<DecisionActivity>> {
  if (!ctx.actor) throw unauthenticated('Subscriptions need a token in connection_init.');
  const rowId = expectGlobalId(decisionId, ReformDecision.typename, 'decisionId');
  const decision = await decisionById(ctx).load(rowId);
  if (!decision || !(await canReadDecision(ctx, decision))) throw forbidden('The caller may not read this decision.');
  const from = decodeEventCursor(after);

  const load = async (afterSeq: number, limit: number): Promise<Item[]> => {
    const rows = await readCommitted(ctx.db, () =>
      ctx.em
        .createQueryBuilder(HubEvent, 'e')
        .where('e.seq > :after', { after: afterSeq })
        .andWhere('e.subjectType = :type AND e.subjectId = :id', { type: ReformDecision.typename, id: rowId })
        .andWhere('e.kind IN (:...kinds)', { kinds: KINDS })
        .orderBy('e.seq', 'ASC')
        .limit(limit)
        .getMany(),
    );
    const reader: RequestContext = { ...ctx, loaders: new LoaderRegistry() };
    const d = rows.length ? await decisionById(reader).load(rowId) : null;
    const readable = !!d && (await canReadDecision(reader, d));
    return Promise.all(
      rows.map(async (row): Promise<Item> => {
        const actor = await findBodyById(reader, row.actorBodyId);
        if (!readable || !actor) return { seq: row.seq, delivery: null };
        const payload = JSON.parse(row.payload) as { stage?: DecisionStageKind; status?: StageStatus };
        return {
          seq: row.seq,
          delivery: Object.assign(new DecisionActivity(), {
            seq: row.seq,
            cursor: encodeEventCursor(row.seq),
            kind: REFORM_EVENT_KINDS[row.kind as HubEventKind]!,
            stage: payload.stage ?? null,
            stageStatus: payload.status ?? null,
            decision: d,
            actor,
            occurredAt: row.occurredAt,
          }),
        };
      }),
    );
  };

  // The hub's event topic is only a signal here: what to deliver is read from the log.
  return eventLogStream(ctx, from, (e) => e.subjectId === rowId && KINDS.includes(e.kind), load);
}
