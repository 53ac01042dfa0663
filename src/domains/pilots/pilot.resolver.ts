import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authenticated, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently, runIdempotentMutation } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { Directive, Feedback } from '../channels/channel.entities';
import { findVisibleDirective } from '../channels/directive.service';
import { findVisibleFeedback } from '../channels/feedback.service';
import { ReformDecision } from '../decisions/decision.entities';
import { Evaluation, Indicator } from '../evaluation/evaluation.entities';
import { findVisibleEvaluation, indicatorById } from '../evaluation/evaluation.service';
import { Pilot, PilotProgress, PilotSite, ReplicableExperience } from './pilot.entities';
import * as pilots from './pilot.service';
import {
  AuthorizePilotInput,
  ExtendPilotInput,
  PilotConnection,
  PilotPayload,
  PilotsArgs,
  ProposePilotInput,
  RecordPilotVerdictInput,
  ReportPilotProgressInput,
  ReportPilotProgressPayload,
  ScaleUpPilotInput,
  TerminatePilotInput,
} from './pilot.types';
import { feedbackById } from '../channels/channel.loaders';

@Resolver(() => Pilot)
export class PilotResolver {
  @Authenticated()
  @Query(() => PilotConnection, { description: 'Pilots the caller may read (its jurisdiction sponsors them, or holds a site), newest first, filtered.' })
  pilots(@Args(() => PilotsArgs) args: PilotsArgs, @Ctx() ctx: RequestContext): Promise<Page<Pilot>> {
    return pilots.listPilots(ctx, args, args);
  }

  @FieldResolver(() => Body, { description: 'The sponsoring body.' })
  async sponsor(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, p.sponsorId))!;
  }

  @FieldResolver(() => ReformDecision, { nullable: true, description: 'The reform decision behind it, when the caller may read it.' })
  async decision(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<ReformDecision | null> {
    return p.decisionId ? ((await fetchVisibleNodeOfType(ctx, ReformDecision.typename, p.decisionId)) as ReformDecision | null) : null;
  }

  @FieldResolver(() => [PilotSite], { description: 'The sites.' })
  sites(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<PilotSite[]> {
    return pilots.sitesOf(ctx).load(p.rowId);
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators that say whether it worked.' })
  async successCriteria(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    const rows = await pilots.criteriaOf(ctx).load(p.rowId);
    return (await Promise.all(rows.map((c) => indicatorById(ctx).load(c.indicatorId)))).filter((i): i is Indicator => !!i);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'The FINAL or PUBLISHED evaluation of a site the verdict rests on (the recommendation scale-up needs), when the caller may read it.' })
  evaluation(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Evaluation | null> {
    return p.evaluationId ? findVisibleEvaluation(ctx, p.evaluationId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ReplicableExperience], { description: 'Replicable experiences drawn from it.' })
  experiences(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<ReplicableExperience[]> {
    return pilots.experiencesOf(ctx).load(p.rowId);
  }

  @FieldResolver(() => Directive, { nullable: true, description: 'The directive that scaled it up, when the caller may read it.' })
  scaledUpAs(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Directive | null> {
    return p.scaledUpDirectiveId ? findVisibleDirective(ctx, p.scaledUpDirectiveId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Pilot], { description: 'Live pilots of the same field whose sites and period overlap this one’s (碎片化 check), those the caller may read.' })
  overlapsWith(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Pilot[]> {
    return pilots.visibleOverlaps(ctx, p);
  }

  @FieldResolver(() => [Feedback], { description: 'The sites’ progress reports (Feedback of kind PROGRESS to the sponsor), oldest first, those the caller may read.' })
  async progressReports(@Root() p: Pilot, @Ctx() ctx: RequestContext): Promise<Feedback[]> {
    const rows = await pilots.progressOf(ctx).load(p.rowId);
    return (await Promise.all(rows.map((r) => findVisibleFeedback(ctx, r.feedbackId)))).filter((f): f is Feedback => !!f);
  }

  @RequireRole(Role.OFFICER)
  @Mutation(() => PilotPayload, { description: 'Proposes a pilot sponsored by the caller’s body (OFFICER): sites strictly inside its jurisdiction (SITE_OUT_OF_JURISDICTION), endsAt after startsAt (VALIDATION_FAILED), deviations only with a legal basis (LEGAL_BASIS_REQUIRED).' })
  proposePilot(@Arg('input', () => ProposePilotInput, { description: 'The pilot.' }) input: ProposePilotInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'proposePilot', input, 'pilot', (tx) => pilots.proposePilot(tx, input), (tx, id) => pilots.pilotById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PilotPayload, { description: 'Authorizes a proposed pilot (LEAD of the sponsor); every overlapping pilot of the same field must be acknowledged (PILOT_OVERLAP). RUNNING at once when its period has started.' })
  authorizePilot(@Arg('input', () => AuthorizePilotInput, { description: 'The pilot.' }) input: AuthorizePilotInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ pilot: await pilots.authorizePilot(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ReportPilotProgressPayload, { description: 'A site reports progress (OFFICER or LEAD of a site): a Feedback of kind PROGRESS to the sponsor through the channels.' })
  reportPilotProgress(@Arg('input', () => ReportPilotProgressInput, { description: 'The report.' }) input: ReportPilotProgressInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'reportPilotProgress',
      input,
      async (tx) => {
        const result = await pilots.reportPilotProgress(tx, input);
        return { result, id: result.feedback.rowId };
      },
      async (tx, id) => {
        const feedback = (await feedbackById(tx).load(id))!;
        const link = await tx.em.findOneByOrFail(PilotProgress, { feedbackId: id });
        return { feedback, pilot: await pilots.pilotById(tx).load(link.pilotId) };
      },
    );
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PilotPayload, { description: 'Extends a pilot’s period (LEAD of the sponsor; a site never changes the period: FORBIDDEN).' })
  extendPilot(@Arg('input', () => ExtendPilotInput, { description: 'The extension.' }) input: ExtendPilotInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ pilot: await pilots.extendPilot(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PilotPayload, { description: 'Stops a live pilot early (LEAD of the sponsor).' })
  terminatePilot(@Arg('input', () => TerminatePilotInput, { description: 'Why.' }) input: TerminatePilotInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ pilot: await pilots.terminatePilot(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PilotPayload, { description: 'Records the sponsor’s verdict (LEAD), resting on a FINAL or PUBLISHED evaluation of a site (required for SCALE_UP verdicts: EVALUATION_REQUIRED); STOP closes the pilot.' })
  recordPilotVerdict(@Arg('input', () => RecordPilotVerdictInput, { description: 'The verdict.' }) input: RecordPilotVerdictInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ pilot: await pilots.recordPilotVerdict(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PilotPayload, { description: 'Scales a pilot up by issuing a directive in the same transaction (LEAD of the sponsor), only after an evaluation recommends it (EVALUATION_REQUIRED, VERDICT_FORBIDS_SCALE_UP).' })
  scaleUpPilot(@Arg('input', () => ScaleUpPilotInput, { description: 'The scale-up.' }) input: ScaleUpPilotInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'scaleUpPilot', input, 'pilot', (tx) => pilots.scaleUpPilot(tx, input), (tx, id) => pilots.pilotById(tx).load(id));
  }
}

@Resolver(() => PilotSite)
export class PilotSiteResolver {
  @FieldResolver(() => Body, { description: 'The site body.' })
  async body(@Root() s: PilotSite, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, s.bodyId))!;
  }
}

@Resolver(() => ReplicableExperience)
export class ReplicableExperienceResolver {
  @FieldResolver(() => Pilot, { description: 'The pilot it was drawn from.' })
  async pilot(@Root() e: ReplicableExperience, @Ctx() ctx: RequestContext): Promise<Pilot> {
    return (await pilots.pilotById(ctx).load(e.pilotId))!;
  }
}

@Resolver(() => Body)
export class BodyPilotsResolver {
  @FieldResolver(() => PilotConnection, { description: 'Pilots this body sponsors or is a site of, those the caller may read, newest first.' })
  pilots(@Root() body: Body, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<Pilot>> {
    return pilots.listPilots(ctx, { involving: body.rowId }, args);
  }
}
