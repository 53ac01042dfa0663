import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The event log (transactional outbox): append-only, one row per domain event. `seq` is allocated
 * at COMMIT under the lock of `hub_event_head`, so commit order is seq order and a reader that sees
 * seq n has every seq below it.
 */
@Entity('hub_event')
@Index('IDX_hub_event_body', ['bodyId', 'seq'])
export class HubEvent {
  @PrimaryColumn({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'kind', type: 'varchar', length: 64 })
  kind: string;

  @Column({ name: 'payload', type: 'text' })
  payload: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @Column({ name: 'actor_body_id', type: 'varchar', length: 36 })
  actorBodyId: string;

  @Column({ name: 'actor_account', type: 'varchar', length: 200 })
  actorAccount: string;

  /** JSON array of the addressed bodies' ids (the relay routes by it). */
  @Column({ name: 'recipient_body_ids', type: 'text' })
  recipientBodyIds: string;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;
}

/** Bodies that see an event besides its jurisdiction: the actor's body and the addressed ones. */
@Entity('hub_event_audience')
@Index('IDX_hub_event_audience_seq', ['seq'])
export class HubEventAudience {
  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @PrimaryColumn({ name: 'seq', type: 'integer' })
  seq: number;
}

export const EVENT_HEAD_ID = 1;

/** The one row naming the newest seq of the event log; commits lock it to take the next seqs. */
@Entity('hub_event_head')
export class HubEventHead {
  @PrimaryColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;
}

/** A pending deadline of the durable scheduler; the row is deleted in the transaction that fires it. */
@Entity('hub_deadline')
@Index('IDX_hub_deadline_due', ['dueAt'])
export class HubDeadline {
  @PrimaryColumn({ name: 'key', type: 'varchar', length: 200 })
  key: string;

  @Column({ name: 'handler', type: 'varchar', length: 64 })
  handler: string;

  @Column({ name: 'payload', type: 'text' })
  payload: string;

  @Column({ name: 'due_at', type: Date })
  dueAt: Date;

  /** Failed runs so far; each pushes the next try further out. */
  @Column({ name: 'attempts', type: 'integer' })
  attempts: number;
}
