import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../platform/graphql/global-id';
import { Node } from '../../platform/graphql/node';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';
import { ACTIVE_STATUSES, ThreadEventKind, ThreadResourceKind, ThreadStatus } from './thread.enums';

/** One matter several bodies must settle together (部门协调), with exactly one lead. */
@Entity('coordination_thread')
@Index('IDX_coordination_thread_lead', ['leadId', 'rowId'])
@ObjectType('CoordinationThread', {
  description: 'One matter several bodies must settle together (部门协调): one lead, participants, messages, shared resources, a due date. Readable by its participants and the bodies above them only.',
})
export class CoordinationThread extends NodeEntity {
  static readonly typename = 'CoordinationThread';

  @Column({ name: 'subject', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'What is to be settled.' })
  subject: string;

  @Column({ name: 'description', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Background, scope and what a resolution must contain.' })
  description: string | null;

  @Column({ name: 'lead_id', type: 'varchar', length: 36 })
  leadId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  leadRef?: Body;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => ThreadStatus, { description: 'Where the thread stands.' })
  status: ThreadStatus;

  @Column({ name: 'due_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the matter must be settled; past it, any participant may escalate.' })
  dueAt: Date;

  @Column({ name: 'opened_by_id', type: 'varchar', length: 36 })
  openedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by_id' })
  openedByRef?: Body;

  @Column({ name: 'opened_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the thread was opened.' })
  openedAt: Date;

  @Column({ name: 'resolved_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the lead resolved it; null unless RESOLVED.' })
  resolvedAt: Date | null;

  @Column({ name: 'resolution', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The resolution summary; null unless RESOLVED.' })
  resolution: string | null;

  @Column({ name: 'updated_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When anything last happened in the thread.' })
  updatedAt: Date;

  get active(): boolean {
    return ACTIVE_STATUSES.includes(this.status);
  }

  @Field(() => Boolean, { description: 'Active (OPEN or ESCALATED) and past its due date.' })
  get overdue(): boolean {
    return this.active && this.dueAt.getTime() < Date.now();
  }
}

/** Membership: the lead is always one of the participants. */
@Entity('thread_participant')
@Index('IDX_thread_participant_body', ['bodyId', 'threadId'])
export class ThreadParticipant {
  @PrimaryColumn({ name: 'thread_id', type: 'varchar', length: 36 })
  threadId: string;

  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => CoordinationThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  threadRef?: CoordinationThread;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'joined_at', type: Date })
  joinedAt: Date;

  @Column({ name: 'added_by', type: 'varchar', length: 200 })
  addedBy: string;
}

@Entity('thread_message')
@Index('IDX_thread_message_thread', ['threadId', 'rowId'])
@ObjectType('ThreadMessage', { description: 'A message posted in a coordination thread by a participant. Messages are never edited or deleted: a correction is a new message.' })
export class ThreadMessage extends NodeEntity {
  static readonly typename = 'ThreadMessage';

  @Column({ name: 'thread_id', type: 'varchar', length: 36 })
  threadId: string;

  @ManyToOne(() => CoordinationThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  threadRef?: CoordinationThread;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  authorRef?: Body;

  @Column({ name: 'author_account', type: 'varchar', length: 200 })
  authorAccount: string;

  @Column({ name: 'content', type: 'text' })
  @Field(() => String, { description: 'The text, as posted (immutable).' })
  content: string;

  @Column({ name: 'posted_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was posted.' })
  postedAt: Date;
}

@Entity('thread_resource')
@Index('IDX_thread_resource_thread', ['threadId', 'rowId'])
@ObjectType('ThreadResource', { description: 'A document or data set shared in a coordination thread, by reference (URI) and/or content hash.' })
export class ThreadResource extends NodeEntity {
  static readonly typename = 'ThreadResource';

  @Column({ name: 'thread_id', type: 'varchar', length: 36 })
  threadId: string;

  @ManyToOne(() => CoordinationThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  threadRef?: CoordinationThread;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Title of the resource.' })
  title: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  @Field(() => ThreadResourceKind, { description: 'What kind of resource it is.' })
  kind: ThreadResourceKind;

  @Column({ name: 'uri', type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where to fetch it (http or https), when it is published somewhere.' })
  uri: string | null;

  @Column({ name: 'content_hash', type: 'varchar', length: 80, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the content as `sha256:<64 hex digits>`, so every participant can check they hold the same version.' })
  contentHash: string | null;

  @Column({ name: 'provided_by_id', type: 'varchar', length: 36 })
  providedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provided_by_id' })
  providedByRef?: Body;

  @Column({ name: 'shared_by_id', type: 'varchar', length: 36 })
  sharedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shared_by_id' })
  sharedByRef?: Body;

  @Column({ name: 'shared_by_account', type: 'varchar', length: 200 })
  sharedByAccount: string;

  @Column({ name: 'shared_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was shared.' })
  sharedAt: Date;
}

/** The thread's own history; also what `threadActivity` streams (the pub/sub carries only its id). */
@Entity('thread_event')
@Index('IDX_thread_event_thread', ['threadId', 'rowId'])
@ObjectType('ThreadEvent', { implements: Node, description: 'Something that happened in a coordination thread: a message, a membership change, a shared resource, an escalation, a resolution.' })
export class ThreadEvent extends RowEntity implements Node {
  static readonly typename = 'ThreadEvent';

  @Field(() => ID, { description: 'Opaque global id; events are delivered once each, in this id order.' })
  get id(): string {
    return toGlobalId(ThreadEvent.typename, this.rowId);
  }

  @Column({ name: 'thread_id', type: 'varchar', length: 36 })
  threadId: string;

  @ManyToOne(() => CoordinationThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  threadRef?: CoordinationThread;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  @Field(() => ThreadEventKind, { description: 'What happened.' })
  kind: ThreadEventKind;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actorRef?: Body;

  @Column({ name: 'actor_account', type: 'varchar', length: 200 })
  actorAccount: string;

  @Column({ name: 'body_id', type: 'varchar', length: 36, nullable: true })
  bodyId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'previous_lead_id', type: 'varchar', length: 36, nullable: true })
  previousLeadId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_lead_id' })
  previousLeadRef?: Body;

  @Column({ name: 'message_id', type: 'varchar', length: 36, nullable: true })
  messageId: string | null;

  @ManyToOne(() => ThreadMessage, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  messageRef?: ThreadMessage;

  @Column({ name: 'resource_id', type: 'varchar', length: 36, nullable: true })
  resourceId: string | null;

  @ManyToOne(() => ThreadResource, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resourceRef?: ThreadResource;

  @Column({ name: 'note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The escalation reason, the resolution summary or the reopening reason.' })
  note: string | null;

  @Column({ name: 'occurred_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  occurredAt: Date;
}
