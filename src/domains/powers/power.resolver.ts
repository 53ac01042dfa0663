import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authenticated, Public, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { bodyOf } from '../bodies/body.service';
import { Delegation, FactorQuota } from './delegation.entities';
import * as delegations from './delegation.service';
import { delegationById, quotasOf } from './power.loaders';
import { Power } from './power.entities';
import * as powers from './power.service';
import {
  DefinePowerInput,
  DefinePowerPayload,
  DelegatePowerInput,
  DelegatePowerPayload,
  DelegationConnection,
  DelegationsArgs,
  FiscalCoverage,
  HeldPower,
  PowerConnection,
  PowersArgs,
  RevokeDelegationInput,
  RevokeDelegationPayload,
  SignDelegationInput,
  SignDelegationPayload,
  UnfundedMandatesArgs,
} from './power.types';

// Powers (权责清单) are public; delegations and money are read inside the caller's jurisdiction.
@Resolver(() => Power)
export class PowerResolver {
  @Public()
  @Query(() => Power, { nullable: true, description: 'The power with this code, or null.' })
  power(@Arg('code', () => String, { description: 'Power code.' }) code: string, @Ctx() ctx: RequestContext): Promise<Power | null> {
    return powers.findPowerByCode(ctx, code);
  }

  @Public()
  @Query(() => PowerConnection, { description: 'Defined powers, ordered by code, filtered by field and a title or code search.' })
  powers(@Args(() => PowersArgs) args: PowersArgs, @Ctx() ctx: RequestContext): Page<Power> {
    return powers.listPowers(ctx, args, args);
  }

  @FieldResolver(() => Body, { description: 'The central body that defined the power.' })
  definedBy(@Root() power: Power, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, power.definedById);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DefinePowerPayload, { description: 'Defines a power (a LEAD of a central body).' })
  definePower(@Arg('input', () => DefinePowerInput, { description: 'The power.' }) input: DefinePowerInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'definePower', input, 'power', (tx) => powers.definePower(tx, input), (tx, id) => powers.findPowerById(tx, id));
  }
}

@Resolver(() => Delegation)
export class DelegationResolver {
  @Authenticated()
  @Query(() => DelegationConnection, { description: "Active delegations whose coverage is below 1 (unfunded mandates), worst first, inside the caller's jurisdiction." })
  unfundedMandates(@Args(() => UnfundedMandatesArgs) args: UnfundedMandatesArgs, @Ctx() ctx: RequestContext): Promise<Page<Delegation>> {
    return delegations.unfundedMandates(ctx, args, args);
  }

  @FieldResolver(() => Power, { description: 'The power handed down.' })
  power(@Root() d: Delegation, @Ctx() ctx: RequestContext): Power | Promise<Power> {
    return powers.powerOf(ctx, d.powerId);
  }

  @FieldResolver(() => Body, { description: 'The body that hands the power down.' })
  grantor(@Root() d: Delegation, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, d.grantorId);
  }

  @FieldResolver(() => Body, { description: 'The body that receives it.' })
  grantee(@Root() d: Delegation, @Ctx() ctx: RequestContext): Body | Promise<Body> {
    return bodyOf(ctx, d.granteeId);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation this one re-delegates; null when the grantor defined the power, or when that delegation lies outside the caller’s jurisdiction.',
  })
  async parent(@Root() d: Delegation, @Ctx() ctx: RequestContext): Promise<Delegation | null> {
    const parent = d.parentId ? await delegationById(ctx).load(d.parentId) : null;
    return parent && (await delegations.canSeeDelegation(ctx, parent)) ? parent : null;
  }

  @FieldResolver(() => [Delegation], { description: 'Delegations re-delegated from this one that the caller may see.' })
  redelegations(@Root() d: Delegation, @Ctx() ctx: RequestContext): Promise<Delegation[]> {
    return delegations.redelegationsOf(ctx, d);
  }

  @FieldResolver(() => [FactorQuota], { description: 'Factor quotas handed down with it.' })
  quotas(@Root() d: Delegation, @Ctx() ctx: RequestContext): Promise<FactorQuota[]> {
    return quotasOf(ctx).load(d.rowId);
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => DelegatePowerPayload, { description: "Hands a power the caller's body holds to a body below it, with its money. LEAD: ACTIVE at once; OFFICER: PROPOSED." })
  delegatePower(@Arg('input', () => DelegatePowerInput, { description: 'The delegation.' }) input: DelegatePowerInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'delegatePower', input, 'delegation', (tx) => delegations.delegatePower(tx, input), (tx, id) => delegationById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => SignDelegationPayload, { description: 'Signs a PROPOSED delegation of the caller’s body, making it ACTIVE (conservation is checked again).' })
  signDelegation(@Arg('input', () => SignDelegationInput, { description: 'The delegation.' }) input: SignDelegationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ delegation: await delegations.signDelegation(tx, input.delegationId) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => RevokeDelegationPayload, { description: 'Revokes a delegation (its grantor or a body above) and everything re-delegated from it, returning the authority up the chain.' })
  revokeDelegation(@Arg('input', () => RevokeDelegationInput, { description: 'The delegation.' }) input: RevokeDelegationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => delegations.revokeDelegation(tx, input.delegationId, input.reason));
  }
}

@Resolver(() => Body)
export class BodyPowersResolver {
  @FieldResolver(() => [HeldPower], {
    description: 'Powers the body holds now, and where each came from. Outside the body’s jurisdiction (and the granting body’s), only the powers it defined.',
  })
  powers(@Root() body: Body, @Ctx() ctx: RequestContext): Promise<HeldPower[]> {
    return powers.heldPowers(ctx, body);
  }

  @FieldResolver(() => DelegationConnection, { description: 'Delegations this body granted, newest first (inside the caller’s jurisdiction).' })
  delegationsGranted(@Root() body: Body, @Args(() => DelegationsArgs) args: DelegationsArgs, @Ctx() ctx: RequestContext): Promise<Page<Delegation>> {
    return delegations.delegationsOf(ctx, body, 'grantor', args, args);
  }

  @FieldResolver(() => DelegationConnection, { description: 'Delegations this body received, newest first (inside the caller’s jurisdiction).' })
  delegationsReceived(@Root() body: Body, @Args(() => DelegationsArgs) args: DelegationsArgs, @Ctx() ctx: RequestContext): Promise<Page<Delegation>> {
    return delegations.delegationsOf(ctx, body, 'grantee', args, args);
  }

  @FieldResolver(() => FiscalCoverage, { description: 'What the body received for a year against what its mandates cost (inside the caller’s jurisdiction).' })
  fiscalCoverage(@Root() body: Body, @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalCoverage> {
    return delegations.fiscalCoverage(ctx, body, fiscalYear);
  }
}
