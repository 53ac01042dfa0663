import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { NodeEntity } from '../../platform/graphql/node-entity';
import { PercentageScalar } from '../../platform/graphql/scalars';
import { Body } from '../bodies/body.entities';
import { Level } from '../bodies/body.enums';
import { Directive } from '../channels/channel.entities';
import { Post } from '../posts/post.entities';
import {
  DecisionClass,
  DecisionStageKind,
  DecisionStatus,
  LegislativeStatus,
  ModerationState,
  StageStatus,
  SubmissionDisposition,
  SubmitterType,
  SuggestionChannel,
  SuggestionStatus,
} from './decision.enums';

const stageList = {
  to: (v: DecisionStageKind[]) => v.join(','),
  from: (v: string) => (v ? (v.split(',') as DecisionStageKind[]) : []),
};
const bigintText = {
  to: (v: bigint | null | undefined) => (v === null || v === undefined ? v : v.toString()),
  from: (v: string | number | null) => (v === null || v === undefined ? null : BigInt(v)),
};
const json = {
  to: (v: unknown) => (v === undefined ? null : JSON.stringify(v)),
  from: (v: string | null) => (v === null ? null : JSON.parse(v)),
};

/** The procedure for one class of decision at one level (分类、分层), as data: seeded and versioned. */
@Entity('decision_procedure')
@Unique('UQ_decision_procedure_class_level_version', ['decisionClass', 'level', 'version'])
@ObjectType('DecisionProcedure', {
  description: 'The standard procedure for one class of decision at one level: required stages and statutory minimums. Data, seeded and versioned: a new version applies to decisions drafted after it.',
})
export class DecisionProcedure extends NodeEntity {
  static readonly typename = 'DecisionProcedure';

  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Stable code, e.g. MAJOR-PROVINCIAL-v1.' })
  code: string;

  @Column({ name: 'decision_class', type: 'varchar', length: 16 })
  @Field(() => DecisionClass, { name: 'class', description: 'The class of decision it applies to.' })
  decisionClass: DecisionClass;

  @Column({ name: 'level', type: 'varchar', length: 16 })
  @Field(() => Level, { description: 'The level of the decision maker it applies to.' })
  level: Level;

  @Column({ name: 'version', type: 'integer' })
  @Field(() => Int, { description: '1, 2, …; the highest version of a class and level applies to new drafts.' })
  version: number;

  @Column({ name: 'legal_basis', type: 'text' })
  @Field(() => String, { description: 'The regulation that sets this procedure (e.g. 重大行政决策程序暂行条例).' })
  legalBasis: string;

  @Column({ name: 'required_stages', type: 'varchar', length: 300, transformer: stageList })
  @Field(() => [DecisionStageKind], { description: 'Stages that must be COMPLETED on the current draft before adoption.' })
  requiredStages: DecisionStageKind[];

  @Column({ name: 'local_consultation_when_lower', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether LOCAL_CONSULTATION is also required for a decision that affects lower governments.' })
  localConsultationWhenAffectingLower: boolean;

  @Column({ name: 'min_public_comment_days', type: 'integer' })
  @Field(() => Int, { description: 'Shortest public comment window, in days, unless a published reason shortens it.' })
  minPublicCommentDays: number;

  @Column({ name: 'min_experts', type: 'integer' })
  @Field(() => Int, { description: 'Fewest expert opinions an expert consultation needs.' })
  minExperts: number;

  @Column({ name: 'min_legality_review_working_days', type: 'integer' })
  @Field(() => Int, { description: 'Working days the legality reviewer is given (informative: a reviewer may conclude earlier).' })
  minLegalityReviewWorkingDays: number;

  @Column({ name: 'quorum_share', type: 'bigint', transformer: bigintText })
  @Field(() => PercentageScalar, { description: 'Share of members that must be present at the collective deliberation.' })
  quorumShare: bigint;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When this version was laid down.' })
  createdAt: Date;
}

/** A reform decision on its way through the procedure (决策程序). */
@Entity('reform_decision')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_reform_decision_supersedes', ['supersedesId'])
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_reform_decision_revised_because', ['revisedBecauseType', 'revisedBecauseId'])
@Unique('UQ_reform_decision_reference', ['reference'])
@Index('IDX_reform_decision_maker', ['decisionMakerId', 'rowId'])
@Index('IDX_reform_decision_drafter', ['drafterId', 'rowId'])
@ObjectType('ReformDecision', {
  description: 'A reform decision and its procedure: draft versions, stages bound to the version they were done on, adoption. Adoption is refused while a required stage is missing, out of order or done on an older draft. Readable inside the jurisdiction of its decision maker or drafter; by everyone once published (a public decision whose consultation opened, or which was adopted).',
})
export class ReformDecision extends NodeEntity {
  static readonly typename = 'ReformDecision';

  @Column({ name: 'reference', type: 'varchar', length: 80 })
  @Field(() => String, { description: 'Reference number: <decision maker code>-<year>-<4-digit number>, e.g. CN-REFORM-2026-0007.' })
  reference: string;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Column({ name: 'problem_statement', type: 'text' })
  @Field(() => String, { description: 'The problem it addresses (问题导向).' })
  problemStatement: string;

  @Column({ name: 'decision_class', type: 'varchar', length: 16 })
  @Field(() => DecisionClass, { name: 'class', description: 'Its class; with the decision maker’s level it chose the procedure.' })
  decisionClass: DecisionClass;

  @Column({ name: 'procedure_id', type: 'varchar', length: 36 })
  procedureId: string;

  @ManyToOne(() => DecisionProcedure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id' })
  procedureRef?: DecisionProcedure;

  @Column({ name: 'decision_maker_id', type: 'varchar', length: 36 })
  decisionMakerId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_maker_id' })
  decisionMakerRef?: Body;

  @Column({ name: 'drafter_id', type: 'varchar', length: 36 })
  drafterId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'drafter_id' })
  drafterRef?: Body;

  @Column({ name: 'co_drafter_ids', type: 'text', transformer: json })
  coDrafterIds: string[];

  @Column({ name: 'responsible_leader_id', type: 'varchar', length: 36, nullable: true })
  responsibleLeaderId: string | null;

  @ManyToOne(() => Post, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_leader_id' })
  responsibleLeaderRef?: Post;

  @Column({ name: 'affects_lower_governments', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether it affects lower governments (the procedure may then require LOCAL_CONSULTATION).' })
  affectsLowerGovernments: boolean;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => DecisionStatus, { description: 'Where it stands.' })
  status: DecisionStatus;

  @Column({ name: 'public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether it is published to everyone once its public consultation opens or it is adopted.' })
  public: boolean;

  @Column({ name: 'published_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it became readable by everyone; null while it is not.' })
  publishedAt: Date | null;

  @Column({ name: 'current_version', type: 'integer' })
  currentVersionNumber: number;

  @Column({ name: 'adopted_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was adopted.' })
  adoptedAt: Date | null;

  @Column({ name: 'adopted_version', type: 'integer', nullable: true })
  adoptedVersionNumber: number | null;

  @Column({ name: 'effective_from', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the adopted decision takes effect.' })
  effectiveFrom: Date | null;

  @Column({ name: 'supersedes_id', type: 'varchar', length: 36, nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => ReformDecision, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedesRef?: ReformDecision;

  @Column({ name: 'revised_because_type', type: 'varchar', length: 40, nullable: true })
  revisedBecauseType: string | null;

  @Column({ name: 'revised_because_id', type: 'varchar', length: 36, nullable: true })
  revisedBecauseId: string | null;

  @Column({ name: 'reconsideration_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was reconsidered (再决策), for a decision that supersedes another.' })
  reconsiderationReason: string | null;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was drafted.' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When anything about it last changed.' })
  updatedAt: Date;
}

@Entity('decision_version')
@ObjectType('DecisionDraftVersion', { description: 'One version of a decision’s text. Versions are never edited: revising the draft adds one.' })
export class DecisionDraftVersion {
  @PrimaryColumn({ name: 'decision_id', type: 'varchar', length: 36 })
  decisionId: string;

  @ManyToOne(() => ReformDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decisionRef?: ReformDecision;

  @PrimaryColumn({ name: 'number', type: 'integer' })
  @Field(() => Int, { description: '1 for the first draft, 2 for the first revision, …' })
  number: number;

  @Column({ name: 'text', type: 'text' })
  @Field(() => String, { description: 'The full text of this version.' })
  text: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 80 })
  @Field(() => String, { description: 'SHA-256 of the text (UTF-8) as `sha256:<64 hex digits>`, so every party can check which text a stage judged.' })
  contentHash: string;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What changed from the previous version.' })
  changeNote: string | null;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When this version was written.' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;
}

/**
 * One stage of one decision. Kind-specific outcomes (opinions, dimensions, votes, window) live in
 * `detail` as JSON: they are read with the stage and never queried on their own.
 */
@Entity('decision_stage')
export class DecisionStageRecord {
  @PrimaryColumn({ name: 'decision_id', type: 'varchar', length: 36 })
  decisionId: string;

  @ManyToOne(() => ReformDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decisionRef?: ReformDecision;

  @PrimaryColumn({ name: 'kind', type: 'varchar', length: 32 })
  kind: DecisionStageKind;

  /** OPEN or COMPLETED as recorded; STALE is derived from boundVersion at read time. */
  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: StageStatus;

  @Column({ name: 'bound_version', type: 'integer', nullable: true })
  boundVersion: number | null;

  @Column({ name: 'opened_at', type: Date, nullable: true })
  openedAt: Date | null;

  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by_id', type: 'varchar', length: 36, nullable: true })
  completedById: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by_id' })
  completedByRef?: Body;

  /** The panel, assessor or reviewer. */
  @Column({ name: 'body_id', type: 'varchar', length: 36, nullable: true })
  bodyId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  /** The consultation directive of LOCAL_CONSULTATION. */
  @Column({ name: 'directive_id', type: 'varchar', length: 36, nullable: true })
  directiveId: string | null;

  @ManyToOne(() => Directive, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directiveRef?: Directive;

  @Column({ name: 'detail', type: 'text', transformer: json })
  detail: Record<string, unknown>;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}

/**
 * What the public sends in (a consultation comment, a suggestion): who sent it and when, the sealed
 * contact, why it was withheld. An interface only to carry these to both (see NodeEntity).
 */
@InterfaceType('PublicContribution', { description: 'Base of PublicSubmission and Suggestion; not in the schema.' })
abstract class PublicContribution extends NodeEntity {
  @Column({ name: 'submitter_type', type: 'varchar', length: 16 })
  @Field(() => SubmitterType, { description: 'Who sent it, as declared.' })
  submitterType: SubmitterType;

  /** Sealed: stored for the organizer to reach the submitter offline; no GraphQL field reads it. */
  @Column({ name: 'contact', type: 'varchar', length: 200, nullable: true })
  contact: string | null;

  @Column({ name: 'submitted_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was received.' })
  submittedAt: Date;

  @Column({ name: 'withheld_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was withheld.' })
  withheldReason: string | null;
}

/** What a member of the public wrote in a consultation. `contact` is sealed: no query returns it. */
@Entity('public_submission')
@Unique('UQ_public_submission_tracking', ['trackingNumber'])
@Index('IDX_public_submission_decision', ['decisionId', 'rowId'])
@ObjectType('PublicSubmission', {
  description: 'A comment the public submitted in a consultation. PUBLISHED ones are visible to whoever may read the decision; RECEIVED and WITHHELD ones to the organizing bodies only. Contact data is stored sealed and never returned.',
})
export class PublicSubmission extends PublicContribution {
  static readonly typename = 'PublicSubmission';

  @Column({ name: 'decision_id', type: 'varchar', length: 36 })
  decisionId: string;

  @ManyToOne(() => ReformDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decisionRef?: ReformDecision;

  @Column({ name: 'tracking_number', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Tracking number given to the submitter, to follow the answer.' })
  trackingNumber: string;

  @Column({ name: 'text', type: 'text' })
  @Field(() => String, { description: 'The comment.' })
  text: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The name the submitter chose to show.' })
  displayName: string | null;

  @Column({ name: 'moderation', type: 'varchar', length: 16 })
  @Field(() => ModerationState, { description: 'Moderation state.' })
  moderation: ModerationState;

  @Column({ name: 'disposition', type: 'varchar', length: 16, nullable: true })
  @Field(() => SubmissionDisposition, { nullable: true, description: 'How it was taken into account; null until answered.' })
  disposition: SubmissionDisposition | null;

  @Column({ name: 'response', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The answer (the reason, for NOT_ADOPTED).' })
  response: string | null;

  @Column({ name: 'responded_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was answered.' })
  respondedAt: Date | null;
}

/** A standing suggestion (改革建议) to a body: from the public platform, or a deputy’s. */
@Entity('suggestion')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_suggestion_referred_decision', ['referredDecisionId'])
@Unique('UQ_suggestion_tracking', ['trackingNumber'])
@Index('IDX_suggestion_body', ['toBodyId', 'rowId'])
@ObjectType('Suggestion', {
  description: 'A suggestion to a body (改革建议征集平台), or a deputy’s suggestion with an answer deadline. PUBLISHED ones are public; others are read inside the body’s jurisdiction. Contact data is sealed and never returned.',
})
export class Suggestion extends PublicContribution {
  static readonly typename = 'Suggestion';

  @Column({ name: 'to_body_id', type: 'varchar', length: 36 })
  toBodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_body_id' })
  toBodyRef?: Body;

  @Column({ name: 'tracking_number', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Tracking number given to the submitter.' })
  trackingNumber: string;

  @Column({ name: 'channel', type: 'varchar', length: 16 })
  @Field(() => SuggestionChannel, { description: 'How it arrived.' })
  channel: SuggestionChannel;

  @Column({ name: 'topic', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Topic.' })
  topic: string;

  @Column({ name: 'text', type: 'text' })
  @Field(() => String, { description: 'The suggestion.' })
  text: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The name the submitter chose to show (for a deputy: the deputy).' })
  displayName: string | null;

  @Column({ name: 'moderation', type: 'varchar', length: 16 })
  @Field(() => ModerationState, { description: 'Moderation state; deputies’ suggestions are registered PUBLISHED.' })
  moderation: ModerationState;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => SuggestionStatus, { description: 'Where it stands.' })
  status: SuggestionStatus;

  @Column({ name: 'answer', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The body’s answer.' })
  answer: string | null;

  @Column({ name: 'answered_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was answered.' })
  answeredAt: Date | null;

  @Column({ name: 'answer_due_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Statutory answer deadline (deputies’ suggestions).' })
  answerDueAt: Date | null;

  @Column({ name: 'referred_decision_id', type: 'varchar', length: 36, nullable: true })
  referredDecisionId: string | null;

  @ManyToOne(() => ReformDecision, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referred_decision_id' })
  referredDecisionRef?: ReformDecision;

  @Field(() => Boolean, { description: 'Not answered and past its answer deadline (derived at read time).' })
  get overdue(): boolean {
    return !this.answeredAt && !!this.answerDueAt && this.answerDueAt.getTime() < Date.now();
  }
}

/** A law or regulation to change for the decision to stay within the law (凡属重大改革都要于法有据). */
@Entity('legislative_dependency')
@Index('IDX_legislative_dependency_decision', ['decisionId', 'rowId'])
@ObjectType('LegislativeDependency', {
  description: 'A law or regulation a decision needs changed, owned by a legal-affairs body: so that reform stays within the law. Readable by whoever may read the decision.',
})
export class LegislativeDependency extends NodeEntity {
  static readonly typename = 'LegislativeDependency';

  @Column({ name: 'decision_id', type: 'varchar', length: 36 })
  decisionId: string;

  @ManyToOne(() => ReformDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decisionRef?: ReformDecision;

  @Column({ name: 'instrument', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The law or regulation, e.g. 《中华人民共和国行政许可法》.' })
  instrument: string;

  @Column({ name: 'change', type: 'text' })
  @Field(() => String, { description: 'The change needed (amend, repeal, authorize a trial).' })
  change: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  ownerRef?: Body;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => LegislativeStatus, { description: 'Where the change stands.' })
  status: LegislativeStatus;

  @Column({ name: 'needed_by', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the change is needed.' })
  neededBy: Date | null;

  @Column({ name: 'updated_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date;
}

/** Directives issued on a decision's adoption (or for its local consultation). */
@Entity('decision_directive')
@Index('IDX_decision_directive_directive', ['directiveId'])
export class DecisionDirective {
  @PrimaryColumn({ name: 'decision_id', type: 'varchar', length: 36 })
  decisionId: string;

  @ManyToOne(() => ReformDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decisionRef?: ReformDecision;

  @PrimaryColumn({ name: 'directive_id', type: 'varchar', length: 36 })
  directiveId: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directiveRef?: Directive;
}
