import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequireRole, Public, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page } from '../../platform/graphql/connection';
import { connectionSelection } from '../../platform/graphql/lookahead';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from './body.entities';
import * as bodies from './body.service';
import { BodiesArgs, BodyConnection, ChildrenArgs, CreateBodyInput, CreateBodyPayload, UpdateBodyInput, UpdateBodyPayload } from './body.types';

// The body tree is public information (the organisation of government), so reads are public.
@Resolver(() => Body)
export class BodyResolver {
  @Public()
  @Query(() => Body, { nullable: true, description: 'The body with this code, or null.' })
  body(@Arg('code', () => String, { description: 'The body code, e.g. `330100`.' }) code: string, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return bodies.findBodyByCode(ctx, code);
  }

  @Public()
  @Query(() => BodyConnection, { description: 'Bodies, ordered by code (or name), filtered by level, kind, subtree and a name or code search.' })
  bodies(@Args(() => BodiesArgs) args: BodiesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Body>> {
    return bodies.listBodies(ctx, args, args, connectionSelection(info));
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body one step up the tree; null for the central government.' })
  parent(@Root() body: Body, @Ctx() ctx: RequestContext): Body | null | Promise<Body | null> {
    return bodies.parentOf(ctx, body);
  }

  @FieldResolver(() => BodyConnection, { description: 'Bodies directly below this one, ordered by code (or name), optionally only of one kind or level.' })
  children(@Root() body: Body, @Args(() => ChildrenArgs) args: ChildrenArgs, @Ctx() ctx: RequestContext): Page<Body> {
    return bodies.childrenOf(ctx, body, args, args);
  }

  @FieldResolver(() => [Body], { description: 'All bodies above this one, from the central government down to the parent.' })
  ancestors(@Root() body: Body, @Ctx() ctx: RequestContext): Promise<Body[]> {
    return bodies.ancestorsOf(ctx, body);
  }

  @FieldResolver(() => [Body], { description: 'For a government: its departments, groups and offices (same level). Empty otherwise.' })
  departments(@Root() body: Body, @Ctx() ctx: RequestContext): Promise<Body[]> {
    return bodies.departmentsOf(ctx, body);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CreateBodyPayload, { description: "Adds a body under a parent in the caller's subtree (ADMIN)." })
  createBody(@Arg('input', () => CreateBodyInput, { description: 'The body to create.' }) input: CreateBodyInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'createBody', input, 'body', (tx) => bodies.createBody(tx, input), (tx, id) => bodies.findBodyById(tx, id));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => UpdateBodyPayload, { description: "Renames or moves a body strictly below the caller's body (ADMIN)." })
  updateBody(@Arg('input', () => UpdateBodyInput, { description: 'The body and the changes.' }) input: UpdateBodyInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ body: await bodies.updateBody(tx, input) }));
  }
}
