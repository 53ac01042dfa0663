import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { Directive } from '../channels/channel.entities';
import { Power } from '../powers/power.entities';
import { ReformDecision } from '../decisions/decision.entities';
import { DecisionStageKind } from '../decisions/decision.enums';
import { ToleranceCase, ToleranceSignature } from './tolerance.entities';
import { ProhibitionDistinction, PurposeDistinction, ToleranceExclusion, ToleranceOutcome, TrialDistinction } from './tolerance.enums';

export const ToleranceCaseConnection = Connection(ToleranceCase);

@ObjectType({ description: 'A prohibiting directive the subject body received before the act (hub-found evidence).' })
export class PriorProhibition {
  @Field(() => Directive, { description: 'The directive.' })
  directive: Directive;

  @Field(() => GraphQLDateTime, { description: 'When it reached the subject body.' })
  receivedAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the subject body acknowledged it; null if never.' })
  acknowledgedAt: Date | null;

  @Field(() => Boolean, { description: 'Acknowledged before the act: the body knew of the prohibition when it acted.' })
  acknowledgedBeforeAct: boolean;

  @Field(() => [String], { description: 'The case keywords its `prohibits` keywords matched.' })
  matchedKeywords: string[];

  @Field(() => Boolean, { description: 'Linked to the case explicitly by the deciders.' })
  linked: boolean;
}

@ObjectType({ description: 'Hub-derived evidence about the authority and procedure behind the act: the power held, the linked decision’s stages.' })
export class ProcedureEvidence {
  @Field(() => Power, { nullable: true, description: 'The power the subject exercised, when the case names one.' })
  power: Power | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the subject held that power when it acted (defined by it, or delegated to it and in force); null when no power is named.' })
  withinDelegatedPower: boolean | null;

  @Field(() => ReformDecision, { nullable: true, description: 'The decision under which the act was taken, when linked and readable by the caller.' })
  decision: ReformDecision | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether every stage its procedure requires is COMPLETED on the current text; null without a linked decision the caller may read.' })
  followedProcedure: boolean | null;

  @Field(() => [DecisionStageKind], { description: 'Required stages not COMPLETED (missing or STALE); empty without a linked decision the caller may read.' })
  missingStages: DecisionStageKind[];

  @Field(() => Boolean, { nullable: true, description: 'Whether a risk assessment (风险评估) was completed; null without a linked decision the caller may read.' })
  riskAssessed: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it was collectively deliberated (集体决策); null without a linked decision the caller may read.' })
  collectivelyDecided: boolean | null;
}

@ObjectType({ description: 'The co-signed decision of a tolerance case.' })
export class ToleranceDecision {
  @Field(() => ToleranceOutcome, { description: 'The decided outcome.' })
  outcome: ToleranceOutcome;

  @Field(() => Boolean, { description: 'Whether it departs from the derived outcome (then `reason` says why).' })
  deviatesFromDerived: boolean;

  @Field(() => String, { nullable: true, description: 'The deciders’ reasons.' })
  reason: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the second co-signature completed it.' })
  decidedAt: Date;

  @Field(() => GraphQLDateTime, { description: 'The subject body may appeal until then.' })
  appealBy: Date;
}

@InputType({ description: 'Opens a tolerance case.' })
export class ApplyForToleranceInput {
  @Field(() => String, { nullable: true, description: 'The body whose act is judged; default the caller’s body.' })
  subjectBodyCode?: string | null;

  @Field(() => String, { description: 'The act under judgement.' })
  matter: string;

  @Field(() => GraphQLDateTime, { description: 'When the act took place (in the past).' })
  actAt: Date;

  @Field(() => [String], { nullable: true, description: 'Keywords of the matter (at most 20), matched against directives’ `prohibits`.' })
  keywords?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Code of the power the subject exercised, to check it was held.' })
  powerCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision under which the act was taken: its procedure becomes evidence.' })
  decisionId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Supervision findings about the subject body that the case covers (at most 20): when it is decided TOLERATED, evaluation does not score them against the body.' })
  findingIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of opening twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of applyForTolerance.' })
export class ApplyForTolerancePayload extends MutationPayload {
  @Field(() => ToleranceCase, { nullable: true, description: 'The case; null when refused.' })
  toleranceCase?: ToleranceCase | null;
}

@InputType({ description: 'The deciders’ findings on the three distinctions.' })
export class RecordToleranceFactsInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => TrialDistinction, { description: 'First distinction.' })
  trial: TrialDistinction;

  @Field(() => String, { nullable: true, description: 'Facts behind it (required unless UNDETERMINED).' })
  trialFacts?: string | null;

  @Field(() => ProhibitionDistinction, { description: 'Second distinction.' })
  prohibition: ProhibitionDistinction;

  @Field(() => String, { nullable: true, description: 'Facts behind it (required unless UNDETERMINED).' })
  prohibitionFacts?: string | null;

  @Field(() => String, { nullable: true, description: 'Why an acknowledged prohibition on record did not apply; required for EXPLORATORY_NOT_PROHIBITED while one is on record.' })
  prohibitionOverrideReason?: string | null;

  @Field(() => PurposeDistinction, { description: 'Third distinction.' })
  purpose: PurposeDistinction;

  @Field(() => String, { nullable: true, description: 'Facts behind it (required unless UNDETERMINED).' })
  purposeFacts?: string | null;

  @Field(() => Boolean, { description: 'Whether losses were actively remedied.' })
  mitigationTaken: boolean;

  @Field(() => [ToleranceExclusion], { nullable: true, description: 'Exclusions that apply.' })
  exclusions?: ToleranceExclusion[] | null;

  @Field(() => [ID], { nullable: true, description: 'Directives the subject received before the act that prohibit the matter, linked explicitly (replaces earlier links).' })
  linkedProhibitionIds?: string[] | null;
}

@ObjectType({ description: 'Result of recordToleranceFacts.' })
export class RecordToleranceFactsPayload extends MutationPayload {
  @Field(() => ToleranceCase, { nullable: true, description: 'The case with the new facts and derivation.' })
  toleranceCase?: ToleranceCase | null;
}

@InputType({ description: 'One decider’s co-signature.' })
export class SignToleranceDecisionInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => ToleranceOutcome, { description: 'The outcome signed; both co-signatures must agree.' })
  outcome: ToleranceOutcome;

  @Field(() => String, { nullable: true, description: 'Reason; required when the outcome departs from the derived one.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of signToleranceDecision.' })
export class SignToleranceDecisionPayload extends MutationPayload {
  @Field(() => ToleranceCase, { nullable: true, description: 'The case; decided after the second co-signature.' })
  toleranceCase?: ToleranceCase | null;
}

@InputType({ description: 'The subject body’s appeal of a decision.' })
export class AppealToleranceDecisionInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'Grounds of appeal.' })
  grounds: string;
}

@ObjectType({ description: 'Result of appealToleranceDecision.' })
export class AppealToleranceDecisionPayload extends MutationPayload {
  @Field(() => ToleranceCase, { nullable: true, description: 'The appealed case.' })
  toleranceCase?: ToleranceCase | null;
}

export { ToleranceSignature };
