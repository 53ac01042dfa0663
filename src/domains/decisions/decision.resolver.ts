import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { Authenticated, Public, RequireRole, Role } from '../../platform/auth/roles';
import { DecisionActivity, decisionActivityStream } from './decision.activity';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently, runIdempotentMutation } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { Directive, Feedback, Receipt } from '../channels/channel.entities';
import { findVisibleDirective } from '../channels/directive.service';
import { findVisibleFeedback } from '../channels/feedback.service';
import { Node } from '../../platform/graphql/node';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { DirectiveConnection } from '../channels/channel.types';
import { Post } from '../posts/post.entities';
import { findPost } from '../posts/post.service';
import { DecisionDraftVersion, DecisionProcedure, DecisionStageRecord, LegislativeDependency, PublicSubmission, ReformDecision, Suggestion } from './decision.entities';
import { DecisionStageKind, STAGE_ORDER } from './decision.enums';
import { decisionById, dependenciesOf, dependencyById, procedureById, revisionsOf, submissionById, submissionCounts, suggestionById, versionOf, versionsOf } from './decision.loaders';
import * as decisions from './decision.service';
import * as submissions from './submission.service';
import * as suggestions from './suggestion.service';
import {
  AddLegislativeDependencyInput,
  AdoptDecisionInput,
  AnswerSuggestionInput,
  CloseLocalConsultationInput,
  ClosePublicConsultationInput,
  CollectiveDeliberationStage,
  ConsultLocalGovernmentsInput,
  DecisionPayload,
  DecisionsArgs,
  DecisionStage,
  DraftDecisionInput,
  ExpertConsultationStage,
  LegalityReviewStage,
  LegislativeDependencyPayload,
  LocalConsultationStage,
  ModeratePublicCommentInput,
  ModerateSuggestionInput,
  OpenPublicConsultationInput,
  PublicConsultationStage,
  PublicSubmissionConnection,
  PublicSubmissionPayload,
  RecordDeliberationInput,
  RecordExpertConsultationInput,
  RecordLegalityReviewInput,
  RecordRiskAssessmentInput,
  ReconsiderDecisionInput,
  ReferSuggestionInput,
  ReformDecisionConnection,
  RegisterDeputySuggestionInput,
  RequestLegalityReviewInput,
  RespondToPublicCommentInput,
  ReviseDecisionDraftInput,
  RiskAssessmentStage,
  SubmissionsArgs,
  SubmitPublicCommentInput,
  SubmitPublicCommentPayload,
  SubmitSuggestionInput,
  SuggestionConnection,
  SuggestionPayload,
  SuggestionsArgs,
  UpdateLegislativeDependencyInput,
  WithdrawDecisionInput,
} from './decision.types';
import { chargePublicWrite } from './public-write';

const body = async (ctx: RequestContext, id: string | null): Promise<Body | null> => (id ? findBodyById(ctx, id) : null);
const date = (v: unknown): Date | null => (typeof v === 'string' ? new Date(v) : null);

/** A change of a decision; directives it issues reach recipients through their events, after the commit. */
async function change(ctx: RequestContext, fn: (tx: RequestContext, effects: decisions.DecisionEffects) => Promise<ReformDecision>) {
  let effects: decisions.DecisionEffects = { issued: [] };
  const payload = await runMutation(ctx, async (tx) => {
    effects = { issued: [] };
    return { decision: await fn(tx, effects) };
  });
  return payload;
}

async function createDecision(ctx: RequestContext, operation: string, input: { idempotencyKey?: string | null }, fn: (tx: RequestContext, effects: decisions.DecisionEffects) => Promise<ReformDecision>) {
  let effects: decisions.DecisionEffects = { issued: [] };
  const payload = await runIdempotentMutation(
    ctx,
    operation,
    input,
    async (tx) => {
      effects = { issued: [] };
      const decision = await fn(tx, effects);
      return { result: { decision }, id: decision.rowId };
    },
    async (tx, id) => {
      effects = { issued: [] };
      return { decision: await decisionById(tx).load(id) };
    },
  );
  return payload;
}

/** The stage objects of a decision, every kind in procedure order. */
async function stagesView(ctx: RequestContext, d: ReformDecision): Promise<DecisionStage[]> {
  const state = await decisions.stageState(ctx, d);
  return Promise.all(STAGE_ORDER.map((kind) => stageView(ctx, d, kind, state.status(kind), state.records.get(kind))));
}

async function stageView(ctx: RequestContext, d: ReformDecision, kind: DecisionStageKind, status: DecisionStage['status'], r: DecisionStageRecord | undefined): Promise<DecisionStage> {
  const x = (r?.detail ?? {}) as Record<string, unknown>;
  const common = { kind, status, openedAt: r?.openedAt ?? null, completedAt: r?.completedAt ?? null, completedBy: await body(ctx, r?.completedById ?? null), boundVersion: r?.boundVersion ?? null };
  switch (kind) {
    case DecisionStageKind.PUBLIC_CONSULTATION:
      return Object.assign(new PublicConsultationStage(), common, { decisionId: d.rowId, opensAt: date(x.opensAt), closesAt: date(x.closesAt), shortenedReason: (x.shortenedReason as string) ?? null, summary: (x.summary as string) ?? null });
    case DecisionStageKind.LOCAL_CONSULTATION:
      return Object.assign(new LocalConsultationStage(), common, { directiveId: r?.directiveId ?? null, replyBy: date(x.replyBy) });
    case DecisionStageKind.EXPERT_CONSULTATION:
      return Object.assign(new ExpertConsultationStage(), common, {
        panel: await body(ctx, r?.bodyId ?? null),
        opinions: ((x.opinions as Record<string, unknown>[]) ?? []).map((o) => ({ ...o, signedAt: new Date(o.signedAt as string) })),
        reportHash: (x.reportHash as string) ?? null,
      });
    case DecisionStageKind.RISK_ASSESSMENT:
      return Object.assign(new RiskAssessmentStage(), common, {
        assessor: await body(ctx, r?.bodyId ?? null),
        rating: x.rating ?? null,
        ratingOverrideReason: x.ratingOverrideReason ?? null,
        controllable: x.controllable ?? null,
        dimensions: x.dimensions ?? [],
        mitigations: x.mitigations ?? [],
      });
    case DecisionStageKind.LEGALITY_REVIEW:
      return Object.assign(new LegalityReviewStage(), common, { reviewer: await body(ctx, r?.bodyId ?? null), conclusion: x.conclusion ?? null, opinion: x.opinion ?? null, citedLaw: x.citedLaw ?? [] });
    case DecisionStageKind.COLLECTIVE_DELIBERATION: {
      const votes = (x.votes as { postId: string; option: string }[]) ?? [];
      const posts = await Promise.all(votes.map((v) => findPost(ctx, v.postId)));
      return Object.assign(new CollectiveDeliberationStage(), common, {
        meetingKind: x.meetingKind ?? null,
        heldAt: date(x.heldAt),
        members: x.members ?? null,
        present: x.present ?? null,
        counts: x.counts ?? [],
        votes: votes.map((v, i) => ({ post: posts[i], option: v.option })).filter((v) => v.post),
        chairConclusion: x.chairConclusion ?? null,
        chairAgainstMajorityReason: x.chairAgainstMajorityReason ?? null,
        dissent: x.dissent ?? null,
        minutesHash: x.minutesHash ?? null,
      });
    }
  }
}

@Resolver(() => ReformDecision)
export class ReformDecisionResolver {
  @Public()
  @Query(() => ReformDecisionConnection, { description: 'Reform decisions the caller may read, newest first: published ones for everyone, and those of the caller’s jurisdiction.' })
  decisions(@Args(() => DecisionsArgs) args: DecisionsArgs, @Ctx() ctx: RequestContext): Promise<Page<ReformDecision>> {
    return decisions.listDecisions(ctx, args, args);
  }

  @FieldResolver(() => DecisionProcedure, { description: 'The procedure chosen at drafting (class, level, version).' })
  async procedure(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionProcedure> {
    return (await procedureById(ctx).load(d.procedureId))!;
  }

  @FieldResolver(() => Body, { description: 'The decision maker: a government, leading group or special group.' })
  async decisionMaker(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await body(ctx, d.decisionMakerId))!;
  }

  @FieldResolver(() => Body, { description: 'The body that drafts it.' })
  async drafter(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await body(ctx, d.drafterId))!;
  }

  @FieldResolver(() => [Body], { description: 'Departments that co-draft it.' })
  async coDrafters(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<Body[]> {
    return (await Promise.all(d.coDrafterIds.map((id) => body(ctx, id)))).filter((b): b is Body => !!b);
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The post of the responsible leader (the public sees its title only).' })
  responsibleLeader(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<Post | null> {
    return d.responsibleLeaderId ? findPost(ctx, d.responsibleLeaderId) : Promise.resolve(null);
  }

  @FieldResolver(() => DecisionDraftVersion, { description: 'The current draft version.' })
  currentVersion(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionDraftVersion> {
    return decisions.currentVersion(ctx, d);
  }

  @FieldResolver(() => [DecisionDraftVersion], { description: 'Every draft version, oldest first.' })
  versions(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionDraftVersion[]> {
    return versionsOf(ctx).load(d.rowId);
  }

  @FieldResolver(() => DecisionDraftVersion, { nullable: true, description: 'The version that was adopted.' })
  adoptedVersion(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionDraftVersion | null> {
    return d.adoptedVersionNumber ? versionOf(ctx).load({ decisionId: d.rowId, number: d.adoptedVersionNumber }) : Promise.resolve(null);
  }

  @FieldResolver(() => [DecisionStage], { description: 'Every stage kind, in procedure order, with its status on the current draft.' })
  stages(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionStage[]> {
    return stagesView(ctx, d);
  }

  @FieldResolver(() => [DecisionStageKind], { description: 'Required stages not COMPLETED on the current draft (STALE ones included); empty when it may be adopted.' })
  missingStages(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<DecisionStageKind[]> {
    return decisions.missingStages(ctx, d);
  }

  @FieldResolver(() => [LegislativeDependency], { description: 'Laws and regulations it needs changed.' })
  legislativeDependencies(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<LegislativeDependency[]> {
    return dependenciesOf(ctx).load(d.rowId);
  }

  @FieldResolver(() => DirectiveConnection, { description: 'Directives issued on its adoption, in issue order (each readable per its own rules; the list follows the decision’s).' })
  directives(@Root() d: ReformDecision, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<Directive>> {
    return decisions.adoptedDirectives(ctx, d, args);
  }

  @FieldResolver(() => ReformDecision, { nullable: true, description: 'The decision this one reconsiders (再决策), when visible.' })
  supersedes(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<ReformDecision | null> {
    return d.supersedesId ? decisions.findVisibleDecision(ctx, d.supersedesId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ReformDecision], { description: 'Decisions that reconsider this one, oldest first (those the caller may read).' })
  async revisions(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<ReformDecision[]> {
    const rows = await revisionsOf(ctx).load(d.rowId);
    return (await Promise.all(rows.map((r) => decisions.findVisibleDecision(ctx, r.rowId)))).filter((r): r is ReformDecision => !!r);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What caused the reconsideration (a Feedback, a Finding or an Evaluation), when the caller may read it.' })
  revisedBecause(@Root() d: ReformDecision, @Ctx() ctx: RequestContext): Promise<Node | null> {
    return d.revisedBecauseId && d.revisedBecauseType ? fetchVisibleNodeOfType(ctx, d.revisedBecauseType, d.revisedBecauseId) : Promise.resolve(null);
  }

  @Authenticated()
  @Subscription(() => DecisionActivity, {
    description: 'Events of one decision — stage changes, the comment window opening and ending, adoption — for callers who may read it (FORBIDDEN otherwise). With `after`, first every later event in order, then live; without, only new ones.',
    subscribe: ({ args, context }) => decisionActivityStream(context as RequestContext, (args as { decisionId: string }).decisionId, (args as { after?: string | null }).after),
  })
  decisionActivity(
    @Root() activity: DecisionActivity,
    @Arg('decisionId', () => ID, { description: 'Global id of the decision.' }) _decisionId: string,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event seen.' }) _after?: string,
  ): DecisionActivity {
    return activity;
  }

  // ---- mutations ------------------------------------------------------------------------------

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Drafts a reform decision (OFFICER or LEAD of the drafting body). The procedure is the latest for its class and the decision maker’s level.' })
  draftDecision(@Arg('input', () => DraftDecisionInput, { description: 'The decision.' }) input: DraftDecisionInput, @Ctx() ctx: RequestContext) {
    return createDecision(ctx, 'draftDecision', input, (tx) => decisions.draftDecision(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Adds a draft version (OFFICER or LEAD of the drafter). Risk assessment, legality review and deliberation done on older versions become STALE.' })
  reviseDecisionDraft(@Arg('input', () => ReviseDecisionDraftInput, { description: 'The new text.' }) input: ReviseDecisionDraftInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.reviseDraft(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Opens the public comment window (drafter or decision maker). A public decision is published with it.' })
  openPublicConsultation(@Arg('input', () => OpenPublicConsultationInput, { description: 'The window.' }) input: OpenPublicConsultationInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.openPublicConsultation(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Completes the public consultation after its window, once every submission is moderated and every published one answered; publishes the summary.' })
  closePublicConsultation(@Arg('input', () => ClosePublicConsultationInput, { description: 'The summary.' }) input: ClosePublicConsultationInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.closePublicConsultation(tx, input));
  }

  @Public()
  @Mutation(() => SubmitPublicCommentPayload, {
    description: 'A comment on a decision in public consultation — open to the public, without a token. Idempotent, size-limited, rate-limited per client address and per decision (RATE_LIMITED); held for moderation. Contact data is never returned by any query.',
  })
  async submitPublicComment(@Arg('input', () => SubmitPublicCommentInput, { description: 'The comment.' }) input: SubmitPublicCommentInput, @Ctx() ctx: RequestContext) {
    await chargePublicWrite(ctx, `decision:${input.decisionId.slice(0, 200)}`);
    return createIdempotently(ctx, 'submitPublicComment', input, 'submission', (tx) => submissions.submitPublicComment(tx, input), (tx, id) => submissionById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => PublicSubmissionPayload, { description: 'Publishes or withholds (with a reason) a received submission (drafter or decision maker).' })
  moderatePublicComment(@Arg('input', () => ModeratePublicCommentInput, { description: 'The decision on it.' }) input: ModeratePublicCommentInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ submission: await submissions.moderatePublicComment(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => PublicSubmissionPayload, { description: 'Answers a published submission with its disposition (drafter or decision maker); NOT_ADOPTED needs the reason.' })
  respondToPublicComment(@Arg('input', () => RespondToPublicCommentInput, { description: 'The answer.' }) input: RespondToPublicCommentInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ submission: await submissions.respondToPublicComment(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Consults lower governments through a directive requiring acknowledgement (LEAD of the drafter or decision maker; the directive subtree rule holds).' })
  consultLocalGovernments(@Arg('input', () => ConsultLocalGovernmentsInput, { description: 'Who and by when.' }) input: ConsultLocalGovernmentsInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx, effects) => decisions.consultLocalGovernments(tx, effects, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Completes the local consultation once every consulted government acknowledged and sent feedback on the directive.' })
  closeLocalConsultation(@Arg('input', () => CloseLocalConsultationInput, { description: 'The decision.' }) input: CloseLocalConsultationInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.closeLocalConsultation(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Records the expert consultation (drafter or decision maker): at least the procedure’s minimum of opinions.' })
  recordExpertConsultation(@Arg('input', () => RecordExpertConsultationInput, { description: 'The opinions.' }) input: RecordExpertConsultationInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.recordExpertConsultation(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Records the risk assessment of the current draft (drafter or decision maker).' })
  recordRiskAssessment(@Arg('input', () => RecordRiskAssessmentInput, { description: 'The assessment.' }) input: RecordRiskAssessmentInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.recordRiskAssessment(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Asks a legal-affairs body to review the current draft (drafter or decision maker), once the required consultation, expert and risk stages are COMPLETED.' })
  requestLegalityReview(@Arg('input', () => RequestLegalityReviewInput, { description: 'The reviewer.' }) input: RequestLegalityReviewInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.requestLegalityReview(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Records the legality review of the current draft (LEAD of the requested legal-affairs body).' })
  recordLegalityReview(@Arg('input', () => RecordLegalityReviewInput, { description: 'The conclusion.' }) input: RecordLegalityReviewInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.recordLegalityReview(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Records the collective deliberation of the current draft (LEAD of the decision maker), after a clearing legality review.' })
  recordDeliberation(@Arg('input', () => RecordDeliberationInput, { description: 'The meeting and its votes.' }) input: RecordDeliberationInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.recordDeliberation(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, {
    description: 'Adopts the decision (LEAD of the decision maker), refused unless every required stage is COMPLETED on the current draft; atomically issues its directives and assigns its tasks from the decision maker (the subtree rules hold: FORBIDDEN upward or sideways, EXECUTOR_NOT_BELOW).',
  })
  adoptDecision(@Arg('input', () => AdoptDecisionInput, { description: 'The decision and its directives.' }) input: AdoptDecisionInput, @Ctx() ctx: RequestContext) {
    return createDecision(ctx, 'adoptDecision', input, (tx, effects) => decisions.adoptDecision(tx, effects, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, { description: '再决策: starts a new draft that supersedes the decision because of a feedback (LEAD of the decision maker); the procedure runs again. Answers the new decision.' })
  reconsiderDecision(@Arg('input', () => ReconsiderDecisionInput, { description: 'The decision and the cause.' }) input: ReconsiderDecisionInput, @Ctx() ctx: RequestContext) {
    return createDecision(ctx, 'reconsiderDecision', input, (tx) => decisions.reconsiderDecision(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecisionPayload, { description: 'Withdraws a decision before adoption (LEAD of the drafter or decision maker).' })
  withdrawDecision(@Arg('input', () => WithdrawDecisionInput, { description: 'The decision and why.' }) input: WithdrawDecisionInput, @Ctx() ctx: RequestContext) {
    return change(ctx, (tx) => decisions.withdrawDecision(tx, input));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => LegislativeDependencyPayload, { description: 'Records a law or regulation the decision needs changed (drafter or decision maker), owned by a legal-affairs body.' })
  addLegislativeDependency(@Arg('input', () => AddLegislativeDependencyInput, { description: 'The dependency.' }) input: AddLegislativeDependencyInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'addLegislativeDependency', input, 'dependency', (tx) => decisions.addLegislativeDependency(tx, input), (tx, id) => dependencyById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => LegislativeDependencyPayload, { description: 'Moves a legislative dependency on (the owning legal-affairs body, or the drafter or decision maker).' })
  updateLegislativeDependency(@Arg('input', () => UpdateLegislativeDependencyInput, { description: 'The new status.' }) input: UpdateLegislativeDependencyInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ dependency: await decisions.updateLegislativeDependency(tx, input) }));
  }
}

@Resolver(() => PublicConsultationStage)
export class PublicConsultationStageResolver {
  @FieldResolver(() => Int, { description: 'Submissions received (all moderation states).' })
  async received(@Root() s: PublicConsultationStage, @Ctx() ctx: RequestContext): Promise<number> {
    return (await submissionCounts(ctx).load(s.decisionId)).received;
  }

  @FieldResolver(() => Int, { description: 'Submissions published.' })
  async published(@Root() s: PublicConsultationStage, @Ctx() ctx: RequestContext): Promise<number> {
    return (await submissionCounts(ctx).load(s.decisionId)).published;
  }

  @FieldResolver(() => Int, { description: 'Submissions withheld.' })
  async withheld(@Root() s: PublicConsultationStage, @Ctx() ctx: RequestContext): Promise<number> {
    return (await submissionCounts(ctx).load(s.decisionId)).withheld;
  }

  @FieldResolver(() => PublicSubmissionConnection, { description: 'The submissions, oldest first: published ones for everyone who may read the decision; all of them for its drafter’s and maker’s jurisdictions.' })
  submissions(@Root() s: PublicConsultationStage, @Args(() => SubmissionsArgs) args: SubmissionsArgs, @Ctx() ctx: RequestContext): Promise<Page<PublicSubmission>> {
    return submissions.submissionsOf(ctx, s.decisionId, args.disposition, args);
  }
}

@Resolver(() => LocalConsultationStage)
export class LocalConsultationStageResolver {
  @FieldResolver(() => Directive, { nullable: true, description: 'The consultation directive, when the caller may read it.' })
  async directive(@Root() s: LocalConsultationStage, @Ctx() ctx: RequestContext): Promise<Directive | null> {
    return s.directiveId ? findVisibleDirective(ctx, s.directiveId) : null;
  }

  @FieldResolver(() => [Body], { description: 'The governments consulted.' })
  async consulted(@Root() s: LocalConsultationStage, @Ctx() ctx: RequestContext): Promise<Body[]> {
    if (!s.directiveId) return [];
    const receipts = await ctx.em.find(Receipt, { where: { directiveId: s.directiveId }, select: { recipientId: true }, take: 500 });
    return (await Promise.all(receipts.map((r) => findBodyById(ctx, r.recipientId)))).filter((b): b is Body => !!b);
  }

  @FieldResolver(() => [Feedback], { description: 'Their replies: feedback on the consultation directive the caller may read.' })
  async replies(@Root() s: LocalConsultationStage, @Ctx() ctx: RequestContext): Promise<Feedback[]> {
    if (!s.directiveId) return [];
    const rows = await ctx.em.find(Feedback, { where: { directiveId: s.directiveId }, order: { rowId: 'ASC' }, take: 500 });
    return (await Promise.all(rows.map((f) => findVisibleFeedback(ctx, f.rowId)))).filter((f): f is Feedback => !!f);
  }
}

@Resolver(() => PublicSubmission)
export class PublicSubmissionResolver {
  @FieldResolver(() => ReformDecision, { description: 'The decision it comments on.' })
  async decision(@Root() s: PublicSubmission, @Ctx() ctx: RequestContext): Promise<ReformDecision> {
    return (await decisionById(ctx).load(s.decisionId))!;
  }
}

@Resolver(() => LegislativeDependency)
export class LegislativeDependencyResolver {
  @FieldResolver(() => Body, { description: 'The legal-affairs body that owns the change.' })
  async owner(@Root() dep: LegislativeDependency, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await body(ctx, dep.ownerId))!;
  }

  @FieldResolver(() => ReformDecision, { nullable: true, description: 'The decision that depends on it; null when the caller may not read it (the owning legal-affairs body may lie outside the decision’s jurisdictions).' })
  async decision(@Root() dep: LegislativeDependency, @Ctx() ctx: RequestContext): Promise<ReformDecision | null> {
    return decisions.findVisibleDecision(ctx, dep.decisionId);
  }
}

@Resolver(() => DecisionProcedure)
export class DecisionProcedureResolver {
  @Public()
  @Query(() => [DecisionProcedure], { description: 'Every procedure laid down, by class, level and version (public: the rules decisions follow).' })
  decisionProcedures(@Ctx() ctx: RequestContext): Promise<DecisionProcedure[]> {
    return ctx.em.find(DecisionProcedure, { order: { decisionClass: 'ASC', level: 'ASC', version: 'ASC' } });
  }
}

@Resolver(() => Suggestion)
export class SuggestionResolver {
  @Public()
  @Query(() => SuggestionConnection, { description: 'Suggestions to a body, newest first: published ones for everyone; all of them inside the body’s jurisdiction.' })
  suggestions(@Args(() => SuggestionsArgs) args: SuggestionsArgs, @Ctx() ctx: RequestContext): Promise<Page<Suggestion>> {
    return suggestions.suggestionsTo(ctx, args.toBodyCode, args);
  }

  @FieldResolver(() => Body, { description: 'The body it is for.' })
  async toBody(@Root() s: Suggestion, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await body(ctx, s.toBodyId))!;
  }

  @FieldResolver(() => ReformDecision, { nullable: true, description: 'The decision it was referred to, when the caller may read it.' })
  referredTo(@Root() s: Suggestion, @Ctx() ctx: RequestContext): Promise<ReformDecision | null> {
    return suggestions.referredDecisionOf(ctx, s);
  }

  @Public()
  @Mutation(() => SuggestionPayload, {
    description: 'A suggestion to a body on the public platform — open to the public, without a token. Idempotent, size-limited, rate-limited per client address and per body (RATE_LIMITED); held for moderation. Contact data is never returned.',
  })
  async submitSuggestion(@Arg('input', () => SubmitSuggestionInput, { description: 'The suggestion.' }) input: SubmitSuggestionInput, @Ctx() ctx: RequestContext) {
    await chargePublicWrite(ctx, `body:${input.toBodyCode.slice(0, 64)}`);
    return createIdempotently(ctx, 'submitSuggestion', input, 'suggestion', (tx) => suggestions.submitSuggestion(tx, input), (tx, id) => suggestionById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SuggestionPayload, { description: 'Registers a deputy’s suggestion for a body in the caller’s jurisdiction, with its statutory answer deadline.' })
  registerDeputySuggestion(@Arg('input', () => RegisterDeputySuggestionInput, { description: 'The suggestion.' }) input: RegisterDeputySuggestionInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'registerDeputySuggestion', input, 'suggestion', (tx) => suggestions.registerDeputySuggestion(tx, input), (tx, id) => suggestionById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SuggestionPayload, { description: 'Publishes or withholds (with a reason) a received suggestion (the body it is for).' })
  moderateSuggestion(@Arg('input', () => ModerateSuggestionInput, { description: 'The decision on it.' }) input: ModerateSuggestionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ suggestion: await suggestions.moderateSuggestion(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SuggestionPayload, { description: 'Answers a published suggestion, publicly (the body it is for).' })
  answerSuggestion(@Arg('input', () => AnswerSuggestionInput, { description: 'The answer.' }) input: AnswerSuggestionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ suggestion: await suggestions.answerSuggestion(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SuggestionPayload, { description: 'Refers a published suggestion to a reform decision of the body’s jurisdiction (the body it is for).' })
  referSuggestion(@Arg('input', () => ReferSuggestionInput, { description: 'The decision.' }) input: ReferSuggestionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ suggestion: await suggestions.referSuggestion(tx, input) }));
  }
}

export const decisionNodes = {
  [ReformDecision.typename]: decisions.findVisibleDecision,
  [DecisionProcedure.typename]: (ctx: RequestContext, rowId: string) => procedureById(ctx).load(rowId),
  [PublicSubmission.typename]: submissions.findVisibleSubmission,
  [Suggestion.typename]: suggestions.findVisibleSuggestion,
  [LegislativeDependency.typename]: decisions.findVisibleDependency,
};


