import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { DecimalScalar, PercentageScalar } from '../../platform/graphql/scalars';
import { Level } from '../bodies/body.enums';
import { DecisionStatus, SuggestionStatus } from '../decisions/decision.enums';
import { PilotStatus, PilotVerdict } from '../pilots/pilot.enums';
import { TaskStatus } from '../tasks/task.enums';
import { Publication } from './transparency.entities';
import { PublicChangeKind } from './transparency.enums';

// The public's projections (CHAIN §3.7): separate types holding only what may be public, so no
// internal field can be reached through nesting. Row ids the resolvers need stay off the schema.
// The closed never-public list is enforced here by absence; tests walk these types.

@ObjectType('PublicBody', { description: 'A body as the public sees it: code, name, level.' })
export class PublicBody {
  @Field(() => ID, { description: 'Global id of the body.' })
  id: string;

  @Field(() => String, { description: 'Stable code, e.g. 330000.' })
  code: string;

  @Field(() => String, { description: 'Official name.' })
  name: string;

  @Field(() => Level, { description: 'Level of government.' })
  level: Level;
}

@ObjectType('PublicDecision', { description: 'A published reform decision: what was decided, by whom, when. No drafts, minutes, votes or risk notes.' })
export class PublicDecision {
  @Field(() => ID, { description: 'Global id of the decision.' })
  id: string;

  @Field(() => String, { description: 'Reference number.' })
  reference: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'The problem it addresses (问题导向).' })
  problemStatement: string;

  @Field(() => DecisionStatus, { description: 'Where it stands.' })
  status: DecisionStatus;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  publishedAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was adopted.' })
  adoptedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it takes effect.' })
  effectiveFrom: Date | null;

  decisionMakerId: string;
}

@ObjectType('PublicConsultation', { description: 'The public comment window of a published decision.' })
export class PublicConsultation {
  @Field(() => PublicDecision, { description: 'The decision consulted on.' })
  decision: PublicDecision;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the window opened.' })
  opensAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the window closes.' })
  closesAt: Date | null;

  @Field(() => Boolean, { description: 'Whether comments are accepted now.' })
  open: boolean;
}

@ObjectType('PublicTask', { description: 'A published reform task: target, executor, deadline, progress, status. No reports, no problems text.' })
export class PublicTask {
  @Field(() => ID, { description: 'Global id of the task.' })
  id: string;

  @Field(() => String, { description: 'Task code.' })
  code: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'The target (目标).' })
  target: string;

  @Field(() => Int, { description: 'The year the task belongs to.' })
  year: number;

  @Field(() => GraphQLDateTime, { description: 'The deadline.' })
  deadline: Date;

  @Field(() => PercentageScalar, { description: 'Progress.' })
  progress: number;

  @Field(() => TaskStatus, { description: 'Where it stands.' })
  status: TaskStatus;

  @Field(() => Boolean, { description: 'Past its deadline while still open (derived at read time).' })
  overdue: boolean;

  executorId: string;
  assignedById: string;
}

@ObjectType('PublicAnnualTaskListItem', { description: 'One ranked item of a published annual list.' })
export class PublicAnnualTaskListItem {
  @Field(() => Int, { description: 'Rank, 1 first.' })
  rank: number;

  @Field(() => String, { description: 'The task’s title when the list was published.' })
  title: string;

  @Field(() => Boolean, { description: 'Marked as a key item (重点).' })
  highlight: boolean;

  responsibleLeaderId: string;
}

@ObjectType('PublicAnnualTaskList', { description: 'A published annual list of major reform tasks (年度重大改革任务清单).' })
export class PublicAnnualTaskList {
  @Field(() => ID, { description: 'Global id of the list.' })
  id: string;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  publishedAt: Date;

  bodyId: string;
  rowId: string;
}

@ObjectType('PublicEvaluation', { description: 'A published evaluation: the body, the system, the exact total and the rank. No observation or survey micro-data.' })
export class PublicEvaluation {
  @Field(() => ID, { description: 'Global id of the evaluation.' })
  id: string;

  @Field(() => String, { description: 'The period evaluated.' })
  period: string;

  @Field(() => Int, { description: 'Version (a correction is a new version).' })
  version: number;

  @Field(() => DecimalScalar, { description: 'The total score, exact.' })
  total: bigint;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  publishedAt: Date;

  rowId: string;
  bodyId: string;
  systemId: string;
}

@ObjectType('PublicSuggestion', { description: 'A published suggestion and the body’s answer. Never the submitter’s name, contact or address.' })
export class PublicSuggestion {
  @Field(() => ID, { description: 'Global id of the suggestion.' })
  id: string;

  @Field(() => String, { description: 'Topic.' })
  topic: string;

  @Field(() => String, { description: 'The suggestion as published.' })
  text: string;

  @Field(() => SuggestionStatus, { description: 'Where it stands.' })
  status: SuggestionStatus;

  @Field(() => GraphQLDateTime, { description: 'When it was received.' })
  submittedAt: Date;

  @Field(() => String, { nullable: true, description: 'The body’s answer.' })
  answer: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was answered.' })
  answeredAt: Date | null;

  toBodyId: string;
}

@ObjectType('PublicTombstone', { description: 'What remains public of a withdrawn object: its title, the reason and when (like a withdrawn regulations.gov document).' })
export class PublicTombstone {
  @Field(() => ID, { description: 'Global id of the withdrawn object.' })
  id: string;

  @Field(() => String, { description: 'Its type, e.g. ReformTask.' })
  subjectType: string;

  @Field(() => String, { description: 'Its title when it was withdrawn.' })
  title: string;

  @Field(() => Boolean, { description: 'Always true: the object was withdrawn.' })
  withdrawn: boolean;

  @Field(() => String, { description: 'Why it was withdrawn.' })
  reason: string;

  @Field(() => GraphQLDateTime, { description: 'When it was withdrawn.' })
  withdrawnAt: Date;

  bodyId: string;
}

@ObjectType('PublicChange', { description: 'One publication or withdrawal, in commit order: what polling clients read.' })
export class PublicChange {
  @Field(() => PublicChangeKind, { description: 'What happened.' })
  kind: PublicChangeKind;

  @Field(() => ID, { description: 'Global id of the object (read it through the public queries; a withdrawn one is gone).' })
  subjectId: string;

  @Field(() => String, { description: 'Its type, e.g. ReformDecision.' })
  subjectType: string;

  @Field(() => String, { description: 'Its title at the time of the change.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn; null for a publication.' })
  reason: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  at: Date;

  bodyId: string;
}

@ObjectType('PublicPilotSite', { description: 'A site of a published pilot: the body, what it tries and the rules it may deviate from with their legal basis (public law). Never its progress reports.' })
export class PublicPilotSite {
  @Field(() => String, { description: 'What the site tries.' })
  scope: string;

  @Field(() => [String], { description: 'Rules the site may deviate from for the pilot.' })
  authorizedDeviations: string[];

  @Field(() => String, { nullable: true, description: 'The legal basis of the deviations.' })
  legalBasisForDeviation: string | null;

  bodyId: string;
}

@ObjectType('PublicReplicableExperience', { description: 'A replicable experience (可复制可推广的经验) drawn from a published pilot.' })
export class PublicReplicableExperience {
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'What was learned and how to replicate it.' })
  description: string;
}

@ObjectType('PublicPilot', { description: 'A published pilot (试点): hypothesis, sponsor, sites, period, status and verdict. No progress reports, criteria internals or overlaps.' })
export class PublicPilot {
  @Field(() => ID, { description: 'Global id of the pilot.' })
  id: string;

  @Field(() => String, { description: 'Pilot code.' })
  code: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'The reform field.' })
  field: string;

  @Field(() => String, { description: 'What is being tried, and what should follow.' })
  hypothesis: string;

  @Field(() => GraphQLDateTime, { description: 'When the pilot period starts.' })
  startsAt: Date;

  @Field(() => GraphQLDateTime, { description: 'When the pilot period ends.' })
  endsAt: Date;

  @Field(() => PilotStatus, { description: 'Where it stands.' })
  status: PilotStatus;

  @Field(() => PilotVerdict, { nullable: true, description: 'The sponsor’s verdict, once recorded.' })
  verdict: PilotVerdict | null;

  @Field(() => String, { nullable: true, description: 'Why the verdict.' })
  verdictReason: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  publishedAt: Date;

  rowId: string;
  sponsorId: string;
}

export const PublicDecisionConnection = Connection(PublicDecision);
export const PublicPilotConnection = Connection(PublicPilot);
export const PublicConsultationConnection = Connection(PublicConsultation);
export const PublicTaskConnection = Connection(PublicTask);
export const PublicEvaluationConnection = Connection(PublicEvaluation);
export const PublicSuggestionConnection = Connection(PublicSuggestion);
export const PublicTombstoneConnection = Connection(PublicTombstone);
export const PublicChangeConnection = Connection(PublicChange);

@ArgsType()
export class PublicDecisionsArgs extends PageArgs {
  @Field(() => Level, { nullable: true, description: 'Only decisions of bodies of this level.' })
  level?: Level | null;

  @Field(() => DecisionStatus, { nullable: true, description: 'Only decisions in this status.' })
  status?: DecisionStatus | null;
}

@ArgsType()
export class PublicConsultationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only open (true) or closed (false) windows.' })
  open?: boolean | null;
}

@ArgsType()
export class PublicTasksArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only tasks executed inside this body’s subtree.' })
  bodyCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only tasks of this year.' })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue (true) or not overdue (false) tasks.' })
  overdue?: boolean | null;
}

@ArgsType()
export class PublicPilotsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only pilots sponsored by this body.' })
  sponsorCode?: string | null;

  @Field(() => PilotStatus, { nullable: true, description: 'Only pilots in this status.' })
  status?: PilotStatus | null;

  @Field(() => String, { nullable: true, description: 'Only pilots of this reform field.' })
  field?: string | null;
}

@ArgsType()
export class PublicEvaluationsArgs extends PageArgs {
  @Field(() => Int, { description: 'The year evaluated.' })
  year: number;

  @Field(() => Level, { nullable: true, description: 'Only evaluations of bodies of this level.' })
  level?: Level | null;
}

@ArgsType()
export class PublicSuggestionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only suggestions to this body.' })
  bodyCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only answered (true) or unanswered (false) ones.' })
  answered?: boolean | null;
}

@InputType({ description: 'A publishable object (ReformDecision, ReformTask, AnnualTaskList, Directive, Evaluation, Suggestion, Pilot).' })
export class PublicationTargetInput {
  @Field(() => ID, { description: 'Global id of the object.' })
  id: string;
}

@InputType({ description: 'A published object and why it is withdrawn.' })
export class WithdrawPublicationInput {
  @Field(() => ID, { description: 'Global id of the object.' })
  id: string;

  @Field(() => String, { description: 'Why (2–1000 characters); public, on the tombstone.' })
  reason: string;
}

@ObjectType({ description: 'Result of a publication mutation.' })
export class PublicationPayload extends MutationPayload {
  @Field(() => Publication, { nullable: true, description: 'The publication state after the change; null when refused.' })
  publication?: Publication | null;
}
