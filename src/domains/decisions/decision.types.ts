import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { ArgsType, Field, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { Body } from '../bodies/body.entities';
import { DirectivePriority } from '../channels/channel.enums';
import { DirectiveFieldsInput } from '../channels/channel.types';
import { Post } from '../posts/post.entities';
import { SubtaskInput } from '../tasks/task.types';
import { LegislativeDependency, PublicSubmission, ReformDecision, Suggestion } from './decision.entities';
import {
  DecisionClass,
  DecisionStageKind,
  DecisionStatus,
  DeliberationConclusion,
  ExpertPosition,
  LegalityConclusion,
  LegislativeStatus,
  ModerationAction,
  RiskArea,
  RiskRating,
  StageStatus,
  SubmissionDisposition,
  SubmitterType,
  VoteOption,
} from './decision.enums';

export const ReformDecisionConnection = Connection(ReformDecision);
export const PublicSubmissionConnection = Connection(PublicSubmission);
export const SuggestionConnection = Connection(Suggestion);

// ---- stages ------------------------------------------------------------------------------------

@InterfaceType('DecisionStage', {
  description: 'One stage of a decision’s procedure: who completed it, when, and on which draft version.',
  resolveType: (value: { kind: DecisionStageKind }) => STAGE_TYPES[value.kind],
})
export abstract class DecisionStage {
  @Field(() => DecisionStageKind, { description: 'Which stage.' })
  kind: DecisionStageKind;

  @Field(() => StageStatus, { description: 'Where it stands; STALE when done on an older draft version than the current one.' })
  status: StageStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it started.' })
  openedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was completed.' })
  completedAt: Date | null;

  @Field(() => Body, { nullable: true, description: 'The body that completed it.' })
  completedBy: Body | null;

  @Field(() => Int, { nullable: true, description: 'The draft version its outcome applies to.' })
  boundVersion: number | null;
}

@ObjectType({ description: 'An expert’s opinion in an expert consultation.' })
export class ExpertOpinion {
  @Field(() => String, { description: 'Reference of the expert in the panel’s register (not a personal name).' })
  expertRef: string;

  @Field(() => String, { nullable: true, description: 'Affiliation.' })
  affiliation: string | null;

  @Field(() => ExpertPosition, { description: 'Position on the draft.' })
  position: ExpertPosition;

  @Field(() => String, { description: 'The opinion.' })
  text: string;

  @Field(() => GraphQLDateTime, { description: 'When it was signed.' })
  signedAt: Date;
}

@ObjectType({ description: 'One dimension of a risk assessment, scored 1 to 5 each.' })
export class RiskDimension {
  @Field(() => RiskArea, { description: 'Area.' })
  area: RiskArea;

  @Field(() => Int, { description: 'Likelihood, 1 (rare) to 5 (almost certain).' })
  likelihood: number;

  @Field(() => Int, { description: 'Impact, 1 (minor) to 5 (severe).' })
  impact: number;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note: string | null;
}

@ObjectType({ description: 'Number of votes for one option.' })
export class VoteCount {
  @Field(() => VoteOption, { description: 'The option.' })
  option: VoteOption;

  @Field(() => Int, { description: 'Votes for it.' })
  value: number;
}

@ObjectType({ description: 'How one member (by post) voted.' })
export class MemberVote {
  @Field(() => Post, { description: 'The member’s post.' })
  post: Post;

  @Field(() => VoteOption, { description: 'The vote.' })
  option: VoteOption;
}

@ObjectType({ implements: DecisionStage, description: 'Public consultation (公众参与): the window, counts of submissions, the submissions and the published summary.' })
export class PublicConsultationStage extends DecisionStage {
  decisionId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the window opens.' })
  opensAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the window closes; the hub closes it by itself then.' })
  closesAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Published reason for a window shorter than the procedure’s minimum.' })
  shortenedReason: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of how the submissions were taken into account (意见采纳情况说明), published on close.' })
  summary: string | null;
}

@ObjectType({ implements: DecisionStage, description: 'Consultation of lower governments through a directive they acknowledge and answer with feedback.' })
export class LocalConsultationStage extends DecisionStage {
  directiveId: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When replies are due.' })
  replyBy: Date | null;
}

@ObjectType({ implements: DecisionStage, description: 'Expert consultation (专家咨询).' })
export class ExpertConsultationStage extends DecisionStage {
  @Field(() => Body, { nullable: true, description: 'The expert panel consulted.' })
  panel: Body | null;

  @Field(() => [ExpertOpinion], { description: 'The opinions.' })
  opinions: ExpertOpinion[];

  @Field(() => String, { nullable: true, description: 'SHA-256 of the panel’s report.' })
  reportHash: string | null;
}

@ObjectType({ implements: DecisionStage, description: 'Risk assessment (风险评估). HIGH and not controllable blocks adoption until the draft is revised and reassessed.' })
export class RiskAssessmentStage extends DecisionStage {
  @Field(() => Body, { nullable: true, description: 'The assessing body.' })
  assessor: Body | null;

  @Field(() => RiskRating, { nullable: true, description: 'Overall rating: the highest likelihood × impact band unless overridden with a reason.' })
  rating: RiskRating | null;

  @Field(() => String, { nullable: true, description: 'Why the rating differs from the one the dimensions give.' })
  ratingOverrideReason: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the risk is controllable with the mitigations.' })
  controllable: boolean | null;

  @Field(() => [RiskDimension], { description: 'Scored dimensions.' })
  dimensions: RiskDimension[];

  @Field(() => [String], { description: 'Mitigations.' })
  mitigations: string[];
}

@ObjectType({ implements: DecisionStage, description: 'Legality review (合法性审查) by a legal-affairs body at or above the decision maker’s government.' })
export class LegalityReviewStage extends DecisionStage {
  @Field(() => Body, { nullable: true, description: 'The reviewing legal-affairs body.' })
  reviewer: Body | null;

  @Field(() => LegalityConclusion, { nullable: true, description: 'Conclusion; null while requested.' })
  conclusion: LegalityConclusion | null;

  @Field(() => String, { nullable: true, description: 'The opinion.' })
  opinion: string | null;

  @Field(() => [String], { description: 'Laws and regulations cited.' })
  citedLaw: string[];
}

@ObjectType({ implements: DecisionStage, description: 'Collective deliberation (集体讨论决定, Popolo VoteEvent). The minutes are restricted; their hash is shown.' })
export class CollectiveDeliberationStage extends DecisionStage {
  @Field(() => String, { nullable: true, description: 'The meeting, e.g. 省政府常务会议.' })
  meetingKind: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was held.' })
  heldAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Members of the deliberating body.' })
  members: number | null;

  @Field(() => Int, { nullable: true, description: 'Members present.' })
  present: number | null;

  @Field(() => [VoteCount], { description: 'Counts per option; they add up to `present`.' })
  counts: VoteCount[];

  @Field(() => [MemberVote], { description: 'Individual votes by post, when recorded; they agree with the counts.' })
  votes: MemberVote[];

  @Field(() => DeliberationConclusion, { nullable: true, description: 'The chair’s conclusion.' })
  chairConclusion: DeliberationConclusion | null;

  @Field(() => String, { nullable: true, description: 'Why the chair concluded against the majority.' })
  chairAgainstMajorityReason: string | null;

  @Field(() => String, { nullable: true, description: 'Dissenting views recorded.' })
  dissent: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the minutes.' })
  minutesHash: string | null;
}

const STAGE_TYPES: Record<DecisionStageKind, string> = {
  LOCAL_CONSULTATION: 'LocalConsultationStage',
  PUBLIC_CONSULTATION: 'PublicConsultationStage',
  EXPERT_CONSULTATION: 'ExpertConsultationStage',
  RISK_ASSESSMENT: 'RiskAssessmentStage',
  LEGALITY_REVIEW: 'LegalityReviewStage',
  COLLECTIVE_DELIBERATION: 'CollectiveDeliberationStage',
};

// ---- arguments ---------------------------------------------------------------------------------

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only decisions of this decision maker (a body code).' })
  decisionMakerCode?: string | null;

  @Field(() => DecisionStatus, { nullable: true, description: 'Only decisions with this status.' })
  status?: DecisionStatus | null;
}

@ArgsType()
export class SubmissionsArgs extends PageArgs {
  @Field(() => SubmissionDisposition, { nullable: true, description: 'Only submissions answered with this disposition.' })
  disposition?: SubmissionDisposition | null;
}

@ArgsType()
export class SuggestionsArgs extends PageArgs {
  @Field(() => String, { description: 'Code of the body the suggestions were sent to.' })
  toBodyCode: string;
}

// ---- inputs and payloads -------------------------------------------------------------------------

@InputType({ description: 'A new reform decision, as a first draft.' })
export class DraftDecisionInput {
  @Field(() => String, { description: 'Title (2 to 300 characters).' })
  title: string;

  @Field(() => String, { description: 'The problem it addresses (问题导向).' })
  problemStatement: string;

  @Field(() => String, { description: 'The text of the first draft.' })
  text: string;

  @Field(() => DecisionClass, { description: 'Its class; with the decision maker’s level it chooses the procedure.' })
  class: DecisionClass;

  @Field(() => String, { description: 'Code of the decision maker: a government, leading group or special group at or above the drafter’s government.' })
  decisionMakerCode: string;

  @Field(() => String, { description: 'Code of the drafting body; the caller acts for it.' })
  drafterCode: string;

  @Field(() => [String], { nullable: true, description: 'Codes of departments that co-draft it, inside the decision maker’s jurisdiction.' })
  coDrafterCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The post of the responsible leader, in the decision maker’s jurisdiction.' })
  responsibleLeaderPostId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it affects lower governments (default false).' })
  affectsLowerGovernments?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is published once its consultation opens or it is adopted (default true).' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a mutation that changes a reform decision.' })
export class DecisionPayload extends MutationPayload {
  @Field(() => ReformDecision, { nullable: true, description: 'The decision as it is now; null when refused.' })
  decision?: ReformDecision | null;
}

@InputType({ description: 'A new version of a decision’s draft.' })
export class ReviseDecisionDraftInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'The full new text.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'What changed.' })
  changeNote?: string | null;
}

@InputType({ description: 'Opens the public comment window of a decision.' })
export class OpenPublicConsultationInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => GraphQLDateTime, { description: 'When the window opens (now or later).' })
  opensAt: Date;

  @Field(() => GraphQLDateTime, { description: 'When it closes: at least the procedure’s minimum days after opensAt, unless shortenedReason.' })
  closesAt: Date;

  @Field(() => String, { nullable: true, description: 'Published reason for a shorter window.' })
  shortenedReason?: string | null;
}

@InputType({ description: 'Closes the public consultation with its summary.' })
export class ClosePublicConsultationInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'How the submissions were taken into account (意见采纳情况说明), published.' })
  summary: string;
}

@InputType({ description: 'A comment from the public on a decision in consultation. Needs no token.' })
export class SubmitPublicCommentInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'The comment (1 to 5000 characters).' })
  text: string;

  @Field(() => SubmitterType, { nullable: true, description: 'Who is writing (default ANONYMOUS).' })
  submitterType?: SubmitterType | null;

  @Field(() => String, { nullable: true, description: 'A name to show (at most 100 characters).' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'How the organizer may reach you (at most 200 characters). Stored sealed; never shown by any query.' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key (from the same network address) returns the first submission instead of a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of submitPublicComment.' })
export class SubmitPublicCommentPayload extends MutationPayload {
  @Field(() => PublicSubmission, { nullable: true, description: 'The submission as received (RECEIVED until moderated); null when refused.' })
  submission?: PublicSubmission | null;
}

@InputType({ description: 'Publishes or withholds a received submission.' })
export class ModeratePublicCommentInput {
  @Field(() => ID, { description: 'The submission.' })
  submissionId: string;

  @Field(() => ModerationAction, { description: 'Publish or withhold.' })
  action: ModerationAction;

  @Field(() => String, { nullable: true, description: 'Why it is withheld (required for WITHHOLD).' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of a mutation on a public submission.' })
export class PublicSubmissionPayload extends MutationPayload {
  @Field(() => PublicSubmission, { nullable: true, description: 'The submission; null when refused.' })
  submission?: PublicSubmission | null;
}

@InputType({ description: 'The answer to a published submission.' })
export class RespondToPublicCommentInput {
  @Field(() => ID, { description: 'The submission.' })
  submissionId: string;

  @Field(() => SubmissionDisposition, { description: 'How it was taken into account.' })
  disposition: SubmissionDisposition;

  @Field(() => String, { nullable: true, description: 'The answer; required (the reason) for NOT_ADOPTED.' })
  response?: string | null;
}

@InputType({ description: 'Consults lower governments on the draft through a directive.' })
export class ConsultLocalGovernmentsInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => [String], { description: 'Codes of the governments consulted, in the caller’s subtree.' })
  bodyCodes: string[];

  @Field(() => GraphQLDateTime, { description: 'When replies (acknowledgement and feedback) are due.' })
  replyBy: Date;
}

@InputType({ description: 'Closes the local consultation once every consulted government replied.' })
export class CloseLocalConsultationInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;
}

@InputType({ description: 'One expert’s opinion.' })
export class ExpertOpinionInput {
  @Field(() => String, { description: 'Reference of the expert in the panel’s register.' })
  expertRef: string;

  @Field(() => String, { nullable: true, description: 'Affiliation.' })
  affiliation?: string | null;

  @Field(() => ExpertPosition, { description: 'Position.' })
  position: ExpertPosition;

  @Field(() => String, { description: 'The opinion.' })
  text: string;

  @Field(() => GraphQLDateTime, { description: 'When it was signed.' })
  signedAt: Date;
}

@InputType({ description: 'The outcome of an expert consultation.' })
export class RecordExpertConsultationInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'Code of the expert panel (an EXPERT_PANEL body).' })
  panelCode: string;

  @Field(() => [ExpertOpinionInput], { description: 'The opinions: at least the procedure’s minimum, from distinct experts.' })
  opinions: ExpertOpinionInput[];

  @Field(() => String, { nullable: true, description: 'SHA-256 of the report.' })
  reportHash?: string | null;
}

@InputType({ description: 'One scored dimension.' })
export class RiskDimensionInput {
  @Field(() => RiskArea, { description: 'Area.' })
  area: RiskArea;

  @Field(() => Int, { description: 'Likelihood 1–5.' })
  likelihood: number;

  @Field(() => Int, { description: 'Impact 1–5.' })
  impact: number;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
}

@InputType({ description: 'The outcome of a risk assessment of the current draft.' })
export class RecordRiskAssessmentInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'Code of the assessing body, in the decision maker’s jurisdiction or an independent third party.' })
  assessorCode: string;

  @Field(() => [RiskDimensionInput], { description: 'Scored dimensions, each area at most once.' })
  dimensions: RiskDimensionInput[];

  @Field(() => RiskRating, { nullable: true, description: 'Rating; default derived from the dimensions (highest likelihood × impact: ≥15 HIGH, ≥8 MEDIUM).' })
  rating?: RiskRating | null;

  @Field(() => String, { nullable: true, description: 'Required when the rating differs from the derived one.' })
  ratingOverrideReason?: string | null;

  @Field(() => Boolean, { description: 'Whether the risk is controllable with the mitigations.' })
  controllable: boolean;

  @Field(() => [String], { nullable: true, description: 'Mitigations.' })
  mitigations?: string[] | null;
}

@InputType({ description: 'Asks a legal-affairs body to review the current draft.' })
export class RequestLegalityReviewInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'Code of a LEGAL_AFFAIRS body of the decision maker’s government or above.' })
  reviewerCode: string;
}

@InputType({ description: 'The reviewer’s conclusion on the current draft.' })
export class RecordLegalityReviewInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => LegalityConclusion, { description: 'Conclusion.' })
  conclusion: LegalityConclusion;

  @Field(() => String, { description: 'The opinion.' })
  opinion: string;

  @Field(() => [String], { nullable: true, description: 'Laws and regulations cited.' })
  citedLaw?: string[] | null;
}

@InputType({ description: 'Votes for one option.' })
export class VoteCountInput {
  @Field(() => VoteOption, { description: 'Option.' })
  option: VoteOption;

  @Field(() => Int, { description: 'Votes.' })
  value: number;
}

@InputType({ description: 'One member’s vote, by post.' })
export class MemberVoteInput {
  @Field(() => ID, { description: 'The member’s post.' })
  postId: string;

  @Field(() => VoteOption, { description: 'The vote.' })
  option: VoteOption;
}

@InputType({ description: 'The collective deliberation of the current draft.' })
export class RecordDeliberationInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'The meeting, e.g. 省政府常务会议.' })
  meetingKind: string;

  @Field(() => GraphQLDateTime, { description: 'When it was held (not in the future).' })
  heldAt: Date;

  @Field(() => Int, { description: 'Members of the deliberating body.' })
  members: number;

  @Field(() => Int, { description: 'Members present: at least the procedure’s quorum share of members.' })
  present: number;

  @Field(() => [VoteCountInput], { description: 'Counts per option; they add up to `present`.' })
  counts: VoteCountInput[];

  @Field(() => [MemberVoteInput], { nullable: true, description: 'Individual votes; when given they must agree with the counts.' })
  votes?: MemberVoteInput[] | null;

  @Field(() => DeliberationConclusion, { description: 'The chair’s conclusion.' })
  chairConclusion: DeliberationConclusion;

  @Field(() => String, { nullable: true, description: 'Required when the chair concludes against the majority.' })
  chairAgainstMajorityReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Dissenting views.' })
  dissent?: string | null;

  @Field(() => String, { description: 'SHA-256 of the minutes.' })
  minutesHash: string;
}

@InputType({ description: 'A directive the adoption issues, from the decision maker to bodies in its own subtree.' })
export class AdoptionDirectiveInput extends DirectiveFieldsInput('decision maker') {
  @Field(() => DirectivePriority, { nullable: true, description: 'Priority; default ROUTINE.' })
  priority?: DirectivePriority | null;
}

@InputType({ description: 'Adopts a decision whose required stages are all COMPLETED on the current draft; atomically issues its directives and assigns its tasks.' })
export class AdoptDecisionInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it takes effect; default now.' })
  effectiveFrom?: Date | null;

  @Field(() => [AdoptionDirectiveInput], { nullable: true, description: 'Directives issued on adoption (at most 20), all or none.' })
  directives?: AdoptionDirectiveInput[] | null;

  @Field(() => [SubtaskInput], { nullable: true, description: 'Tasks assigned on adoption by the decision maker (at most 20), all or none; each comes from the decision (its origin).' })
  tasks?: SubtaskInput[] | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of adopting twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: '再决策: a new draft that supersedes a decision because of feedback, a supervision finding or an evaluation.' })
export class ReconsiderDecisionInput {
  @Field(() => ID, { description: 'The decision reconsidered (adopted, rejected or in procedure).' })
  decisionId: string;

  @Field(() => ID, { description: 'What caused it: a Feedback addressed to the decision maker or drafter, a Finding or a FINAL/PUBLISHED Evaluation the decision maker may read.' })
  becauseId: string;

  @Field(() => String, { description: 'Why.' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'The text of the new draft; default the current text.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Withdraws a decision before adoption.' })
export class WithdrawDecisionInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@InputType({ description: 'A law or regulation the decision needs changed.' })
export class AddLegislativeDependencyInput {
  @Field(() => ID, { description: 'The decision.' })
  decisionId: string;

  @Field(() => String, { description: 'The law or regulation.' })
  instrument: string;

  @Field(() => String, { description: 'The change needed.' })
  change: string;

  @Field(() => String, { description: 'Code of the owner: a LEGAL_AFFAIRS body.' })
  ownerCode: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is needed.' })
  neededBy?: Date | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A new status of a legislative dependency.' })
export class UpdateLegislativeDependencyInput {
  @Field(() => ID, { description: 'The dependency.' })
  dependencyId: string;

  @Field(() => LegislativeStatus, { description: 'The new status.' })
  status: LegislativeStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'A new date it is needed by.' })
  neededBy?: Date | null;
}

@ObjectType({ description: 'Result of a mutation on a legislative dependency.' })
export class LegislativeDependencyPayload extends MutationPayload {
  @Field(() => LegislativeDependency, { nullable: true, description: 'The dependency; null when refused.' })
  dependency?: LegislativeDependency | null;
}

@InputType({ description: 'A suggestion from the public to a body (改革建议). Needs no token.' })
export class SubmitSuggestionInput {
  @Field(() => String, { description: 'Code of the body it is for.' })
  toBodyCode: string;

  @Field(() => String, { description: 'Topic (2 to 200 characters).' })
  topic: string;

  @Field(() => String, { description: 'The suggestion (1 to 5000 characters).' })
  text: string;

  @Field(() => SubmitterType, { nullable: true, description: 'Who is writing (default ANONYMOUS).' })
  submitterType?: SubmitterType | null;

  @Field(() => String, { nullable: true, description: 'A name to show.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'How the body may reach you; stored sealed, never shown by any query.' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key (from the same network address) returns the first suggestion instead of a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a mutation on a suggestion.' })
export class SuggestionPayload extends MutationPayload {
  @Field(() => Suggestion, { nullable: true, description: 'The suggestion; null when refused.' })
  suggestion?: Suggestion | null;
}

@InputType({ description: 'A deputy’s suggestion handed to the body, with its statutory answer deadline.' })
export class RegisterDeputySuggestionInput {
  @Field(() => String, { description: 'Code of the body that must answer, in the caller’s jurisdiction.' })
  toBodyCode: string;

  @Field(() => String, { description: 'The deputy (as they are published).' })
  deputyName: string;

  @Field(() => String, { description: 'Topic.' })
  topic: string;

  @Field(() => String, { description: 'The suggestion.' })
  text: string;

  @Field(() => GraphQLDateTime, { description: 'Statutory answer deadline, in the future.' })
  answerDueAt: Date;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Publishes or withholds a received suggestion.' })
export class ModerateSuggestionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  suggestionId: string;

  @Field(() => ModerationAction, { description: 'Publish or withhold.' })
  action: ModerationAction;

  @Field(() => String, { nullable: true, description: 'Why it is withheld (required for WITHHOLD).' })
  reason?: string | null;
}

@InputType({ description: 'The body’s answer to a suggestion.' })
export class AnswerSuggestionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  suggestionId: string;

  @Field(() => String, { description: 'The answer (public with the suggestion).' })
  answer: string;
}

@InputType({ description: 'Refers a suggestion to a reform decision it bears on.' })
export class ReferSuggestionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  suggestionId: string;

  @Field(() => ID, { description: 'The decision, in the body’s jurisdiction (tasks join when that domain exists).' })
  toDecisionId: string;
}

