import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { Body } from './body.entity';
import { BodyKind, Level } from './body.enums';

export const BodyConnection = Connection(Body);

@ArgsType()
export class BodiesArgs extends PageArgs {
  @Field(() => Level, { nullable: true, description: 'Only bodies of this level.' })
  level?: Level | null;

  @Field(() => BodyKind, { nullable: true, description: 'Only bodies of this kind.' })
  kind?: BodyKind | null;

  @Field(() => String, { nullable: true, description: "A body's code: list its whole subtree, the body itself excluded." })
  under?: string | null;
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
