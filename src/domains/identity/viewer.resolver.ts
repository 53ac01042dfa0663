import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Public, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';

@ObjectType({ description: 'The authenticated caller.' })
export class Viewer {
  @Field(() => String, { description: 'Account id (the token subject).' })
  accountId: string;

  @Field(() => Body, { description: 'The body the caller acts for.' })
  body: Body;

  @Field(() => [Role], { description: 'Roles the caller holds in that body.' })
  roles: Role[];
}

@Resolver()
export class ViewerResolver {
  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The caller: account, acting body and roles; null for the public (no token).' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.actor) return null;
    const body = await findBodyById(ctx, ctx.actor.body.rowId);
    if (!body) return null;
    return { accountId: ctx.actor.accountId, body, roles: [...ctx.actor.roles] };
  }
}
