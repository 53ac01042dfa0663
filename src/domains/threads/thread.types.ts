import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadResource } from './thread.entities';
import { EscalationGround, ThreadOrder, ThreadResourceKind, ThreadStatus } from './thread.enums';

export const CoordinationThreadConnection = Connection(CoordinationThread);
export const ThreadMessageConnection = Connection(ThreadMessage);
export const ThreadResourceConnection = Connection(ThreadResource);
export const ThreadEventConnection = Connection(ThreadEvent);

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadStatus, { nullable: true, description: 'Only threads with this status.' })
  status?: ThreadStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only active threads past their due date; false: only the others.' })
  overdue?: boolean | null;

  @Field(() => ThreadOrder, { nullable: true, description: 'Order of the list; default NEWEST. A cursor belongs to the order it was read in.' })
  orderBy?: ThreadOrder | null;
}

@InputType({ description: 'A new coordination thread.' })
export class OpenCoordinationThreadInput {
  @Field(() => String, { description: 'What is to be settled (2 to 200 characters).' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Background, scope and what a resolution must contain.' })
  description?: string | null;

  @Field(() => String, { description: "Code of the lead body. The caller is a LEAD of it, or of a government or group whose jurisdiction covers every participant." })
  leadBodyCode: string;

  @Field(() => [String], { description: "Codes of the other participants, inside the caller's jurisdiction. The lead is always a participant and need not be listed." })
  participantCodes: string[];

  @Field(() => GraphQLDateTime, { description: 'When the matter must be settled; in the future.' })
  dueAt: Date;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of openCoordinationThread.' })
export class OpenCoordinationThreadPayload extends MutationPayload {
  @Field(() => CoordinationThread, { nullable: true, description: 'The opened thread; null when refused.' })
  thread?: CoordinationThread | null;
}

@InputType({ description: 'A message for a thread. Messages cannot be edited or deleted afterwards.' })
export class PostThreadMessageInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => String, { description: 'The text (1 to 10000 characters).' })
  content: string;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of posting twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of postThreadMessage.' })
export class PostThreadMessagePayload extends MutationPayload {
  @Field(() => ThreadMessage, { nullable: true, description: 'The posted message; null when refused.' })
  message?: ThreadMessage | null;
}

@InputType({ description: 'A document or data set to share in a thread: give a URI, a content hash, or both.' })
export class ShareThreadResourceInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => String, { description: 'Title (2 to 200 characters).' })
  title: string;

  @Field(() => ThreadResourceKind, { description: 'What kind of resource it is.' })
  kind: ThreadResourceKind;

  @Field(() => String, { nullable: true, description: 'Where to fetch it: an http or https URL.' })
  uri?: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content: 64 hex digits, optionally prefixed `sha256:`.' })
  contentHash?: string | null;

  @Field(() => String, { nullable: true, description: "Code of the participant that provides it; default: the caller's body." })
  providedByCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of sharing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of shareThreadResource.' })
export class ShareThreadResourcePayload extends MutationPayload {
  @Field(() => ThreadResource, { nullable: true, description: 'The shared resource; null when refused.' })
  resource?: ThreadResource | null;
}

@InputType({ description: 'A body to add to or remove from a thread. Not reachable, so not emitted.' })
abstract class ThreadMemberInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => String, { description: 'Code of the body.' })
  bodyCode: string;
}

@InputType({ description: "Adds a body inside the lead's jurisdiction to a thread (the lead only)." })
export class InviteThreadParticipantInput extends ThreadMemberInput {}

@InputType({ description: 'Removes a participant other than the lead from a thread (the lead only).' })
export class RemoveThreadParticipantInput extends ThreadMemberInput {}

/** Base of the payloads that answer with the changed thread. Not reachable, so not emitted. */
@ObjectType({ description: 'Base of thread payloads.' })
abstract class ThreadChangePayload extends MutationPayload {
  @Field(() => CoordinationThread, { nullable: true, description: 'The thread after the change; null when refused.' })
  thread?: CoordinationThread | null;
}

@ObjectType({ description: 'Result of inviteThreadParticipant.' })
export class InviteThreadParticipantPayload extends ThreadChangePayload {}

@ObjectType({ description: 'Result of removeThreadParticipant.' })
export class RemoveThreadParticipantPayload extends ThreadChangePayload {}

@InputType({ description: 'Passes a stalled or deadlocked thread to the coordinating body above.' })
export class EscalateThreadInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => EscalationGround, { description: 'Why: OVERDUE (checked against dueAt) or DEADLOCK.' })
  ground: EscalationGround;

  @Field(() => String, { description: 'What is stuck and why (2 to 2000 characters).' })
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of a leading or special group to take the lead, whose government is at or above the lowest common government of all participants. Default: that government, or the leading group when it is the central government.',
  })
  toBodyCode?: string | null;
}

@InputType({ description: 'Settles a thread.' })
export class ResolveThreadInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => String, { description: 'The resolution summary: what was agreed, by whom, by when (2 to 10000 characters).' })
  resolution: string;
}

@InputType({ description: 'Reopens a resolved thread.' })
export class ReopenThreadInput {
  @Field(() => ID, { description: 'Global id of the thread.' })
  threadId: string;

  @Field(() => String, { nullable: true, description: 'Why it is reopened.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of escalateThread.' })
export class EscalateThreadPayload extends ThreadChangePayload {}

@ObjectType({ description: 'Result of resolveThread.' })
export class ResolveThreadPayload extends ThreadChangePayload {}

@ObjectType({ description: 'Result of reopenThread.' })
export class ReopenThreadPayload extends ThreadChangePayload {}
