import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { Body } from './body.entities';
import { BodyKind, BodyOrder, Level } from './body.enums';

export const BodyConnection = Connection(Body);

@ArgsType()
export class BodiesArgs extends PageArgs {
  @Field(() => Level, { nullable: true, description: 'Only bodies of this level.' })
  level?: Level | null;

  @Field(() => BodyKind, { nullable: true, description: 'Only bodies of this kind.' })
  kind?: BodyKind | null;

  @Field(() => String, { nullable: true, description: "A body's code: list its whole subtree, the body itself excluded." })
  under?: string | null;

  @Field(() => String, { nullable: true, description: 'Only bodies whose name contains this text or whose code starts with it, ignoring case (1 to 100 characters), e.g. `杭州` or `3301`.' })
  search?: string | null;

  @Field(() => BodyOrder, { nullable: true, description: 'Order of the list; default CODE. A cursor belongs to the order it was read in.' })
  orderBy?: BodyOrder | null;
}

@ArgsType()
export class ChildrenArgs extends PageArgs {
  @Field(() => BodyKind, { nullable: true, description: 'Only children of this kind, e.g. GOVERNMENT for the governments one level down, DEPARTMENT for the departments.' })
  kind?: BodyKind | null;

  @Field(() => Level, { nullable: true, description: 'Only children of this level (a government’s departments share its level; the governments below do not).' })
  level?: Level | null;

  @Field(() => BodyOrder, { nullable: true, description: 'Order of the list; default CODE. A cursor belongs to the order it was read in.' })
  orderBy?: BodyOrder | null;
}

@InputType({ description: 'A new body in the jurisdiction tree.' })
export class CreateBodyInput {
  @Field(() => String, { description: 'Stable code: six-digit GB/T 2260 code for a government, `<government>-<SUFFIX>` otherwise.' })
  code: string;

  @Field(() => String, { description: 'Official name.' })
  name: string;

  @Field(() => Level, { description: 'Level; must fit the parent (a department has the level of its government).' })
  level: Level;

  @Field(() => BodyKind, { description: 'Kind of body.' })
  kind: BodyKind;

  @Field(() => String, { description: 'Code of the parent: the government one level up, or the own government for a department.' })
  parentCode: string;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of createBody.' })
export class CreateBodyPayload extends MutationPayload {
  @Field(() => Body, { nullable: true, description: 'The created body; null when refused.' })
  body?: Body | null;
}

@InputType({ description: 'Changes to an existing body. Omitted fields stay as they are.' })
export class UpdateBodyInput {
  @Field(() => String, { description: 'Code of the body to change (codes never change).' })
  code: string;

  @Field(() => String, { nullable: true, description: 'New official name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of a new parent; the placement rules of createBody apply.' })
  parentCode?: string | null;
}

@ObjectType({ description: 'Result of updateBody.' })
export class UpdateBodyPayload extends MutationPayload {
  @Field(() => Body, { nullable: true, description: 'The body after the change; null when refused.' })
  body?: Body | null;
}
