import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a globally unique, opaque id (Relay Global Object Identification).' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to `node(id:)` to fetch the object again.' })
  id: string;
}
