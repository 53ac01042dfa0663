import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { RatioScalar, MoneyScalar, QuantityScalar } from '../../platform/graphql/scalars';
import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Level } from '../bodies/body.enums';
import { Delegation } from './delegation.entities';
import { DelegationStatus } from './power.enums';
import { Power } from './power.entities';

export const PowerConnection = Connection(Power);
export const DelegationConnection = Connection(Delegation);

@ArgsType()
export class PowersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only powers of this policy field.' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Only powers whose title or code contains this text, ignoring case (1 to 100 characters), e.g. `药品` or `LICENSING`.' })
  search?: string | null;
}

@ArgsType()
export class DelegationsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only delegations for this fiscal year.' })
  fiscalYear?: number | null;

  @Field(() => DelegationStatus, { nullable: true, description: 'Only delegations stored with this status (EXPIRED is derived: filter ACTIVE and read `status`).' })
  status?: DelegationStatus | null;
}

@ArgsType()
export class UnfundedMandatesArgs extends PageArgs {
  @Field(() => Int, { description: 'Fiscal year to report on.' })
  fiscalYear: number;

  @Field(() => Level, { nullable: true, description: 'Only mandates held by bodies of this level.' })
  level?: Level | null;

  @Field(() => String, { nullable: true, description: "A body code: only mandates held in its subtree (itself included). Default: the caller's jurisdiction." })
  under?: string | null;
}

@InputType({ description: 'A new power, defined at the centre.' })
export class DefinePowerInput {
  @Field(() => String, { description: 'Stable code: capital letters, digits and dashes, e.g. `DRUG-RETAIL-LICENSING`.' })
  code: string;

  @Field(() => String, { description: 'What the power is about.' })
  title: string;

  @Field(() => String, { description: 'Policy field.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The law or regulation that establishes it.' })
  legalBasis?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Estimated annual cost of exercising it nationwide.' })
  estimatedAnnualCost?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of definePower.' })
export class DefinePowerPayload extends MutationPayload {
  @Field(() => Power, { nullable: true, description: 'The defined power; null when refused.' })
  power?: Power | null;
}

@InputType({ description: 'The money that must come with a delegation.' })
export class FiscalAllocationInput {
  @Field(() => MoneyScalar, { description: 'Amount for the fiscal year.' })
  amount: bigint;

  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear: number;

  @Field(() => String, { nullable: true, description: 'Source, e.g. TRANSFER_PAYMENT, SHARED_TAX, SPECIAL_FUND.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code; default CNY.' })
  currency?: string | null;
}

@InputType({ description: 'A factor-allocation quota handed down with a delegation.' })
export class FactorQuotaInput {
  @Field(() => String, { description: 'What is allocated: LAND, ENERGY, WATER, EMISSIONS, …' })
  kind: string;

  @Field(() => QuantityScalar, { description: 'How much.' })
  quantity: bigint;

  @Field(() => String, { description: 'Unit, e.g. hectare, tce.' })
  unit: string;
}

@InputType({ description: "Hands a power the caller's body holds to a body below it." })
export class DelegatePowerInput {
  @Field(() => String, { description: 'Code of the power.' })
  powerCode: string;

  @Field(() => String, { description: "Code of the grantee: a body at a lower level inside the grantor's jurisdiction." })
  toBodyCode: string;

  @Field(() => FiscalAllocationInput, { nullable: true, description: 'The money that comes with it. Required unless `noFiscalNeedReason` is given.' })
  fiscalAllocation?: FiscalAllocationInput | null;

  @Field(() => String, { nullable: true, description: 'Why no money is needed, instead of a fiscal allocation.' })
  noFiscalNeedReason?: string | null;

  @Field(() => Int, { nullable: true, description: 'Fiscal year when no allocation is given; default: the year of effectiveFrom.' })
  fiscalYear?: number | null;

  @Field(() => [FactorQuotaInput], { nullable: true, description: 'Factor quotas that come with it.' })
  quotas?: FactorQuotaInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the delegation the caller received, when re-delegating.' })
  parentDelegationId?: string | null;

  @Field(() => String, { nullable: true, description: 'What part of the power is handed down, when not all of it.' })
  scope?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Estimated annual cost of the share handed down; default: the power's (or parent delegation's) estimate." })
  estimatedCost?: bigint | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it takes effect once signed; default now.' })
  effectiveFrom?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it lapses; default open-ended.' })
  effectiveTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of delegatePower.' })
export class DelegatePowerPayload extends MutationPayload {
  @Field(() => Delegation, { nullable: true, description: 'The delegation (ACTIVE when a LEAD made it, PROPOSED when an OFFICER drafted it).' })
  delegation?: Delegation | null;
}

@InputType({ description: 'Signs a proposed delegation.' })
export class SignDelegationInput {
  @Field(() => ID, { description: 'Global id of the PROPOSED delegation.' })
  delegationId: string;
}

@ObjectType({ description: 'Result of signDelegation.' })
export class SignDelegationPayload extends MutationPayload {
  @Field(() => Delegation, { nullable: true, description: 'The delegation, now ACTIVE.' })
  delegation?: Delegation | null;
}

@InputType({ description: 'Revokes a delegation and everything re-delegated from it.' })
export class RevokeDelegationInput {
  @Field(() => ID, { description: 'Global id of the delegation.' })
  delegationId: string;

  @Field(() => String, { nullable: true, description: 'Why it is revoked.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of revokeDelegation.' })
export class RevokeDelegationPayload extends MutationPayload {
  @Field(() => Delegation, { nullable: true, description: 'The revoked delegation.' })
  delegation?: Delegation | null;

  @Field(() => [Delegation], { nullable: true, description: 'Every delegation revoked with it (re-delegations, at any depth).' })
  revokedWithIt?: Delegation[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Fiscal authority returned to the grantor (the revoked allocation).' })
  returnedAmount?: bigint | null;
}

@ObjectType({ description: 'A power a body holds now, and where it came from.' })
export class HeldPower {
  @Field(() => Power, { description: 'The power.' })
  power: Power;

  @Field(() => Delegation, { nullable: true, description: 'The active delegation it came through; null when the body defined it.' })
  delegation: Delegation | null;
}

@ObjectType({ description: "A body's fiscal coverage for one year: what it received against what its mandates cost." })
export class FiscalCoverage {
  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear: number;

  @Field(() => Int, { description: 'Active delegations received for the year.' })
  delegations: number;

  @Field(() => MoneyScalar, { description: 'Money received with them.' })
  allocated: bigint;

  @Field(() => MoneyScalar, { description: 'Estimated cost of the mandates that have an estimate.' })
  estimatedCost: bigint;

  @Field(() => Number, {
    nullable: true,
    deprecationReason: 'A float cut to six decimals; use `coverageDecimal`, the same ratio as an exact decimal string.',
    description: 'allocated ÷ estimatedCost over the mandates with an estimate, as a float cut to six decimals; null without any.',
  })
  coverage: number | null;

  @Field(() => RatioScalar, {
    nullable: true,
    description: 'allocated ÷ estimatedCost over the mandates with an estimate, as a decimal string: exact when it terminates within 18 decimals ("0.75"), otherwise cut after the 18th; null without any.',
  })
  coverageDecimal: string | null;

  @Field(() => Int, { description: 'How many of them are unfunded (coverage below 1).' })
  unfunded: number;

  @Field(() => MoneyScalar, { description: 'Money the body re-delegated for the year (never more than it received, per delegation).' })
  redelegated: bigint;
}
