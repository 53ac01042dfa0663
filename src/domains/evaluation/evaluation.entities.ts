import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { DecimalScalar, minorUnits, PercentageScalar } from '../../platform/graphql/scalars';
import { Body, DefinedByBody } from '../bodies/body.entities';
import { Direction, EvaluationStatus, HubMetric, IndicatorSource, ObservationStatus } from './evaluation.enums';
import type { ScoredComponent, ScoreInput } from './evaluation.scoring';

/** What is measured, how, by whom, and from where to where. Values are Decimals in ten-thousandths. */
@Entity('evaluation_indicator')
@ObjectType('Indicator', { description: 'An evaluation indicator: what is measured, its source, unit, direction, data owner, baseline and target.' })
export class Indicator extends DefinedByBody {
  static readonly typename = 'Indicator';

  @Index('UQ_evaluation_indicator_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Unique code, e.g. `ZJ-TASK-ON-TIME`.' })
  code: string;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'What is measured.' })
  title: string;

  @Column({ name: 'unit', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Unit of the values, e.g. `%` or `days`.' })
  unit: string;

  @Column({ name: 'source', type: 'varchar', length: 24 })
  @Field(() => IndicatorSource, { description: 'Where the values come from.' })
  source: IndicatorSource;

  @Column({ name: 'direction', type: 'varchar', length: 20 })
  @Field(() => Direction, { description: 'Which way the indicator improves.' })
  direction: Direction;

  @Column({ name: 'hub_metric', type: 'varchar', length: 40, nullable: true })
  @Field(() => HubMetric, { nullable: true, description: 'When set, the hub computes the values from its own records; nobody reports them.' })
  hubMetric: HubMetric | null;

  @Column({ name: 'data_owner_id', type: 'varchar', length: 36, nullable: true })
  dataOwnerId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'data_owner_id' })
  dataOwnerRef?: Body;

  @Column({ name: 'baseline', type: 'bigint', transformer: minorUnits })
  @Field(() => DecimalScalar, { description: 'The value that scores 0.' })
  baseline: bigint;

  @Column({ name: 'target', type: 'bigint', transformer: minorUnits })
  @Field(() => DecimalScalar, { description: 'The value that scores 100 (above the baseline for HIGHER_IS_BETTER, below it for LOWER_IS_BETTER).' })
  target: bigint;

  @Column({ name: 'min_sample_size', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'For SATISFACTION_SURVEY indicators: the least responses a survey needs (400 when not set).' })
  minSampleSize: number | null;

  @Field(() => GraphQLDateTime, { description: 'When it was defined.' })
  override createdAt: Date;
}

/** An owner's weighted set of indicators for one year. Immutable once defined: a change is a new version. */
@Entity('evaluation_indicator_system')
@Unique('UQ_evaluation_indicator_system_version', ['ownerId', 'code', 'year', 'version'])
@ObjectType('IndicatorSystem', { description: 'An owner’s indicator system for a year: weights summing to exactly 100.00, with a minimum objective share.' })
export class IndicatorSystem extends NodeEntity {
  static readonly typename = 'IndicatorSystem';

  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Code shared by the versions of one system, e.g. `ZJ-CITIES`.' })
  code: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  ownerRef?: Body;

  @Column({ name: 'year', type: 'integer' })
  @Field(() => Int, { description: 'The year evaluated.' })
  year: number;

  @Column({ name: 'version', type: 'integer' })
  @Field(() => Int, { description: 'Version of the owner’s system for the year, from 1.' })
  version: number;

  /** Hundredths of a percent. */
  @Column({ name: 'objective_share', type: 'integer' })
  @Field(() => PercentageScalar, { description: 'Sum of the weights of OBJECTIVE indicators.' })
  objectiveShare: number;

  @Column({ name: 'min_objective_share', type: 'integer' })
  @Field(() => PercentageScalar, { description: 'The least objective share the owner committed to.' })
  minObjectiveShare: number;

  @Column({ name: 'challenge_days', type: 'integer' })
  @Field(() => Int, { description: 'Days an evaluated body has to challenge a computed evaluation.' })
  challengeDays: number;

  @Column({ name: 'public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether the public may read the system. Only a public system’s evaluations are published (anyone can then recompute them).' })
  public: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When this version was defined.' })
  createdAt: Date;
}

@Entity('evaluation_indicator_weight')
@ObjectType('IndicatorWeight', { description: 'One indicator of a system with its weight.' })
export class IndicatorWeight {
  @PrimaryColumn({ name: 'system_id', type: 'varchar', length: 36 })
  systemId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'varchar', length: 36 })
  indicatorId: string;

  @ManyToOne(() => IndicatorSystem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id' })
  systemRef?: IndicatorSystem;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicatorRef?: Indicator;

  /** Hundredths of a percent. */
  @Column({ name: 'weight', type: 'integer' })
  @Field(() => PercentageScalar, { description: 'Weight in the total.' })
  weight: number;
}

/**
 * What an observation and an evaluation are both about: one body in one period. An interface only
 * to carry these to both (see NodeEntity).
 */
@InterfaceType('BodyPeriodEntity', { description: 'Base of Observation and Evaluation; not in the schema.' })
abstract class BodyPeriodEntity extends NodeEntity {
  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'period', type: 'varchar', length: 16 })
  @Field(() => String, { description: 'The period, e.g. `2026`.' })
  period: string;
}

/** One value of an indicator for a body and period: reported by the data owner or the body, verified by someone else. */
@Entity('evaluation_observation')
@Unique('UQ_evaluation_observation', ['indicatorId', 'bodyId', 'period'])
@Index('IDX_evaluation_observation_body', ['bodyId'])
@ObjectType('Observation', { description: 'A reported value of an indicator for a body and period; only VERIFIED values are scored.' })
export class Observation extends BodyPeriodEntity {
  static readonly typename = 'Observation';

  @Column({ name: 'indicator_id', type: 'varchar', length: 36 })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicatorRef?: Indicator;

  @Column({ name: 'value', type: 'bigint', transformer: minorUnits })
  @Field(() => DecimalScalar, { description: 'The value, in the indicator’s unit.' })
  value: bigint;

  @Column({ name: 'reported_by_id', type: 'varchar', length: 36 })
  reportedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedByRef?: Body;

  @Column({ name: 'self_reported', type: 'boolean' })
  @Field(() => Boolean, { description: 'Reported by the observed body itself rather than the data owner (flagged).' })
  selfReported: boolean;

  @Column({ name: 'source_hash', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the source data, when given.' })
  sourceHash: string | null;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => ObservationStatus, { description: 'Where it stands.' })
  status: ObservationStatus;

  @Column({ name: 'verified_by_id', type: 'varchar', length: 36, nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedByRef?: Body;

  @Column({ name: 'dispute_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was disputed.' })
  disputeReason: string | null;

  @Column({ name: 'reported_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was (last) reported.' })
  reportedAt: Date;

  @Column({ name: 'verified_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was verified.' })
  verifiedAt: Date | null;
}

/** A body's score under a system for a period; the inputs are stored with it so anyone can recompute it. */
@Entity('evaluation')
@Unique('UQ_evaluation_version', ['systemId', 'bodyId', 'period', 'version'])
@Index('IDX_evaluation_system_period', ['systemId', 'period', 'status'])
@Index('IDX_evaluation_body', ['bodyId', 'period'])
@ObjectType('Evaluation', { description: 'A body’s evaluation under an indicator system: components, total, rank and the hash of every input, recomputable by anyone (`hub evaluation verify`).' })
export class Evaluation extends BodyPeriodEntity {
  static readonly typename = 'Evaluation';

  @Column({ name: 'system_id', type: 'varchar', length: 36 })
  systemId: string;

  @ManyToOne(() => IndicatorSystem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'system_id' })
  systemRef?: IndicatorSystem;

  @Column({ name: 'version', type: 'integer' })
  @Field(() => Int, { description: 'Version for this body, system and period: a correction after FINAL is a new version.' })
  version: number;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => EvaluationStatus, { description: 'Where it stands.' })
  status: EvaluationStatus;

  @Column({ name: 'total', type: 'bigint', transformer: minorUnits })
  @Field(() => DecimalScalar, { description: 'Σ component contributions, 0.0000–100.0000.' })
  total: bigint;

  @Column({ name: 'inputs_hash', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'SHA-256 of the canonical inputs (sorted by indicator code; see `hub evaluation verify`).' })
  inputsHash: string;

  @Column({ name: 'inputs', type: 'simple-json' })
  inputs: ScoreInput[];

  @Column({ name: 'components', type: 'simple-json' })
  components: ScoredComponent[];

  @Column({ name: 'computed_by', type: 'varchar', length: 200 })
  computedBy: string;

  @Column({ name: 'computed_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was computed.' })
  computedAt: Date;

  @Column({ name: 'challenge_until', type: Date })
  @Field(() => GraphQLDateTime, { description: 'Until when the evaluated body may challenge it.' })
  challengeUntil: Date;

  @Column({ name: 'challenge', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The evaluated body’s challenge.' })
  challenge: string | null;

  @Column({ name: 'challenge_response', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The owner’s answer to the challenge, given when finalizing.' })
  challengeResponse: string | null;

  @Column({ name: 'finalized_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it became final.' })
  finalizedAt: Date | null;

  @Column({ name: 'published_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  publishedAt: Date | null;
}

/** What stands behind an observation (a survey's aggregates, an assessment): it belongs to the observation. */
abstract class ObservationEvidence extends RowEntity {
  @Column({ name: 'observation_id', type: 'varchar', length: 36 })
  observationId: string;

  @ManyToOne(() => Observation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'observation_id' })
  observationRef?: Observation;
}

/** The aggregates of a satisfaction survey behind an observation; individual answers never enter the hub. */
@Entity('evaluation_survey')
@Index('IDX_evaluation_survey_observation', ['observationId'])
@ObjectType('SatisfactionSurvey', { description: 'A satisfaction survey’s aggregates: sample, distribution over the five-point scale, satisfied share.' })
export class SatisfactionSurvey extends ObservationEvidence {
  @Column({ name: 'administered_by_id', type: 'varchar', length: 36 })
  administeredById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administered_by_id' })
  administeredByRef?: Body;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'What was asked.' })
  title: string;

  @Column({ name: 'population', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Who was asked.' })
  population: string;

  @Column({ name: 'sample_size', type: 'integer' })
  @Field(() => Int, { description: 'Number of responses.' })
  sampleSize: number;

  @Column({ name: 'distribution', type: 'simple-json' })
  @Field(() => [Int], { description: 'Responses per answer: 非常满意, 满意, 一般, 不满意, 非常不满意.' })
  distribution: number[];

  @Column({ name: 'satisfaction', type: 'bigint', transformer: minorUnits })
  @Field(() => DecimalScalar, { description: 'Share of the first two answers, in percent (4 decimals, half up).' })
  satisfaction: bigint;

  @Column({ name: 'methodology_hash', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'SHA-256 of the methodology (questionnaire, sampling).' })
  methodologyHash: string;

  @Column({ name: 'recorded_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the results were recorded.' })
  recordedAt: Date;
}

/** An independent assessment behind an observation: who assessed, who commissioned it. */
@Entity('evaluation_assessment')
@Index('IDX_evaluation_assessment_observation', ['observationId'])
@ObjectType('ThirdPartyAssessment', { description: 'An assessment by an independent THIRD_PARTY body, commissioned by a body whose jurisdiction covers the subject.' })
export class ThirdPartyAssessment extends ObservationEvidence {
  @Column({ name: 'assessor_id', type: 'varchar', length: 36 })
  assessorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessor_id' })
  assessorRef?: Body;

  @Column({ name: 'commissioned_by_id', type: 'varchar', length: 36 })
  commissionedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commissioned_by_id' })
  commissionedByRef?: Body;

  @Column({ name: 'report_hash', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'SHA-256 of the assessment report.' })
  reportHash: string;

  @Column({ name: 'recorded_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded: its draft was published for comment then.' })
  recordedAt: Date;

  /** Null for assessments recorded before drafts were published for comment (their window is closed). */
  @Column({ name: 'comments_until', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'End of the comment window on the draft: the observation can be verified (made final) only after it (COMMENT_WINDOW_OPEN).' })
  commentsUntil: Date | null;

  @Column({ name: 'subject_response', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The assessed body’s comment on the draft.' })
  subjectResponse: string | null;

  @Column({ name: 'responded_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the assessed body commented.' })
  respondedAt: Date | null;
}
