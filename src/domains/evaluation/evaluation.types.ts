import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { DecimalScalar, PercentageScalar } from '../../platform/graphql/scalars';
import { Evaluation, Indicator, IndicatorSystem, Observation } from './evaluation.entities';
import { Direction, HubMetric, IndicatorSource } from './evaluation.enums';

export const EvaluationConnection = Connection(Evaluation);

@ObjectType({ description: 'One weighted indicator of an evaluation: its input, score and contribution to the total.' })
export class ScoreComponent {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator: Indicator;

  @Field(() => PercentageScalar, { description: 'Its weight in the system.' })
  weight: bigint;

  @Field(() => DecimalScalar, { description: 'The value scored: a verified observation, or the hub’s computed figure.' })
  value: bigint;

  @Field(() => DecimalScalar, { description: 'clamp((value − baseline) ÷ (target − baseline), 0, 1) × 100 (inverted for LOWER_IS_BETTER), rounded half up to 4 decimals.' })
  score: bigint;

  @Field(() => DecimalScalar, { description: 'score × weight ÷ 100, rounded half up to 4 decimals; the total is their exact sum.' })
  contribution: bigint;

  @Field(() => String, { description: 'Where the value came from: `observation:<id>`, or `hub:<METRIC>:<on time>/<due>` (with `:tolerated=<n>` when late items covered by a TOLERATED fault-tolerance case were left out).' })
  source: string;

  @Field(() => Observation, { nullable: true, description: 'The observation scored, when the value came from one the caller may read.' })
  observation: Observation | null;
}

@InputType({ description: 'A new indicator.' })
export class DefineIndicatorInput {
  @Field(() => String, { description: 'Unique code.' })
  code: string;

  @Field(() => String, { description: 'What is measured.' })
  title: string;

  @Field(() => String, { description: 'Unit of the values.' })
  unit: string;

  @Field(() => IndicatorSource, { description: 'Where the values come from.' })
  source: IndicatorSource;

  @Field(() => Direction, { description: 'Which way it improves.' })
  direction: Direction;

  @Field(() => HubMetric, { nullable: true, description: 'Let the hub compute the values from its records (OBJECTIVE, no data owner).' })
  hubMetric?: HubMetric | null;

  @Field(() => String, { nullable: true, description: 'Code of the body that reports the values (a body in the caller’s jurisdiction).' })
  dataOwnerCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'For SATISFACTION_SURVEY indicators: the least responses a survey needs (default 400).' })
  minSampleSize?: number | null;

  @Field(() => DecimalScalar, { description: 'The value scoring 0.' })
  baseline: bigint;

  @Field(() => DecimalScalar, { description: 'The value scoring 100.' })
  target: bigint;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of defining twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of defineIndicator.' })
export class DefineIndicatorPayload extends MutationPayload {
  @Field(() => Indicator, { nullable: true, description: 'The indicator; null when refused.' })
  indicator?: Indicator | null;
}

@InputType({ description: 'An indicator and its weight.' })
export class IndicatorWeightInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId: string;

  @Field(() => PercentageScalar, { description: 'Its weight (all weights sum to exactly 100.00).' })
  weight: bigint;
}

@InputType({ description: 'A new version of the caller’s indicator system for a year.' })
export class DefineIndicatorSystemInput {
  @Field(() => String, { description: 'Code shared by the versions.' })
  code: string;

  @Field(() => Int, { description: 'The year evaluated.' })
  year: number;

  @Field(() => [IndicatorWeightInput], { description: 'The weighted indicators (1–50), summing to exactly 100.00.' })
  weights: IndicatorWeightInput[];

  @Field(() => PercentageScalar, { description: 'The least weight OBJECTIVE indicators must carry.' })
  minObjectiveShare: bigint;

  @Field(() => Int, { description: 'Days an evaluated body has to challenge a computed evaluation (0–60).' })
  challengeDays: number;

  @Field(() => Boolean, { description: 'Whether the public may read the system.' })
  public: boolean;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of defining twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of defineIndicatorSystem.' })
export class DefineIndicatorSystemPayload extends MutationPayload {
  @Field(() => IndicatorSystem, { nullable: true, description: 'The system; null when refused.' })
  indicatorSystem?: IndicatorSystem | null;
}

@InputType({ description: 'A value of an indicator for a body and period.' })
export class ReportObservationInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId: string;

  @Field(() => String, { description: 'The observed body.' })
  bodyCode: string;

  @Field(() => String, { description: 'The period: `2026`, `2026-H1`, `2026-Q3` or `2026-07`.' })
  period: string;

  @Field(() => DecimalScalar, { description: 'The value.' })
  value: bigint;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the source data.' })
  sourceHash?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of reporting twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of reportObservation, verifyObservation and disputeObservation.' })
export class ObservationPayload extends MutationPayload {
  @Field(() => Observation, { nullable: true, description: 'The observation; null when refused.' })
  observation?: Observation | null;
}

@InputType({ description: 'Verification of an observation.' })
export class VerifyObservationInput {
  @Field(() => ID, { description: 'The observation.' })
  observationId: string;
}

@InputType({ description: 'A dispute of an observation.' })
export class DisputeObservationInput {
  @Field(() => ID, { description: 'The observation.' })
  observationId: string;

  @Field(() => String, { description: 'Why the value is wrong.' })
  reason: string;
}

@InputType({ description: 'Scoring of bodies under a system for a period.' })
export class ComputeEvaluationInput {
  @Field(() => ID, { description: 'The indicator system (the caller owns it).' })
  systemId: string;

  @Field(() => String, { description: 'The period, within the system’s year.' })
  period: string;

  @Field(() => [String], { description: 'Codes of the bodies evaluated (1–400), strictly inside the owner’s jurisdiction.' })
  subjectCodes: string[];

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of scoring twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of computeEvaluation.' })
export class ComputeEvaluationPayload extends MutationPayload {
  @Field(() => [Evaluation], { nullable: true, description: 'One new evaluation version per subject, in body-code order; null when refused.' })
  evaluations?: Evaluation[] | null;
}

@InputType({ description: 'The evaluated body’s challenge.' })
export class ChallengeEvaluationInput {
  @Field(() => ID, { description: 'The evaluation.' })
  evaluationId: string;

  @Field(() => String, { description: 'Grounds of the challenge.' })
  grounds: string;
}

@InputType({ description: 'Making an evaluation final.' })
export class FinalizeEvaluationInput {
  @Field(() => ID, { description: 'The evaluation.' })
  evaluationId: string;

  @Field(() => String, { nullable: true, description: 'The answer to a challenge (required when CHALLENGED).' })
  challengeResponse?: string | null;
}

@InputType({ description: 'Publishing a final evaluation.' })
export class PublishEvaluationInput {
  @Field(() => ID, { description: 'The evaluation.' })
  evaluationId: string;
}

@ObjectType({ description: 'Result of challengeEvaluation, finalizeEvaluation and publishEvaluation.' })
export class EvaluationPayload extends MutationPayload {
  @Field(() => Evaluation, { nullable: true, description: 'The evaluation; null when refused.' })
  evaluation?: Evaluation | null;
}

@InputType({ description: 'A satisfaction survey’s aggregates for a body and period.' })
export class RecordSurveyResultsInput {
  @Field(() => ID, { description: 'The SATISFACTION_SURVEY indicator (the caller is its data owner).' })
  indicatorId: string;

  @Field(() => String, { description: 'The body surveyed about.' })
  bodyCode: string;

  @Field(() => String, { description: 'The period.' })
  period: string;

  @Field(() => String, { description: 'What was asked.' })
  title: string;

  @Field(() => String, { description: 'Who was asked.' })
  population: string;

  @Field(() => [Int], { description: 'Responses per answer: 非常满意, 满意, 一般, 不满意, 非常不满意 (five counts).' })
  distribution: number[];

  @Field(() => String, { description: 'Hex SHA-256 of the methodology.' })
  methodologyHash: string;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of recording twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An independent assessment of a body for a period.' })
export class RecordThirdPartyAssessmentInput {
  @Field(() => ID, { description: 'The THIRD_PARTY indicator.' })
  indicatorId: string;

  @Field(() => String, { description: 'The body assessed.' })
  bodyCode: string;

  @Field(() => String, { description: 'The period.' })
  period: string;

  @Field(() => String, { description: 'The assessor: a THIRD_PARTY body outside the subject’s subtree and the caller’s jurisdiction.' })
  assessorCode: string;

  @Field(() => DecimalScalar, { description: 'The assessor’s score.' })
  value: bigint;

  @Field(() => String, { description: 'Hex SHA-256 of the assessment report.' })
  reportHash: string;

  @Field(() => Int, { nullable: true, description: `Days the draft stays open for the assessed body’s comment (1–60, default ${14}); the observation is verified only after.` })
  commentDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of recording twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The assessed body’s comment on a third-party assessment draft.' })
export class CommentOnAssessmentDraftInput {
  @Field(() => ID, { description: 'The observation the assessment stands behind.' })
  observationId: string;

  @Field(() => String, { description: 'The comment.' })
  response: string;
}
