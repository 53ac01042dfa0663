import { Field, ID, InterfaceType } from 'type-graphql';
import { PrimaryColumn } from 'typeorm';
import { toGlobalId } from './global-id';
import { Node, nodeTypename } from './node';

/** A table keyed by a uuid in column `id`; TypeScript calls it `rowId`, as GraphQL ids are global. */
export abstract class RowEntity {
  @PrimaryColumn({ name: 'id', type: 'varchar', length: 36 })
  rowId: string;
}

/**
 * A row that is a GraphQL `Node`: `implements: Node` and the `id` field, declared once for every
 * entity. A subclass names its GraphQL type in `static typename`, which also resolves `Node` to it,
 * and does not list `implements: Node` itself (Node's own `id` description would replace this one).
 * An interface only to carry both to the subclasses (an object type would be auto-registered as a
 * Node implementation): no type lists it, so the schema never shows it. type-graphql inherits
 * fields only through classes it knows, so a base between this and an entity is an interface too.
 */
@InterfaceType('NodeEntity', { implements: Node, description: 'Base of the entities that are nodes; not in the schema.' })
export abstract class NodeEntity extends RowEntity implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return toGlobalId(nodeTypename(this)!, this.rowId);
  }
}

