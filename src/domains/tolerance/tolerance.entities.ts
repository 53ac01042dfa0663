import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';
import { Directive } from '../channels/channel.entities';
import { Power } from '../powers/power.entities';
import { Finding } from '../supervision/supervision.entities';
import { ProhibitionDistinction, PurposeDistinction, ToleranceExclusion, ToleranceOutcome, ToleranceStatus, TrialDistinction } from './tolerance.enums';

/**
 * One accountability case judged on the three distinctions (容错, 一事一议). Never public: only the
 * deciders (discipline inspection and organization departments at or above the subject's
 * government) and the subject body's LEADs read it.
 */
@Entity('tolerance_case')
@Index('IDX_tolerance_case_subject_gov', ['subjectGovernmentId', 'rowId'])
@Index('IDX_tolerance_case_subject', ['subjectBodyId', 'rowId'])
@ObjectType('ToleranceCase', {
  description: 'A fault-tolerance case (容错): the three distinctions with their facts, hub-found evidence, the derived outcome with its rule trace, and the co-signed decision. Never public.',
})
export class ToleranceCase extends NodeEntity {
  static readonly typename = 'ToleranceCase';

  @Index('UQ_tolerance_case_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Case number, `TC-<year of the act>-<8 characters>`.' })
  code: string;

  @Column({ name: 'status', type: 'varchar', length: 24 })
  @Field(() => ToleranceStatus, { description: 'Where the case stands.' })
  status: ToleranceStatus;

  @Column({ name: 'subject_body_id', type: 'varchar', length: 36 })
  subjectBodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_body_id' })
  subjectBodyRef?: Body;

  /** The subject's government: deciders must sit at or above it, and lists filter on it. */
  @Column({ name: 'subject_government_id', type: 'varchar', length: 36 })
  subjectGovernmentId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_government_id' })
  subjectGovernmentRef?: Body;

  @Column({ name: 'matter', type: 'text' })
  @Field(() => String, { description: 'The act under judgement.' })
  matter: string;

  @Column({ name: 'act_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the act took place; prohibitions count only if received before it.' })
  actAt: Date;

  @Column({ name: 'keywords', type: 'simple-json' })
  @Field(() => [String], { description: 'Keywords of the matter, matched against the `prohibits` keywords of directives the subject received.' })
  keywords: string[];

  @Column({ name: 'power_id', type: 'varchar', length: 36, nullable: true })
  powerId: string | null;

  @ManyToOne(() => Power, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'power_id' })
  powerRef?: Power;

  /**
   * The decision under which the act was taken, if any: its stages are procedure evidence. No
   * foreign-key constraint: on SQLite adding one rebuilds the table, and dropping the old table
   * would cascade to the signatures (decisions are never deleted, so nothing dangles).
   */
  @Column({ name: 'decision_id', type: 'varchar', length: 36, nullable: true })
  decisionId: string | null;

  @Column({ name: 'applicant_id', type: 'varchar', length: 36 })
  applicantId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicant_id' })
  applicantRef?: Body;

  @Column({ name: 'applied_by', type: 'varchar', length: 200 })
  appliedBy: string;

  @Column({ name: 'applied_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the case was opened.' })
  appliedAt: Date;

  @Column({ name: 'trial', type: 'varchar', length: 32 })
  @Field(() => TrialDistinction, { description: 'First distinction: inexperience in a trial vs knowing violation.' })
  trial: TrialDistinction;

  @Column({ name: 'trial_facts', type: 'text' })
  @Field(() => String, { description: 'The facts behind the first distinction.' })
  trialFacts: string;

  @Column({ name: 'prohibition', type: 'varchar', length: 32 })
  @Field(() => ProhibitionDistinction, { description: 'Second distinction: exploratory and not prohibited vs defying an explicit prohibition.' })
  prohibition: ProhibitionDistinction;

  @Column({ name: 'prohibition_facts', type: 'text' })
  @Field(() => String, { description: 'The facts behind the second distinction.' })
  prohibitionFacts: string;

  @Column({ name: 'prohibition_override_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why an acknowledged prohibition on record did not apply (required to set EXPLORATORY_NOT_PROHIBITED while one is).' })
  prohibitionOverrideReason: string | null;

  @Column({ name: 'purpose', type: 'varchar', length: 32 })
  @Field(() => PurposeDistinction, { description: 'Third distinction: an unintentional slip for development vs seeking private gain.' })
  purpose: PurposeDistinction;

  @Column({ name: 'purpose_facts', type: 'text' })
  @Field(() => String, { description: 'The facts behind the third distinction.' })
  purposeFacts: string;

  @Column({ name: 'mitigation_taken', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether losses were actively remedied (主动挽回损失、消除影响).' })
  mitigationTaken: boolean;

  @Column({ name: 'exclusions', type: 'simple-json' })
  @Field(() => [ToleranceExclusion], { description: 'Exclusions that apply; any makes the derived outcome ACCOUNTABLE.' })
  exclusions: ToleranceExclusion[];

  @Column({ name: 'facts_recorded_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the deciders last recorded the facts.' })
  factsRecordedAt: Date | null;

  @Column({ name: 'outcome', type: 'varchar', length: 16, nullable: true })
  outcome: ToleranceOutcome | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'deviates', type: 'boolean', default: false })
  deviates: boolean;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'appeal_by', type: Date, nullable: true })
  appealBy: Date | null;

  @Column({ name: 'appeal_grounds', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The subject body’s grounds of appeal, once appealed.' })
  appealGrounds: string | null;

  @Column({ name: 'appealed_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the decision was appealed.' })
  appealedAt: Date | null;
}

/** A decider's co-signature; the second one, of the other kind, completes the decision. */
@Entity('tolerance_signature')
@ObjectType('ToleranceSignature', { description: 'One decider’s co-signature of a tolerance decision.' })
@Unique('UQ_tolerance_signature_account', ['caseId', 'accountId'])
@Unique('UQ_tolerance_signature_kind', ['caseId', 'bodyKind'])
export class ToleranceSignature extends RowEntity {
  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @ManyToOne(() => ToleranceCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRef?: ToleranceCase;

  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  /** DISCIPLINE_INSPECTION or ORGANIZATION_DEPARTMENT: one of each per case. */
  @Column({ name: 'body_kind', type: 'varchar', length: 32 })
  bodyKind: string;

  @Column({ name: 'account_id', type: 'varchar', length: 200 })
  accountId: string;

  @Column({ name: 'outcome', type: 'varchar', length: 16 })
  @Field(() => ToleranceOutcome, { description: 'The outcome this decider signed.' })
  outcome: ToleranceOutcome;

  @Column({ name: 'reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The decider’s reason (required when departing from the derived outcome).' })
  reason: string | null;

  @Column({ name: 'signed_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was signed.' })
  signedAt: Date;
}

/** A directive the deciders linked to the case as prohibiting the matter (besides keyword matches). */
@Entity('tolerance_prohibition_link')
export class ToleranceProhibitionLink {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @PrimaryColumn({ name: 'directive_id', type: 'varchar', length: 36 })
  directiveId: string;

  @ManyToOne(() => ToleranceCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRef?: ToleranceCase;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directiveRef?: Directive;

  @Column({ name: 'linked_by', type: 'varchar', length: 200 })
  linkedBy: string;

  @Column({ name: 'linked_at', type: Date })
  linkedAt: Date;
}

/** A supervision finding the case covers: when the case is decided TOLERATED, evaluation does not score the finding against the body. */
@Entity('tolerance_case_finding')
export class ToleranceFindingLink {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @PrimaryColumn({ name: 'finding_id', type: 'varchar', length: 36 })
  findingId: string;

  @ManyToOne(() => ToleranceCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRef?: ToleranceCase;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  findingRef?: Finding;
}
