import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { Authenticated, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { selectsBelow } from '../../platform/graphql/lookahead';
import { Body } from '../bodies/body.entities';
import { bodyOf, findBodyById } from '../bodies/body.service';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadResource } from './thread.entities';
import { messageById, resourceById, threadById } from './thread.loaders';
import * as changes from './thread-change.service';
import * as threads from './thread.service';
import {
  CoordinationThreadConnection,
  EscalateThreadInput,
  EscalateThreadPayload,
  InviteThreadParticipantInput,
  InviteThreadParticipantPayload,
  OpenCoordinationThreadInput,
  OpenCoordinationThreadPayload,
  PostThreadMessageInput,
  PostThreadMessagePayload,
  RemoveThreadParticipantInput,
  RemoveThreadParticipantPayload,
  ReopenThreadInput,
  ReopenThreadPayload,
  ResolveThreadInput,
  ResolveThreadPayload,
  ShareThreadResourceInput,
  ShareThreadResourcePayload,
  ThreadEventConnection,
  ThreadMessageConnection,
  ThreadResourceConnection,
  ThreadsArgs,
} from './thread.types';

const maybeBody = (ctx: RequestContext, id: string | null): Promise<Body | null> => (id ? findBodyById(ctx, id) : Promise.resolve(null));

// Threads are read through node(id:), Body.threads and threadActivity, each checking that the
// caller may read the thread; nested fields below a visible thread need no further check.
@Resolver(() => CoordinationThread)
export class CoordinationThreadResolver {
  @FieldResolver(() => Body, { description: 'The one body leading the thread (统一指挥).' })
  lead(@Root() thread: CoordinationThread, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, thread.leadId);
  }

  @FieldResolver(() => Body, { description: 'The body that opened the thread.' })
  openedBy(@Root() thread: CoordinationThread, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, thread.openedById);
  }

  @FieldResolver(() => [Body], { description: 'Every body taking part, the lead included, in the order they joined.' })
  participants(@Root() thread: CoordinationThread, @Ctx() ctx: RequestContext): Promise<Body[]> {
    return threads.participantsOf(ctx, thread);
  }

  @FieldResolver(() => ThreadMessageConnection, { description: 'Messages, oldest first (`last: n` for the latest n). Messages are never edited.' })
  messages(@Root() thread: CoordinationThread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<ThreadMessage> {
    return threads.messagesOf(ctx, thread, args);
  }

  @FieldResolver(() => ThreadResourceConnection, { description: 'Documents and data sets shared in the thread, oldest first.' })
  resources(@Root() thread: CoordinationThread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<ThreadResource> {
    return threads.resourcesOf(ctx, thread, args);
  }

  @FieldResolver(() => ThreadEventConnection, { description: 'The history of the thread, oldest first: what `threadActivity` streams live.' })
  events(@Root() thread: CoordinationThread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<ThreadEvent> {
    return threads.eventsOf(ctx, thread, args);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => OpenCoordinationThreadPayload, {
    description: 'Opens a coordination thread (LEAD of the lead body, or of a government or group covering every participant). The lead is always a participant.',
  })
  openCoordinationThread(@Arg('input', () => OpenCoordinationThreadInput, { description: 'The thread.' }) input: OpenCoordinationThreadInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'openCoordinationThread', input, 'thread', (tx) => changes.openThread(tx, input), (tx, id) => threadById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => PostThreadMessagePayload, { description: 'Posts a message in an active thread the caller’s body takes part in (OFFICER or LEAD). Messages cannot be edited afterwards.' })
  postThreadMessage(@Arg('input', () => PostThreadMessageInput, { description: 'The message.' }) input: PostThreadMessageInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'postThreadMessage', input, 'message', (tx) => changes.postMessage(tx, input), (tx, id) => messageById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ShareThreadResourcePayload, { description: 'Shares a document or data set in an active thread the caller’s body takes part in (OFFICER or LEAD).' })
  shareThreadResource(@Arg('input', () => ShareThreadResourceInput, { description: 'The resource.' }) input: ShareThreadResourceInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'shareThreadResource', input, 'resource', (tx) => changes.shareResource(tx, input), (tx, id) => resourceById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => InviteThreadParticipantPayload, { description: "Adds a body inside the lead's jurisdiction to an active thread (a LEAD of the lead body)." })
  inviteThreadParticipant(@Arg('input', () => InviteThreadParticipantInput, { description: 'The thread and the body.' }) input: InviteThreadParticipantInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ thread: await changes.inviteParticipant(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => RemoveThreadParticipantPayload, { description: 'Removes a participant other than the lead from an active thread (a LEAD of the lead body).' })
  removeThreadParticipant(@Arg('input', () => RemoveThreadParticipantInput, { description: 'The thread and the body.' }) input: RemoveThreadParticipantInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ thread: await changes.removeParticipant(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => EscalateThreadPayload, {
    description: 'Passes an overdue or deadlocked thread to the coordinating body above all participants, which leads it from then on (any participant, OFFICER or LEAD). Nothing goes past the leading group.',
  })
  escalateThread(@Arg('input', () => EscalateThreadInput, { description: 'The thread, the ground and the reason.' }) input: EscalateThreadInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ thread: await changes.escalateThread(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ResolveThreadPayload, { description: 'Settles an active thread with a resolution summary; it becomes read-only (a LEAD of the lead body).' })
  resolveThread(@Arg('input', () => ResolveThreadInput, { description: 'The thread and the resolution.' }) input: ResolveThreadInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ thread: await changes.resolveThread(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ReopenThreadPayload, { description: 'Reopens a resolved thread (a LEAD of the lead body or of a body above it).' })
  reopenThread(@Arg('input', () => ReopenThreadInput, { description: 'The thread.' }) input: ReopenThreadInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ thread: await changes.reopenThread(tx, input) }));
  }

  @Authenticated()
  @Subscription(() => ThreadEvent, {
    description: 'Live events of one thread: messages, membership changes, resources, escalation, resolution. Only for callers who may read the thread (FORBIDDEN otherwise).',
    subscribe: ({ args, context }) => threads.subscribeToActivity(context as RequestContext, (args as { threadId: string }).threadId),
  })
  threadActivity(@Root() event: ThreadEvent, @Arg('threadId', () => ID, { description: 'Global id of the thread.' }) _threadId: string): ThreadEvent {
    return event;
  }
}

@Resolver(() => ThreadMessage)
export class ThreadMessageResolver {
  @FieldResolver(() => Body, { description: 'The participant body that posted it.' })
  author(@Root() message: ThreadMessage, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, message.authorId);
  }

  @FieldResolver(() => CoordinationThread, { description: 'The thread it was posted in.' })
  thread(@Root() message: ThreadMessage, @Ctx() ctx: RequestContext): Promise<CoordinationThread> {
    return threads.threadOf(ctx, message);
  }
}

@Resolver(() => ThreadResource)
export class ThreadResourceResolver {
  @FieldResolver(() => Body, { description: 'The participant that provides the resource.' })
  providedBy(@Root() resource: ThreadResource, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, resource.providedById);
  }

  @FieldResolver(() => Body, { description: 'The participant that shared it in the thread.' })
  sharedBy(@Root() resource: ThreadResource, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, resource.sharedById);
  }

  @FieldResolver(() => CoordinationThread, { description: 'The thread it was shared in.' })
  thread(@Root() resource: ThreadResource, @Ctx() ctx: RequestContext): Promise<CoordinationThread> {
    return threads.threadOf(ctx, resource);
  }
}

@Resolver(() => ThreadEvent)
export class ThreadEventResolver {
  @FieldResolver(() => CoordinationThread, { description: 'The thread, as it is now.' })
  thread(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Promise<CoordinationThread> {
    return threads.threadOf(ctx, event);
  }

  @FieldResolver(() => ThreadMessage, { nullable: true, description: 'The message, for MESSAGE_POSTED.' })
  message(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Promise<ThreadMessage | null> {
    return event.messageId ? messageById(ctx).load(event.messageId) : Promise.resolve(null);
  }

  @FieldResolver(() => ThreadResource, { nullable: true, description: 'The resource, for RESOURCE_SHARED.' })
  resource(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Promise<ThreadResource | null> {
    return event.resourceId ? resourceById(ctx).load(event.resourceId) : Promise.resolve(null);
  }

  @FieldResolver(() => Body, { description: 'The body that acted.' })
  actor(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, event.actorId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body the event is about: the lead on OPENED, the participant added or removed, the provider of a shared resource, the new lead on ESCALATED.' })
  body(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return maybeBody(ctx, event.bodyId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The lead before an escalation; null for other kinds.' })
  previousLead(@Root() event: ThreadEvent, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return maybeBody(ctx, event.previousLeadId);
  }
}

@Resolver(() => Body)
export class BodyThreadsResolver {
  @FieldResolver(() => CoordinationThreadConnection, {
    description: 'Coordination threads this body takes part in, newest first (or as `orderBy` says): those the caller may read, for a body inside the caller’s jurisdiction.',
  })
  threads(@Root() b: Body, @Args(() => ThreadsArgs) args: ThreadsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<CoordinationThread>> {
    return threads.threadsOf(ctx, b, args, args, { description: selectsBelow(info, 'description'), resolution: selectsBelow(info, 'resolution') });
  }
}
