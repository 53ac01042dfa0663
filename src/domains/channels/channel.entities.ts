import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { NodeEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';
import { BodyKind, Level } from '../bodies/body.enums';
import { DirectivePriority, FeedbackKind, FeedbackResolution } from './channel.enums';

/** An instruction issued top-down (指令) to bodies in the issuer's own subtree. */
@Entity('directive')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_directive_caused_by_feedback', ['causedByFeedbackId'])
@Index('IDX_directive_issuer', ['issuerId', 'rowId'])
@Index('IDX_directive_supersedes', ['supersedesId'])
@ObjectType('Directive', { description: 'A directive issued top-down to bodies in the issuer’s own subtree (指令).' })
export class Directive extends NodeEntity {
  static readonly typename = 'Directive';

  @Column({ name: 'issuer_id', type: 'varchar', length: 36 })
  issuerId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuerRef?: Body;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Column({ name: 'content', type: 'text' })
  @Field(() => String, { description: 'Full text.' })
  content: string;

  @Column({ name: 'priority', type: 'varchar', length: 16 })
  @Field(() => DirectivePriority, { description: 'How urgently recipients should act.' })
  priority: DirectivePriority;

  @Column({ name: 'audience_level', type: 'varchar', length: 16, nullable: true })
  @Field(() => Level, { nullable: true, description: 'When addressed to "every body of a level below me": that level.' })
  audienceLevel: Level | null;

  @Column({ name: 'audience_kind', type: 'varchar', length: 32, nullable: true })
  @Field(() => BodyKind, { nullable: true, description: 'With audienceLevel: the kind of body addressed.' })
  audienceKind: BodyKind | null;

  @Column({ name: 'requires_acknowledgement', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether recipients must acknowledge it.' })
  requiresAcknowledgement: boolean;

  @Column({ name: 'acknowledge_by', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Deadline for acknowledgement, when required.' })
  acknowledgeBy: Date | null;

  @Column({ name: 'public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Readable without an account (阳光改革).' })
  public: boolean;

  // Read back in fault-tolerance cases: a prohibition received and acknowledged before an act is
  // evidence against "exploratory, not prohibited" (CHAIN.md §3.5 rule 3).
  @Column({ name: 'prohibits', type: 'simple-json', default: '[]' })
  @Field(() => [String], { description: 'Keywords of what this directive explicitly prohibits (明令禁止); empty when it prohibits nothing.' })
  prohibits: string[];

  @Column({ name: 'version', type: 'integer' })
  @Field(() => Int, { description: '1 for the original, 2 for its first revision, …' })
  version: number;

  @Column({ name: 'supersedes_id', type: 'varchar', length: 36, nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => Directive, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedesRef?: Directive;

  @Column({ name: 'caused_by_feedback_id', type: 'varchar', length: 36, nullable: true })
  causedByFeedbackId: string | null;

  @Column({ name: 'issued_by', type: 'varchar', length: 200 })
  issuedBy: string;

  @Column({ name: 'issued_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was issued.' })
  issuedAt: Date;
}

/** One recipient's copy of a directive; `seq` is the recipient's delivery cursor. */
@Entity('receipt')
@Unique('UQ_receipt_directive_recipient', ['directiveId', 'recipientId'])
@Unique('UQ_receipt_recipient_seq', ['recipientId', 'seq'])
// A directive's receipts are listed in id order, as every release listed them. Listing them by
// recipient would let the unique index serve and this one go (~12 ms of a directive to 3,184), but
// would reorder the receipts of databases the hub upgrades (tests/integration/upgrade.test.ts).
@Index('IDX_receipt_directive', ['directiveId', 'rowId'])
@ObjectType('Receipt', { description: 'A recipient’s copy of a directive: delivered, read, acknowledged.' })
export class Receipt extends NodeEntity {
  static readonly typename = 'Receipt';

  @Column({ name: 'directive_id', type: 'varchar', length: 36 })
  directiveId: string;

  // No foreign keys on a receipt's two references: a directive to every government writes
  // thousands of receipts in one statement, and PostgreSQL checks each key by locking the body
  // and directive rows one receipt at a time (40% of the statement on the national data set).
  // Both references are sound by construction instead: the directive is inserted in the same
  // transaction, the recipients are read from `body` in it, and neither table ever loses a row
  // (a trigger refuses DELETE on both; migration DeliveryWithoutRowLocks).
  @ManyToOne(() => Directive, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'directive_id' })
  directiveRef?: Directive;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId: string;

  @ManyToOne(() => Body, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'recipient_id' })
  recipientRef?: Body;

  /** Per-recipient delivery sequence, strictly increasing; the subscription cursor. */
  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'delivered_at', type: Date })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it reached the recipient’s inbox.' })
  deliveredAt: Date;

  @Column({ name: 'read_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the recipient first opened it.' })
  readAt: Date | null;

  @Column({ name: 'acknowledged_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the recipient acknowledged it.' })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 200, nullable: true })
  acknowledgedBy: string | null;
}

/** Bottom-up feedback (反馈) from a body to a body above it. */
@Entity('feedback')
@Unique('UQ_feedback_recipient_seq', ['recipientId', 'seq'])
@Index('IDX_feedback_sender', ['senderId', 'rowId'])
@Index('IDX_feedback_directive', ['directiveId'])
@ObjectType('Feedback', { description: 'Feedback reported upward (反馈): problems, progress, requests, suggestions, objections.' })
export class Feedback extends NodeEntity {
  static readonly typename = 'Feedback';

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  @Field(() => FeedbackKind, { description: 'What kind of feedback.' })
  kind: FeedbackKind;

  @Column({ name: 'content', type: 'text' })
  @Field(() => String, { description: 'The report.' })
  content: string;

  @Column({ name: 'sender_id', type: 'varchar', length: 36 })
  senderId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_id' })
  senderRef?: Body;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipientRef?: Body;

  @Column({ name: 'directive_id', type: 'varchar', length: 36, nullable: true })
  directiveId: string | null;

  @ManyToOne(() => Directive, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directiveRef?: Directive;

  /** Per-recipient delivery sequence; the feedbackReceived cursor. */
  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'submitted_by', type: 'varchar', length: 200 })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was sent.' })
  submittedAt: Date;

  @Column({ name: 'resolution', type: 'varchar', length: 16, nullable: true })
  @Field(() => FeedbackResolution, { nullable: true, description: 'How the recipient answered; null while unanswered.' })
  resolution: FeedbackResolution | null;

  @Column({ name: 'response', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The recipient’s answer.' })
  response: string | null;

  @Column({ name: 'responded_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was answered.' })
  respondedAt: Date | null;

  @Column({ name: 'responded_by', type: 'varchar', length: 200, nullable: true })
  respondedBy: string | null;
}

/** Last delivery seq per body and stream; its row lock orders concurrent deliveries to a body. */
@Entity('delivery_counter')
export class DeliveryCounter {
  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @PrimaryColumn({ name: 'stream', type: 'varchar', length: 16 })
  stream: string;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;
}
