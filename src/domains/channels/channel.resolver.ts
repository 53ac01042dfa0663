import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { selectsBelow } from '../../platform/graphql/lookahead';
import { Authenticated, Public, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { unauthenticated } from '../../platform/errors/api-errors';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { bodyOf } from '../bodies/body.service';
import { Directive, Feedback, Receipt } from './channel.entities';
import { DirectivePriority, FeedbackKind } from './channel.enums';
import { directiveById, feedbackById } from './channel.loaders';
import {
  AcknowledgeDirectiveInput,
  AcknowledgeDirectivePayload,
  AcknowledgementSummary,
  DirectiveConnection,
  DirectiveDelivery,
  FeedbackConnection,
  FeedbackDelivery,
  IssueDirectiveInput,
  IssueDirectivePayload,
  MarkDirectiveReadInput,
  MarkDirectiveReadPayload,
  ReceiptConnection,
  RespondToFeedbackInput,
  RespondToFeedbackPayload,
  ReviseDirectiveInput,
  ReviseDirectivePayload,
  SubmitFeedbackInput,
  SubmitFeedbackPayload,
} from './channel.types';
import { decodeDeliveryCursor } from './deliveries';
import * as directives from './directive.service';
import * as feedback from './feedback.service';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
class InboxArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only what still needs the body’s attention (unacknowledged, or unread when no acknowledgement is required).' })
  pendingOnly?: boolean | null;

  @Field(() => DirectivePriority, { nullable: true, description: 'Only directives of this priority.' })
  priority?: DirectivePriority | null;
}

@ArgsType()
class ReceiptsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only recipients that opened it; false: only those that have not.' })
  read?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only recipients that acknowledged it; false: only those that have not (who to chase).' })
  acknowledged?: boolean | null;
}

@ArgsType()
class IssuedArgs extends PageArgs {
  @Field(() => DirectivePriority, { nullable: true, description: 'Only directives of this priority.' })
  priority?: DirectivePriority | null;
}

@ArgsType()
class FeedbackInboxArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only feedback not yet answered.' })
  unansweredOnly?: boolean | null;

  @Field(() => FeedbackKind, { nullable: true, description: 'Only feedback of this kind.' })
  kind?: FeedbackKind | null;
}

function requireActor(ctx: RequestContext): RequestContext {
  if (!ctx.actor) throw unauthenticated('Subscriptions need a token in connection_init.');
  return ctx;
}

@Resolver(() => Directive)
export class DirectiveResolver {
  @Public()
  @Query(() => DirectiveConnection, { description: 'Directives marked public (阳光改革), newest first; readable without an account.' })
  publicDirectives(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<Directive> {
    return directives.publicDirectives(ctx, args);
  }

  @FieldResolver(() => Body, { description: 'The issuing body.' })
  issuer(@Root() d: Directive, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, d.issuerId);
  }

  @FieldResolver(() => ReceiptConnection, { description: 'Receipts: all of them for the issuer’s side, otherwise those in the caller’s jurisdiction; optionally only the (un)read or (un)acknowledged.' })
  receipts(@Root() d: Directive, @Args(() => ReceiptsArgs) args: ReceiptsArgs, @Ctx() ctx: RequestContext): Promise<Page<Receipt>> {
    return directives.receiptsOf(ctx, d, args, args);
  }

  @FieldResolver(() => AcknowledgementSummary, { description: 'Acknowledgement counts across all recipients (counts only).' })
  acknowledgementSummary(@Root() d: Directive, @Ctx() ctx: RequestContext): AcknowledgementSummary | Promise<AcknowledgementSummary> {
    return directives.acknowledgementSummary(ctx, d);
  }

  @FieldResolver(() => Directive, { nullable: true, description: 'The version this one revises.' })
  async supersedes(@Root() d: Directive, @Ctx() ctx: RequestContext): Promise<Directive | null> {
    return (await directives.versionsOf(ctx, d)).supersedes;
  }

  @FieldResolver(() => [Directive], { description: 'Later versions of this directive, oldest first.' })
  async revisions(@Root() d: Directive, @Ctx() ctx: RequestContext): Promise<Directive[]> {
    return (await directives.versionsOf(ctx, d)).revisions;
  }

  @FieldResolver(() => Feedback, { nullable: true, description: 'The feedback that caused this revision.' })
  async causedBy(@Root() d: Directive, @Ctx() ctx: RequestContext): Promise<Feedback | null> {
    if (!d.causedByFeedbackId) return null;
    return feedback.findVisibleFeedback(ctx, d.causedByFeedbackId);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => IssueDirectivePayload, { description: 'Issues a directive to bodies in the caller’s own subtree (LEAD). Upward, sideways or cross-jurisdiction recipients: FORBIDDEN.' })
  issueDirective(@Arg('input', () => IssueDirectiveInput, { description: 'The directive.' }) input: IssueDirectiveInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'issueDirective', input, 'directive', async (tx) => (await directives.issueDirective(tx, input)).directive, (tx, id) => directiveById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ReviseDirectivePayload, { description: 'Issues a new version of a directive, naming the feedback that caused it; every recipient receives it again (LEAD of the issuer).' })
  reviseDirective(@Arg('input', () => ReviseDirectiveInput, { description: 'The revision.' }) input: ReviseDirectiveInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'reviseDirective', input, 'directive', async (tx) => (await directives.reviseDirective(tx, input)).directive, (tx, id) => directiveById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => AcknowledgeDirectivePayload, { description: 'Acknowledges a directive addressed to the caller’s body (OFFICER or LEAD).' })
  acknowledgeDirective(@Arg('input', () => AcknowledgeDirectiveInput, { description: 'The directive.' }) input: AcknowledgeDirectiveInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ receipt: await directives.acknowledgeDirective(tx, input.directiveId) }));
  }

  @Authenticated()
  @Mutation(() => MarkDirectiveReadPayload, { description: 'Marks a directive addressed to the caller’s body as read.' })
  markDirectiveRead(@Arg('input', () => MarkDirectiveReadInput, { description: 'The directive.' }) input: MarkDirectiveReadInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ receipt: await directives.markDirectiveRead(tx, input.directiveId) }));
  }

  @Authenticated()
  @Subscription(() => DirectiveDelivery, {
    description: 'Directives addressed to the caller’s body. With `after` (a delivery cursor), first every later delivery in order, then live; without, only new ones.',
    subscribe: ({ args, context }) => directives.directiveDeliveries(requireActor(context as RequestContext), decodeDeliveryCursor(args.after as string | null)),
  })
  directiveIssued(@Root() delivery: DirectiveDelivery, @Arg('after', () => String, { nullable: true, description: 'Cursor of the last delivery seen.' }) _after?: string): DirectiveDelivery {
    return delivery;
  }
}

@Resolver(() => Receipt)
export class ReceiptResolver {
  @FieldResolver(() => Directive, { description: 'The directive.' })
  async directive(@Root() r: Receipt, @Ctx() ctx: RequestContext): Promise<Directive> {
    // Inbox pages and deliveries carry their directive (read in the same statement).
    return r.directiveRef ?? (await directiveById(ctx).load(r.directiveId))!;
  }

  @FieldResolver(() => Body, { description: 'The receiving body.' })
  recipient(@Root() r: Receipt, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, r.recipientId);
  }
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @FieldResolver(() => Body, { description: 'The reporting body.' })
  sender(@Root() f: Feedback, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, f.senderId);
  }

  @FieldResolver(() => Body, { description: 'The body above that receives it.' })
  recipient(@Root() f: Feedback, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, f.recipientId);
  }

  @FieldResolver(() => Directive, { nullable: true, description: 'The directive it is about; null when none, or when the caller may not read it (e.g. a public one since withdrawn).' })
  async directive(@Root() f: Feedback, @Ctx() ctx: RequestContext): Promise<Directive | null> {
    return f.directiveId ? directives.findVisibleDirective(ctx, f.directiveId) : null;
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SubmitFeedbackPayload, {
    description: 'Reports upward: to a body above the caller’s, or to the issuer of a directive it received (OFFICER or LEAD). Downward or sideways: FORBIDDEN.',
  })
  submitFeedback(@Arg('input', () => SubmitFeedbackInput, { description: 'The feedback.' }) input: SubmitFeedbackInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'submitFeedback', input, 'feedback', (tx) => feedback.submitFeedback(tx, input), (tx, id) => feedbackById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => RespondToFeedbackPayload, { description: 'Answers feedback addressed to the caller’s body (OFFICER or LEAD).' })
  respondToFeedback(@Arg('input', () => RespondToFeedbackInput, { description: 'The answer.' }) input: RespondToFeedbackInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ feedback: await feedback.respondToFeedback(tx, input) }));
  }

  @Authenticated()
  @Subscription(() => FeedbackDelivery, {
    description: 'Feedback addressed to the caller’s body. With `after`, first every later delivery in order, then live.',
    subscribe: ({ args, context }) => feedback.feedbackDeliveries(requireActor(context as RequestContext), decodeDeliveryCursor(args.after as string | null)),
  })
  feedbackReceived(@Root() delivery: FeedbackDelivery, @Arg('after', () => String, { nullable: true, description: 'Cursor of the last delivery seen.' }) _after?: string): FeedbackDelivery {
    return delivery;
  }
}

@Resolver(() => Body)
export class BodyChannelsResolver {
  @FieldResolver(() => ReceiptConnection, { description: 'Directives addressed to this body, newest first (inside the caller’s jurisdiction).' })
  directiveInbox(@Root() body: Body, @Args(() => InboxArgs) args: InboxArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Receipt>> {
    const want = { content: selectsBelow(info, 'content'), summary: selectsBelow(info, 'acknowledgementSummary') };
    return directives.inboxOf(ctx, body, { pendingOnly: !!args.pendingOnly, priority: args.priority }, args, want);
  }

  @FieldResolver(() => DirectiveConnection, { description: 'Directives this body issued, newest first (inside the caller’s jurisdiction).' })
  directivesIssued(@Root() body: Body, @Args(() => IssuedArgs) args: IssuedArgs, @Ctx() ctx: RequestContext): Promise<Page<Directive>> {
    return directives.issuedBy(ctx, body, args.priority ?? null, args);
  }

  @FieldResolver(() => FeedbackConnection, { description: 'Feedback addressed to this body, newest first (inside the caller’s jurisdiction).' })
  feedbackInbox(@Root() body: Body, @Args(() => FeedbackInboxArgs) args: FeedbackInboxArgs, @Ctx() ctx: RequestContext): Promise<Page<Feedback>> {
    return feedback.feedbackInboxOf(ctx, body, { unansweredOnly: !!args.unansweredOnly, kind: args.kind }, args);
  }
}
