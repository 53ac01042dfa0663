import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { BodyKind, Level } from '../bodies/body.enums';
import { Directive, Feedback, Receipt } from './channel.entities';
import { DirectivePriority, FeedbackKind, FeedbackResolution } from './channel.enums';

export const DirectiveConnection = Connection(Directive);
export const ReceiptConnection = Connection(Receipt);
export const FeedbackConnection = Connection(Feedback);

@ObjectType({ description: 'How many recipients have acknowledged a directive.' })
export class AcknowledgementSummary {
  @Field(() => Int, { description: 'Recipients.' })
  total: number;

  @Field(() => Int, { description: 'Recipients that acknowledged.' })
  acknowledged: number;

  @Field(() => Int, { description: 'Recipients past the acknowledgement deadline without acknowledging.' })
  overdue: number;
}

@ObjectType({ description: 'One directive delivered to the subscriber’s body.' })
export class DirectiveDelivery {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to continue right after this delivery.' })
  cursor: string;

  @Field(() => Directive, { description: 'The directive (a revision arrives as a new delivery).' })
  directive: Directive;

  @Field(() => Receipt, { description: 'The subscriber body’s receipt of it.' })
  receipt: Receipt;
}

@ObjectType({ description: 'One piece of feedback delivered to the subscriber’s body.' })
export class FeedbackDelivery {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to continue right after this delivery.' })
  cursor: string;

  @Field(() => Feedback, { description: 'The feedback.' })
  feedback: Feedback;
}

/**
 * The fields every input that issues a directive shares (issueDirective, adoption directives, pilot
 * scale-up); `issuer` names who issues it in the descriptions, so each input keeps its own wording.
 */
export function DirectiveFieldsInput(issuer: string) {
  @InputType({ description: 'Base of directive inputs. Not reachable, so not emitted.' })
  abstract class DirectiveFields {
    @Field(() => String, { description: 'Title.' })
    title: string;

    @Field(() => String, { description: 'Full text.' })
    content: string;

    @Field(() => [String], { nullable: true, description: `Codes of explicit recipients, all in the ${issuer}’s subtree.` })
    recipientCodes?: string[] | null;

    @Field(() => Level, { nullable: true, description: `Address every body of this level below the ${issuer}.` })
    audienceLevel?: Level | null;

    @Field(() => BodyKind, { nullable: true, description: 'With audienceLevel: which kind of body; default GOVERNMENT.' })
    audienceKind?: BodyKind | null;

    @Field(() => Boolean, { nullable: true, description: 'Recipients must acknowledge it.' })
    requiresAcknowledgement?: boolean | null;

    @Field(() => GraphQLDateTime, { nullable: true, description: 'Acknowledgement deadline (with requiresAcknowledgement).' })
    acknowledgeBy?: Date | null;

    @Field(() => Boolean, { nullable: true, description: 'Readable without an account.' })
    public?: boolean | null;
  }
  return DirectiveFields;
}

@InputType({ description: 'A directive to bodies in the issuer’s own subtree.' })
export class IssueDirectiveInput extends DirectiveFieldsInput('issuer') {
  @Field(() => DirectivePriority, { nullable: true, description: 'Priority; default ROUTINE.' })
  priority?: DirectivePriority | null;

  @Field(() => [String], { nullable: true, description: 'Keywords of what the directive explicitly prohibits (明令禁止), at most 20; fault-tolerance cases find it by them.' })
  prohibits?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of issuing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of issueDirective.' })
export class IssueDirectivePayload extends MutationPayload {
  @Field(() => Directive, { nullable: true, description: 'The directive; null when refused.' })
  directive?: Directive | null;
}

@InputType({ description: 'A revision of a directive (再决策).' })
export class ReviseDirectiveInput {
  @Field(() => ID, { description: 'The latest version of the directive.' })
  directiveId: string;

  @Field(() => ID, { description: 'The feedback that caused the revision (addressed to the issuer).' })
  causedByFeedbackId: string;

  @Field(() => String, { nullable: true, description: 'New title; default unchanged.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New text; default unchanged.' })
  content?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether acknowledgement is required; default unchanged.' })
  requiresAcknowledgement?: boolean | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New acknowledgement deadline.' })
  acknowledgeBy?: Date | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of reviseDirective.' })
export class ReviseDirectivePayload extends MutationPayload {
  @Field(() => Directive, { nullable: true, description: 'The new version.' })
  directive?: Directive | null;
}

@InputType({ description: 'Acknowledges a directive addressed to the caller’s body.' })
export class AcknowledgeDirectiveInput {
  @Field(() => ID, { description: 'The directive.' })
  directiveId: string;
}

@ObjectType({ description: 'Result of acknowledgeDirective.' })
export class AcknowledgeDirectivePayload extends MutationPayload {
  @Field(() => Receipt, { nullable: true, description: 'The caller body’s receipt, now acknowledged.' })
  receipt?: Receipt | null;
}

@InputType({ description: 'Marks a directive addressed to the caller’s body as read.' })
export class MarkDirectiveReadInput {
  @Field(() => ID, { description: 'The directive.' })
  directiveId: string;
}

@ObjectType({ description: 'Result of markDirectiveRead.' })
export class MarkDirectiveReadPayload extends MutationPayload {
  @Field(() => Receipt, { nullable: true, description: 'The caller body’s receipt.' })
  receipt?: Receipt | null;
}

@InputType({ description: 'Feedback reported upward.' })
export class SubmitFeedbackInput {
  @Field(() => FeedbackKind, { description: 'What kind of feedback.' })
  kind: FeedbackKind;

  @Field(() => String, { description: 'The report.' })
  content: string;

  @Field(() => String, { nullable: true, description: 'A body above the sender; default: the directive’s issuer, or the sender’s parent.' })
  toBodyCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The directive it is about.' })
  directiveId?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of submitFeedback.' })
export class SubmitFeedbackPayload extends MutationPayload {
  @Field(() => Feedback, { nullable: true, description: 'The feedback; null when refused.' })
  feedback?: Feedback | null;
}

@InputType({ description: 'The recipient’s answer to feedback.' })
export class RespondToFeedbackInput {
  @Field(() => ID, { description: 'The feedback.' })
  feedbackId: string;

  @Field(() => FeedbackResolution, { description: 'How it is resolved.' })
  resolution: FeedbackResolution;

  @Field(() => String, { description: 'The answer.' })
  response: string;
}

@ObjectType({ description: 'Result of respondToFeedback.' })
export class RespondToFeedbackPayload extends MutationPayload {
  @Field(() => Feedback, { nullable: true, description: 'The answered feedback.' })
  feedback?: Feedback | null;
}
