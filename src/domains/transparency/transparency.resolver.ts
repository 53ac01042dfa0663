import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { findPost } from '../posts/post.service';
import { rankOf, systemById } from '../evaluation/evaluation.service';
import { inspectionStats } from '../supervision/supervision.service';
import { InspectionStats } from '../supervision/supervision.types';
import * as portal from './portal.service';
import * as publication from './publication.service';
import {
  PublicAnnualTaskList,
  PublicAnnualTaskListItem,
  PublicBody,
  PublicChange,
  PublicChangeConnection,
  PublicConsultationConnection,
  PublicConsultationsArgs,
  PublicDecision,
  PublicDecisionConnection,
  PublicDecisionsArgs,
  PublicEvaluation,
  PublicEvaluationConnection,
  PublicEvaluationsArgs,
  PublicPilot,
  PublicPilotConnection,
  PublicPilotSite,
  PublicPilotsArgs,
  PublicReplicableExperience,
  PublicSuggestion,
  PublicSuggestionConnection,
  PublicSuggestionsArgs,
  PublicTask,
  PublicTaskConnection,
  PublicTasksArgs,
  PublicTombstone,
  PublicTombstoneConnection,
  PublicationPayload,
  PublicationTargetInput,
  WithdrawPublicationInput,
} from './transparency.types';

// The public portal (no token) and the publication act. Every public query answers the same to
// every caller: it reads only what is published, through the public projections.

@Resolver()
export class PortalResolver {
  @Public()
  @Query(() => PublicDecisionConnection, { description: 'Published reform decisions, newest first (public projection).' })
  publicDecisions(@Args(() => PublicDecisionsArgs) args: PublicDecisionsArgs, @Ctx() ctx: RequestContext): Page<PublicDecision> {
    return portal.publicDecisions(ctx, args);
  }

  @Public()
  @Query(() => PublicConsultationConnection, { description: 'Public comment windows of published decisions, newest decision first.' })
  publicConsultations(@Args(() => PublicConsultationsArgs) args: PublicConsultationsArgs, @Ctx() ctx: RequestContext) {
    return portal.publicConsultations(ctx, args.open, args);
  }

  @Public()
  @Query(() => PublicTaskConnection, { description: 'Published reform tasks, newest first: target, executor, deadline, progress (public projection).' })
  publicTasks(@Args(() => PublicTasksArgs) args: PublicTasksArgs, @Ctx() ctx: RequestContext): Promise<Page<PublicTask>> {
    return portal.publicTasks(ctx, args);
  }

  @Public()
  @Query(() => PublicPilotConnection, { description: 'Published pilots (试点), newest first: hypothesis, sponsor, sites, period, status, verdict and experiences (public projection).' })
  publicPilots(@Args(() => PublicPilotsArgs) args: PublicPilotsArgs, @Ctx() ctx: RequestContext): Promise<Page<PublicPilot>> {
    return portal.publicPilots(ctx, args);
  }

  @Public()
  @Query(() => PublicAnnualTaskList, { nullable: true, description: 'The published annual list of a body for a year; null when there is none or it is not published.' })
  publicAnnualTaskList(
    @Arg('bodyCode', () => String, { description: 'The body’s code.' }) bodyCode: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicAnnualTaskList | null> {
    return portal.publicAnnualTaskList(ctx, bodyCode, year);
  }

  @Public()
  @Query(() => PublicEvaluationConnection, { description: 'Published evaluations of a year, newest first, with exact totals and ranks.' })
  publicEvaluations(@Args(() => PublicEvaluationsArgs) args: PublicEvaluationsArgs, @Ctx() ctx: RequestContext): Page<PublicEvaluation> {
    return portal.publicEvaluations(ctx, args);
  }

  @Public()
  @Query(() => InspectionStats, { nullable: true, description: 'Inspection figures of a body’s subtree in a year: counts and shares only. Null for an unknown body.' })
  publicInspectionStats(
    @Arg('bodyCode', () => String, { description: 'A body code; its whole subtree counts.' }) bodyCode: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return inspectionStats(ctx, bodyCode, year);
  }

  @Public()
  @Query(() => PublicSuggestionConnection, { description: 'Published suggestions and their answers, newest first. Never the submitter’s identity or contact.' })
  publicSuggestions(@Args(() => PublicSuggestionsArgs) args: PublicSuggestionsArgs, @Ctx() ctx: RequestContext): Promise<Page<PublicSuggestion>> {
    return portal.publicSuggestions(ctx, args);
  }

  @Public()
  @Query(() => PublicTombstoneConnection, { description: 'Withdrawn publications: title, reason and when — nothing else of the object. Newest first.' })
  publicWithdrawals(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<PublicTombstone> {
    return portal.publicWithdrawals(ctx, args);
  }

  @Public()
  @Query(() => PublicChangeConnection, { description: 'Publications and withdrawals in commit order, oldest first: poll with `after` set to the last cursor seen.' })
  publicChanges(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<PublicChange> {
    return portal.publicChanges(ctx, args);
  }

  // ---- the act of publishing ------------------------------------------------------------------

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => PublicationPayload, { description: 'Records the disclosure review (保密审查) of an object (OFFICER or LEAD of the owning body): required before its first publication.' })
  recordDisclosureReview(@Arg('input', () => PublicationTargetInput, { description: 'The object.' }) input: PublicationTargetInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ publication: await publication.recordDisclosureReview(tx, input.id) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => PublicationPayload, { description: 'Marks an object classified (OFFICER or LEAD of the owning body): it can never be published (CANNOT_PUBLISH_CLASSIFIED). A public object is withdrawn first.' })
  markClassified(@Arg('input', () => PublicationTargetInput, { description: 'The object.' }) input: PublicationTargetInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ publication: await publication.markClassified(tx, input.id) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PublicationPayload, { description: 'Publishes an object (LEAD of the owning body) after its disclosure review; audited, in publicChanges. Decisions, tasks, annual lists, directives, FINAL evaluations, suggestions, pilots.' })
  publishObject(@Arg('input', () => PublicationTargetInput, { description: 'The object.' }) input: PublicationTargetInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ publication: await publication.publishObject(tx, input.id) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PublicationPayload, { description: 'Withdraws a published object (LEAD of the owning body): the public keeps only a tombstone with the reason (publicWithdrawals, publicChanges).' })
  withdrawPublication(@Arg('input', () => WithdrawPublicationInput, { description: 'The object and the reason.' }) input: WithdrawPublicationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ publication: await publication.withdrawPublication(tx, input.id, input.reason) }));
  }
}

@Resolver(() => PublicDecision)
export class PublicDecisionResolver {
  @FieldResolver(() => PublicBody, { description: 'The decision maker.' })
  decisionMaker(@Root() d: PublicDecision, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, d.decisionMakerId);
  }
}

@Resolver(() => PublicTask)
export class PublicTaskResolver {
  @FieldResolver(() => PublicBody, { description: 'The executor (牵头单位).' })
  executor(@Root() t: PublicTask, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, t.executorId);
  }

  @FieldResolver(() => PublicBody, { description: 'The body that assigned it.' })
  assignedBy(@Root() t: PublicTask, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, t.assignedById);
  }
}

@Resolver(() => PublicPilot)
export class PublicPilotResolver {
  @FieldResolver(() => PublicBody, { description: 'The sponsor: the body that authorized it and publishes it.' })
  sponsor(@Root() p: PublicPilot, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, p.sponsorId);
  }

  @FieldResolver(() => [PublicPilotSite], { description: 'The sites, by body.' })
  sites(@Root() p: PublicPilot, @Ctx() ctx: RequestContext): Promise<PublicPilotSite[]> {
    return portal.publicPilotSites(ctx, p.rowId);
  }

  @FieldResolver(() => [PublicReplicableExperience], { description: 'The replicable experiences drawn from it with its verdict.' })
  experiences(@Root() p: PublicPilot, @Ctx() ctx: RequestContext): Promise<PublicReplicableExperience[]> {
    return portal.publicPilotExperiences(ctx, p.rowId);
  }
}

@Resolver(() => PublicPilotSite)
export class PublicPilotSiteResolver {
  @FieldResolver(() => PublicBody, { description: 'The site body.' })
  body(@Root() s: PublicPilotSite, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, s.bodyId);
  }
}

@Resolver(() => PublicAnnualTaskList)
export class PublicAnnualTaskListResolver {
  @FieldResolver(() => PublicBody, { description: 'The body whose list it is.' })
  body(@Root() l: PublicAnnualTaskList, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, l.bodyId);
  }

  @FieldResolver(() => [PublicAnnualTaskListItem], { description: 'The ranked items.' })
  items(@Root() l: PublicAnnualTaskList, @Ctx() ctx: RequestContext): Promise<PublicAnnualTaskListItem[]> {
    return portal.publicAnnualTaskListItems(ctx, l.rowId);
  }
}

@Resolver(() => PublicAnnualTaskListItem)
export class PublicAnnualTaskListItemResolver {
  @FieldResolver(() => String, { description: 'Title of the responsible leader’s post (titles are public; holder names never are).' })
  async responsiblePostTitle(@Root() i: PublicAnnualTaskListItem, @Ctx() ctx: RequestContext): Promise<string> {
    return (await findPost(ctx, i.responsibleLeaderId))!.title;
  }
}

@Resolver(() => PublicEvaluation)
export class PublicEvaluationResolver {
  @FieldResolver(() => PublicBody, { description: 'The evaluated body.' })
  body(@Root() e: PublicEvaluation, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, e.bodyId);
  }

  @FieldResolver(() => String, { description: 'Code of the indicator system.' })
  async systemCode(@Root() e: PublicEvaluation, @Ctx() ctx: RequestContext): Promise<string> {
    return (await systemById(ctx).load(e.systemId))!.code;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Rank among the current evaluations of the same system and period; equal totals share a rank.' })
  rank(@Root() e: PublicEvaluation, @Ctx() ctx: RequestContext): Promise<number | null> {
    return rankOf(ctx).load(e.rowId);
  }
}

@Resolver(() => PublicSuggestion)
export class PublicSuggestionResolver {
  @FieldResolver(() => PublicBody, { description: 'The body it was addressed to.' })
  to(@Root() s: PublicSuggestion, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, s.toBodyId);
  }
}

@Resolver(() => PublicTombstone)
export class PublicTombstoneResolver {
  @FieldResolver(() => PublicBody, { description: 'The body that withdrew it.' })
  body(@Root() t: PublicTombstone, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, t.bodyId);
  }
}

@Resolver(() => PublicChange)
export class PublicChangeResolver {
  @FieldResolver(() => PublicBody, { description: 'The owning body.' })
  body(@Root() c: PublicChange, @Ctx() ctx: RequestContext): Promise<PublicBody> {
    return portal.publicBody(ctx, c.bodyId);
  }
}
