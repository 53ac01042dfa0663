import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NodeEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';
import { Directive, Feedback } from '../channels/channel.entities';
import { Evaluation, Indicator } from '../evaluation/evaluation.entities';
import { PilotStatus, PilotVerdict } from './pilot.enums';

/** A pilot (试点): something tried first at chosen sites, evaluated before it is rolled out. */
@Entity('pilot')
@Index('IDX_pilot_sponsor', ['sponsorId', 'rowId'])
@Index('IDX_pilot_field', ['field', 'status'])
@ObjectType('Pilot', { description: 'A pilot (试点): a sponsor tries a hypothesis at sites inside its jurisdiction for a period, judged against success criteria, evaluated before it scales up.' })
export class Pilot extends NodeEntity {
  static readonly typename = 'Pilot';

  @Index('UQ_pilot_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Unique code, e.g. `ZJ-PILOT-2026-01`.' })
  code: string;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Column({ name: 'field', type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The reform field; pilots of the same field are checked for overlap.' })
  field: string;

  @Column({ name: 'hypothesis', type: 'text' })
  @Field(() => String, { description: 'What is being tried, and what should follow.' })
  hypothesis: string;

  @Column({ name: 'sponsor_id', type: 'varchar', length: 36 })
  sponsorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsor_id' })
  sponsorRef?: Body;

  /** The decision behind the pilot. No foreign key: decisions are never deleted, and the link is optional. */
  @Column({ name: 'decision_id', type: 'varchar', length: 36, nullable: true })
  decisionId: string | null;

  @Column({ name: 'starts_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the pilot period starts.' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the pilot period ends (later after an extension); then it is UNDER_EVALUATION.' })
  endsAt: Date;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  @Field(() => PilotStatus, { description: 'Where it stands.' })
  status: PilotStatus;

  @Column({ name: 'acknowledged_overlap_ids', type: 'simple-json' })
  acknowledgedOverlapIds: string[];

  @Column({ name: 'evaluation_id', type: 'varchar', length: 36, nullable: true })
  evaluationId: string | null;

  @ManyToOne(() => Evaluation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluationRef?: Evaluation;

  @Column({ name: 'verdict', type: 'varchar', length: 24, nullable: true })
  @Field(() => PilotVerdict, { nullable: true, description: 'The sponsor’s verdict, once recorded.' })
  verdict: PilotVerdict | null;

  @Column({ name: 'verdict_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the verdict.' })
  verdictReason: string | null;

  @Column({ name: 'verdict_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the verdict was recorded.' })
  verdictAt: Date | null;

  @Column({ name: 'scaled_up_directive_id', type: 'varchar', length: 36, nullable: true })
  scaledUpDirectiveId: string | null;

  @ManyToOne(() => Directive, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scaled_up_directive_id' })
  scaledUpDirectiveRef?: Directive;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was extended or terminated (the latest).' })
  endReason: string | null;

  @Column({ name: 'proposed_by', type: 'varchar', length: 200 })
  proposedBy: string;

  @Column({ name: 'proposed_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was proposed.' })
  proposedAt: Date;

  @Column({ name: 'public', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Published (阳光改革): the public reads it through `publicPilots`. Set only by the publication act.' })
  public: boolean;

  @Column({ name: 'authorized_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a LEAD of the sponsor authorized it.' })
  authorizedAt: Date | null;
}

/** A site of a pilot: a body inside the sponsor's jurisdiction, its scope and authorized deviations. A site never changes them. */
@Entity('pilot_site')
@Index('IDX_pilot_site_body', ['bodyId'])
@ObjectType('PilotSite', { description: 'A pilot site: the body, what it tries, and the rules it may deviate from (only with a legal basis).' })
export class PilotSite {
  @PrimaryColumn({ name: 'pilot_id', type: 'varchar', length: 36 })
  pilotId: string;

  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Pilot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilotRef?: Pilot;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'scope', type: 'text' })
  @Field(() => String, { description: 'What the site tries.' })
  scope: string;

  @Column({ name: 'authorized_deviations', type: 'simple-json' })
  @Field(() => [String], { description: 'Rules the site may deviate from for the pilot (e.g. suspended by an NPC authorization).' })
  authorizedDeviations: string[];

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The legal basis of the deviations (required when there are any).' })
  legalBasisForDeviation: string | null;
}

/** A pilot's success criterion: an evaluation indicator. */
@Entity('pilot_criterion')
export class PilotCriterion {
  @PrimaryColumn({ name: 'pilot_id', type: 'varchar', length: 36 })
  pilotId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'varchar', length: 36 })
  indicatorId: string;

  @ManyToOne(() => Pilot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilotRef?: Pilot;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicatorRef?: Indicator;
}

/** A replicable experience (可复制可推广的经验) drawn from a pilot with its verdict. */
@Entity('pilot_experience')
@Index('IDX_pilot_experience_pilot', ['pilotId'])
@ObjectType('ReplicableExperience', { description: 'A replicable experience (可复制可推广的改革经验) drawn from a pilot when its verdict was recorded.' })
export class ReplicableExperience extends NodeEntity {
  static readonly typename = 'ReplicableExperience';

  @Column({ name: 'pilot_id', type: 'varchar', length: 36 })
  pilotId: string;

  @ManyToOne(() => Pilot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pilot_id' })
  pilotRef?: Pilot;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Column({ name: 'description', type: 'text' })
  @Field(() => String, { description: 'What was learned and how to replicate it.' })
  description: string;

  @Column({ name: 'highlight', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether the sponsor highlights it for roll-out.' })
  highlight: boolean;

  @Column({ name: 'recorded_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  recordedAt: Date;
}

/** A site's progress report on a pilot: the Feedback of kind PROGRESS it sent the sponsor. */
@Entity('pilot_progress')
@Index('IDX_pilot_progress_pilot', ['pilotId', 'reportedAt'])
export class PilotProgress {
  @PrimaryColumn({ name: 'feedback_id', type: 'varchar', length: 36 })
  feedbackId: string;

  @ManyToOne(() => Feedback, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'feedback_id' })
  feedbackRef?: Feedback;

  @Column({ name: 'pilot_id', type: 'varchar', length: 36 })
  pilotId: string;

  @ManyToOne(() => Pilot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pilot_id' })
  pilotRef?: Pilot;

  @Column({ name: 'site_id', type: 'varchar', length: 36 })
  siteId: string;

  @Column({ name: 'reported_at', type: Date })
  reportedAt: Date;
}
