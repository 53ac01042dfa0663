import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type of a node: every node class names it in `static typename`. */
export function nodeTypename(value: object): string | undefined {
  return (value.constructor as { typename?: string }).typename;
}

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id (Relay Global Object Identification).',
  // Entities implement Node through their base class (NodeEntity), which type-graphql's default
  // resolution (the classes naming Node in `implements`) would not find.
  resolveType: nodeTypename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to `node(id:)` to fetch the object again.' })
  id: string;
}
