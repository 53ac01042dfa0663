import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { ReformEventKind } from '../../platform/events/reform-event-kind';
import { Node } from '../../platform/graphql/node';
import { Body } from '../bodies/body.entities';

@ObjectType({ description: 'One event of the jurisdiction-scoped event stream `reformEvents`.' })
export class ReformEventDelivery {
  /** Position in the hub-wide event log (not exposed; the cursor encodes it). */
  seq: number;

  @Field(() => String, { description: 'Opaque position; pass it as `after` to resume right after this event.' })
  cursor: string;

  @Field(() => ReformEventKind, { description: 'What happened.' })
  kind: ReformEventKind;

  @Field(() => Node, { description: 'What it happened to, read with the subscriber’s rights (events whose subject it may not read are skipped).' })
  subject: Node;

  @Field(() => Body, { description: 'The body that acted (for time-driven events: the body whose deadline passed).' })
  actor: Body;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  occurredAt: Date;
}
