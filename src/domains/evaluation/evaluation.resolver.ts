import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently, runIdempotentMutation } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { Evaluation, Indicator, IndicatorSystem, IndicatorWeight, Observation, SatisfactionSurvey, ThirdPartyAssessment } from './evaluation.entities';
import * as evaluation from './evaluation.service';
import { parseDecimal } from './evaluation.scoring';
import {
  ChallengeEvaluationInput,
  CommentOnAssessmentDraftInput,
  ComputeEvaluationInput,
  ComputeEvaluationPayload,
  DefineIndicatorInput,
  DefineIndicatorPayload,
  DefineIndicatorSystemInput,
  DefineIndicatorSystemPayload,
  DisputeObservationInput,
  EvaluationConnection,
  EvaluationPayload,
  FinalizeEvaluationInput,
  ObservationPayload,
  PublishEvaluationInput,
  RecordSurveyResultsInput,
  RecordThirdPartyAssessmentInput,
  ReportObservationInput,
  ScoreComponent,
  VerifyObservationInput,
} from './evaluation.types';

@ArgsType()
class EvaluationsArgs extends PageArgs {
  @Field(() => ID, { description: 'The indicator system.' })
  systemId: string;

  @Field(() => String, { description: 'The period.' })
  period: string;
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The body that reports the values; null for hub-computed indicators.' })
  async dataOwner(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return i.dataOwnerId ? findBodyById(ctx, i.dataOwnerId) : null;
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DefineIndicatorPayload, { description: 'Defines an indicator (OFFICER or LEAD); its data owner lies in the caller’s jurisdiction.' })
  defineIndicator(@Arg('input', () => DefineIndicatorInput, { description: 'The indicator.' }) input: DefineIndicatorInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'defineIndicator', input, 'indicator', (tx) => evaluation.defineIndicator(tx, input), (tx, id) => evaluation.indicatorById(tx).load(id));
  }
}

@Resolver(() => IndicatorSystem)
export class IndicatorSystemResolver {
  @FieldResolver(() => Body, { description: 'The body whose system it is.' })
  async owner(@Root() s: IndicatorSystem, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, s.ownerId))!;
  }

  @FieldResolver(() => [IndicatorWeight], { description: 'The weighted indicators.' })
  weights(@Root() s: IndicatorSystem, @Ctx() ctx: RequestContext): Promise<IndicatorWeight[]> {
    return evaluation.weightsOf(ctx).load(s.rowId);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DefineIndicatorSystemPayload, { description: 'Defines a new version of the caller’s indicator system for a year (LEAD): weights sum to exactly 100.00 (WEIGHTS_MUST_SUM_100) and OBJECTIVE indicators weigh at least the minimum (OBJECTIVE_SHARE_TOO_LOW).' })
  defineIndicatorSystem(@Arg('input', () => DefineIndicatorSystemInput, { description: 'The system.' }) input: DefineIndicatorSystemInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'defineIndicatorSystem',
      input,
      async (tx) => {
        const indicatorSystem = await evaluation.defineIndicatorSystem(tx, {
          ...input,
          weights: input.weights.map((w) => ({ indicatorId: w.indicatorId, weight: Number(w.weight) })),
          minObjectiveShare: Number(input.minObjectiveShare),
        });
        return { result: { indicatorSystem }, id: indicatorSystem.rowId };
      },
      async (tx, id) => ({ indicatorSystem: await evaluation.systemById(tx).load(id) }),
    );
  }
}

@Resolver(() => IndicatorWeight)
export class IndicatorWeightResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  async indicator(@Root() w: IndicatorWeight, @Ctx() ctx: RequestContext): Promise<Indicator> {
    return (await evaluation.indicatorById(ctx).load(w.indicatorId))!;
  }
}

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator observed.' })
  async indicator(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<Indicator> {
    return (await evaluation.indicatorById(ctx).load(o.indicatorId))!;
  }

  @FieldResolver(() => Body, { description: 'The observed body.' })
  async body(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, o.bodyId))!;
  }

  @FieldResolver(() => Body, { description: 'The body that reported the value.' })
  async reportedBy(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, o.reportedById))!;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that verified it.' })
  async verifiedBy(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return o.verifiedById ? findBodyById(ctx, o.verifiedById) : null;
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'Reports a value (the indicator’s data owner, or the observed body itself — flagged); reporting again replaces an unverified value.' })
  reportObservation(@Arg('input', () => ReportObservationInput, { description: 'The value.' }) input: ReportObservationInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'reportObservation', input, 'observation', (tx) => evaluation.reportObservation(tx, input), (tx, id) => evaluation.observationById(tx).load(id));
  }

  @FieldResolver(() => SatisfactionSurvey, { nullable: true, description: 'The survey behind the value, when it came from one.' })
  survey(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<SatisfactionSurvey | null> {
    return evaluation.surveyOf(ctx).load(o.rowId);
  }

  @FieldResolver(() => ThirdPartyAssessment, { nullable: true, description: 'The third-party assessment behind the value, when it came from one.' })
  assessment(@Root() o: Observation, @Ctx() ctx: RequestContext): Promise<ThirdPartyAssessment | null> {
    return evaluation.assessmentOf(ctx).load(o.rowId);
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'Records a satisfaction survey’s aggregates (the indicator’s data owner); the satisfied share becomes the body’s observation, to be verified. Fewer responses than the minimum: SAMPLE_TOO_SMALL.' })
  recordSurveyResults(@Arg('input', () => RecordSurveyResultsInput, { description: 'The results.' }) input: RecordSurveyResultsInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'recordSurveyResults',
      input,
      async (tx) => {
        const survey = await evaluation.recordSurveyResults(tx, input);
        return { result: { observation: await evaluation.observationById(tx).load(survey.observationId) }, id: survey.observationId };
      },
      async (tx, id) => ({ observation: await evaluation.observationById(tx).load(id) }),
    );
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'Records an independent assessment commissioned by the caller (whose jurisdiction covers the subject); the assessor must be independent (ASSESSOR_NOT_INDEPENDENT). The score becomes an observation reported by the assessor: a draft published for comment for `commentDays`, verified (made final) only after the window (COMMENT_WINDOW_OPEN).' })
  recordThirdPartyAssessment(@Arg('input', () => RecordThirdPartyAssessmentInput, { description: 'The assessment.' }) input: RecordThirdPartyAssessmentInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'recordThirdPartyAssessment',
      input,
      async (tx) => {
        const a = await evaluation.recordThirdPartyAssessment(tx, input);
        return { result: { observation: await evaluation.observationById(tx).load(a.observationId) }, id: a.observationId };
      },
      async (tx, id) => ({ observation: await evaluation.observationById(tx).load(id) }),
    );
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'The assessed body comments on a third-party assessment draft while its comment window is open (once).' })
  commentOnAssessmentDraft(@Arg('input', () => CommentOnAssessmentDraftInput, { description: 'The comment.' }) input: CommentOnAssessmentDraftInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ observation: await evaluation.commentOnAssessmentDraft(tx, input.observationId, input.response) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'Verifies a reported value: a body whose jurisdiction covers the observed one, never the reporter or the observed body (SELF_VERIFICATION); a third-party assessment only after its comment window (COMMENT_WINDOW_OPEN).' })
  verifyObservation(@Arg('input', () => VerifyObservationInput, { description: 'The observation.' }) input: VerifyObservationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ observation: await evaluation.verifyObservation(tx, input.observationId) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ObservationPayload, { description: 'Disputes a value (the observed body or its jurisdiction); it is not scored until reported again and verified.' })
  disputeObservation(@Arg('input', () => DisputeObservationInput, { description: 'The dispute.' }) input: DisputeObservationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ observation: await evaluation.disputeObservation(tx, input.observationId, input.reason) }));
  }
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Public()
  @Query(() => EvaluationConnection, { description: 'Evaluations under a system for a period: published ones for everyone, and every one of the caller’s jurisdiction.' })
  evaluations(@Args(() => EvaluationsArgs) args: EvaluationsArgs, @Ctx() ctx: RequestContext): Page<Evaluation> {
    return evaluation.listEvaluations(ctx, expectGlobalId(args.systemId, IndicatorSystem.typename, 'systemId'), args.period, args);
  }

  @FieldResolver(() => Body, { description: 'The evaluated body.' })
  async body(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, e.bodyId))!;
  }

  @FieldResolver(() => IndicatorSystem, { description: 'The indicator system scored against.' })
  async system(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<IndicatorSystem> {
    return (await evaluation.systemById(ctx).load(e.systemId))!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Rank among the current evaluations of the system and period (equal totals share a rank); null once a later version replaced this one.' })
  rank(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<number | null> {
    return evaluation.rankOf(ctx).load(e.rowId);
  }

  @FieldResolver(() => [ScoreComponent], { description: 'The components in indicator-code order.' })
  async components(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<ScoreComponent[]> {
    return Promise.all(
      e.components.map(async (c) => {
        const obs = c.source.startsWith('observation:') ? c.source.slice('observation:'.length) : null;
        return {
          indicator: (await evaluation.indicatorByCode(ctx).load(c.indicator))!,
          weight: parseDecimal(c.weight, 2),
          value: parseDecimal(c.value),
          score: parseDecimal(c.score),
          contribution: parseDecimal(c.contribution),
          source: c.source,
          observation: obs ? await evaluation.findVisibleObservation(ctx, obs) : null,
        };
      }),
    );
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ComputeEvaluationPayload, { description: 'Scores bodies under the caller’s indicator system: one new version each. Refused while a weighted component has no verified input (MISSING_COMPONENTS).' })
  computeEvaluation(@Arg('input', () => ComputeEvaluationInput, { description: 'What to score.' }) input: ComputeEvaluationInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'computeEvaluation',
      input,
      async (tx) => {
        const evaluations = await evaluation.computeEvaluation(tx, input);
        return { result: { evaluations }, id: evaluations[0].rowId };
      },
      async (tx, id) => ({ evaluations: await evaluation.evaluationsComputedWith(tx, id) }),
    );
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => EvaluationPayload, { description: 'Challenges a computed evaluation inside its window (LEAD of the evaluated body).' })
  challengeEvaluation(@Arg('input', () => ChallengeEvaluationInput, { description: 'The challenge.' }) input: ChallengeEvaluationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ evaluation: await evaluation.challengeEvaluation(tx, input.evaluationId, input.grounds) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => EvaluationPayload, { description: 'Makes an evaluation final (LEAD of the system’s owner): after the challenge window, or answering a challenge. FINAL is immutable (EVALUATION_FINAL).' })
  finalizeEvaluation(@Arg('input', () => FinalizeEvaluationInput, { description: 'The evaluation.' }) input: FinalizeEvaluationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ evaluation: await evaluation.finalizeEvaluation(tx, input.evaluationId, input.challengeResponse) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => EvaluationPayload, { description: 'Publishes a FINAL evaluation (LEAD of the system’s owner): public from then on, counted in Body.performance. Only under a public indicator system (INVALID_STATE otherwise), so that anyone can recompute it.' })
  publishEvaluation(@Arg('input', () => PublishEvaluationInput, { description: 'The evaluation.' }) input: PublishEvaluationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ evaluation: await evaluation.publishEvaluation(tx, input.evaluationId) }));
  }
}

@Resolver(() => Body)
export class BodyEvaluationResolver {
  @FieldResolver(() => [Evaluation], { description: 'Published evaluations of this body for a year (政绩): the latest published version under each indicator system, with total and rank. Public.' })
  performance(@Root() body: Body, @Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: RequestContext): Promise<Evaluation[]> {
    return evaluation.performanceOf(ctx).load(`${body.rowId}|${year}`);
  }
}

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @FieldResolver(() => Body, { description: 'The body that administered it.' })
  async administeredBy(@Root() s: SatisfactionSurvey, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, s.administeredById))!;
  }
}

@Resolver(() => ThirdPartyAssessment)
export class ThirdPartyAssessmentResolver {
  @FieldResolver(() => Body, { description: 'The independent assessor.' })
  async assessor(@Root() a: ThirdPartyAssessment, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, a.assessorId))!;
  }

  @FieldResolver(() => Body, { description: 'The body that commissioned it.' })
  async commissionedBy(@Root() a: ThirdPartyAssessment, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, a.commissionedById))!;
  }
}
