import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { TraceGapReason, TraceRelation } from './trace.enums';

export const MAX_TRACE_NODES = 100;
export const MAX_TRACE_LINKS = 2 * MAX_TRACE_NODES;

@ObjectType({ description: 'A node of a trace the caller may not read: its kind and why, never its id or title.' })
export class TraceGap {
  @Field(() => String, { description: 'The kind of object hidden (`Finding`, `RectificationOrder`…); the link’s relation names it anyway.' })
  typename: string;

  @Field(() => TraceGapReason, { description: 'Why it is hidden.' })
  reason: TraceGapReason;
}

@ObjectType({ description: 'One object of a trace: the object when the caller may read it, else a gap.' })
export class TraceNode {
  @Field(() => String, { description: 'Handle of the node inside this answer (`n0` is the traced object); not an id, and different in another answer.' })
  key: string;

  @Field(() => Int, { description: 'Links between the traced object and this node.' })
  distance: number;

  @Field(() => Node, { nullable: true, description: 'The object; null when it is a gap.' })
  node: Node | null;

  @Field(() => TraceGap, { nullable: true, description: 'Set when the caller may not read the object.' })
  gap: TraceGap | null;
}

@ObjectType({ description: 'A link of the reform chain: `to` follows from `from` by `relation`.' })
export class TraceLink {
  @Field(() => TraceRelation, { description: 'How `to` follows from `from`.' })
  relation: TraceRelation;

  @Field(() => TraceNode, { description: 'The upstream end.' })
  from: TraceNode;

  @Field(() => TraceNode, { description: 'The downstream end.' })
  to: TraceNode;
}

@ObjectType({ description: 'The links around one object of the reform chain, filtered by the caller’s rights: what it may not read is a gap.' })
export class Trace {
  @Field(() => TraceNode, { description: 'The traced object.' })
  root: TraceNode;

  @Extensions({ listSize: MAX_TRACE_NODES }) // the cost of a query counts the whole bound
  @Field(() => [TraceNode], { description: `Every node reached, nearest first (the traced object first); at most ${MAX_TRACE_NODES}.` })
  nodes: TraceNode[];

  @Extensions({ listSize: MAX_TRACE_LINKS })
  @Field(() => [TraceLink], { description: `Every link walked, nearest first; at most ${MAX_TRACE_LINKS}.` })
  links: TraceLink[];

  @Field(() => Boolean, { description: 'True when the walk stopped at the node or link limit before the depth asked for.' })
  truncated: boolean;
}
