import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import type { HubEventMap } from '../../platform/events/event-map';
import { ReformEventKind, REFORM_EVENT_KINDS } from '../../platform/events/reform-event-kind';
import { eventSignal } from '../../platform/events/signal';
import { unauthenticated } from '../../platform/errors/api-errors';
import { resumableStream, subscriberLimits } from '../../platform/resumable-stream';
import { Body } from '../bodies/body.entities';
import { allocateSeqs, decodeDeliveryCursor, encodeDeliveryCursor, lastSeq } from '../channels/deliveries';
import { ReformTask, TaskCoExecutor } from './task.entities';

/**
 * One task event as delivered to one body (executor, co-executor or assigner): a per-body seq, so
 * `taskActivity(after)` replays exactly what that body missed, like `directiveIssued`.
 */
@Entity('task_delivery')
@Index('IDX_task_delivery_task', ['taskId'])
export class TaskDelivery {
  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @PrimaryColumn({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ name: 'kind', type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'actor_body_id', type: 'varchar', length: 36 })
  actorBodyId: string;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;
}

@ObjectType('TaskActivity', { description: 'Something that happened to a task the subscriber’s body executes, co-executes or assigned.' })
export class TaskActivity {
  seq: number;

  @Field(() => String, { description: 'Resume after this delivery with `taskActivity(after: cursor)`.' })
  cursor: string;

  @Field(() => ReformEventKind, { description: 'What happened (TASK_ASSIGNED, TASK_REPORTED, TASK_OVERDUE, TASK_COMPLETED, TASK_VERIFIED, MILESTONE_DUE).' })
  kind: ReformEventKind;

  @Field(() => ReformTask, { description: 'The task, as it is now.' })
  task: ReformTask;

  @Field(() => Body, { description: 'The body that acted (for the scheduler’s events: the task’s executor).' })
  actor: Body;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  occurredAt: Date;
}

type TaskEventKind = 'TaskAssigned' | 'TaskReported' | 'TaskOverdue' | 'TaskCompleted' | 'TaskVerified' | 'MilestoneDue';
const TASK_EVENT_KINDS = new Set<string>(['TaskAssigned', 'TaskReported', 'TaskOverdue', 'TaskCompleted', 'TaskVerified', 'MilestoneDue']);

/**
 * Records a task event in the caller's transaction: in the hub's event log (reformEvents, scoped to
 * the executor's jurisdiction, addressed to executor, co-executors and assigner) and as one
 * delivery per addressed body with that body's next seq (taskActivity).
 */
export async function recordTaskEvent<K extends TaskEventKind>(tx: RequestContext, kind: K, payload: HubEventMap[K], task: ReformTask): Promise<void> {
  const co = await tx.em.find(TaskCoExecutor, { where: { taskId: task.rowId }, select: { bodyId: true } });
  const bodies = [...new Set([task.executorId, ...co.map((c) => c.bodyId), task.assignedById])];
  const actorBodyId = tx.actor?.body.rowId ?? task.executorId;
  await tx.events.emit(kind, payload, { subjectType: ReformTask.typename, subjectId: task.rowId, bodyId: task.executorId, recipientBodyIds: bodies, actorBodyId });
  const seqs = await allocateSeqs(tx, 'task', bodies);
  const occurredAt = new Date();
  await tx.em.insert(
    TaskDelivery,
    bodies.map((bodyId) => ({ bodyId, seq: seqs.get(bodyId)!, taskId: task.rowId, kind, actorBodyId, occurredAt })),
  );
}

/**
 * taskActivity(after): the caller body's task deliveries, replayed from `after`, then live. The
 * relay's committed events (local topic `hub.event`, fed on every instance from the shared log)
 * only signal that something may be new; deliveries are always read from the database.
 */
export function taskActivityStream(ctx: RequestContext, after: string | null | undefined): AsyncGenerator<TaskActivity> {
  if (!ctx.actor) throw unauthenticated('Subscriptions need a token in connection_init.');
  const bodyId = ctx.actor.body.rowId;
  const from = decodeDeliveryCursor(after);
  const live = eventSignal(ctx.pubsub, (e) => TASK_EVENT_KINDS.has(e.kind) && e.recipientBodyIds.includes(bodyId));
  const stream = resumableStream<{ seq: number; activity?: TaskActivity }>({
    live,
    after: from,
    currentMax: () => lastSeq(ctx, 'task', bodyId),
    loadAfter: async (afterSeq, limit) => {
      const rows = await ctx.em
        .createQueryBuilder(TaskDelivery, 'd')
        .where('d.bodyId = :id AND d.seq > :after', { id: bodyId, after: afterSeq })
        .orderBy('d.seq', 'ASC')
        .limit(limit)
        .getMany();
      if (!rows.length) return [];
      const tasks = await ctx.em.find(ReformTask, { where: { rowId: In([...new Set(rows.map((r) => r.taskId))]) } });
      const actors = await ctx.em.find(Body, { where: { rowId: In([...new Set(rows.map((r) => r.actorBodyId))]) } });
      const taskById = new Map(tasks.map((t) => [t.rowId, t]));
      const actorById = new Map(actors.map((b) => [b.rowId, b]));
      return rows.map((r) => ({
        seq: r.seq,
        activity: {
          seq: r.seq,
          cursor: encodeDeliveryCursor(r.seq),
          kind: REFORM_EVENT_KINDS[r.kind as TaskEventKind]!,
          task: taskById.get(r.taskId)!,
          actor: actorById.get(r.actorBodyId)!,
          occurredAt: r.occurredAt,
        },
      }));
    },
    ...subscriberLimits(ctx),
  });
  return (async function* () {
    for await (const item of stream) if (item.activity) yield item.activity;
  })();
}
