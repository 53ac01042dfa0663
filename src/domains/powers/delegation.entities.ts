import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { RatioScalar, minorUnits, MoneyScalar, QuantityScalar, ratioDecimal } from '../../platform/graphql/scalars';
import { Body } from '../bodies/body.entities';
import { Power } from './power.entities';
import { DelegationStatus } from './power.enums';

@ObjectType({ description: 'The money that comes with a delegation (财权随事权).' })
export class FiscalAllocation {
  @Field(() => MoneyScalar, { description: 'Amount allocated for the fiscal year.' })
  amount: bigint;

  @Field(() => String, { description: 'ISO 4217 currency code (CNY).' })
  currency: string;

  @Field(() => Int, { description: 'Fiscal year the amount is for.' })
  fiscalYear: number;

  @Field(() => String, { nullable: true, description: 'Where the money comes from, e.g. TRANSFER_PAYMENT, SHARED_TAX, SPECIAL_FUND.' })
  source: string | null;
}

/** A power handed by a body to a body below it, with its money and factor quotas. */
@Entity('delegation')
@Index('IDX_delegation_grantee', ['granteeId', 'fiscalYear', 'rowId'])
@Index('IDX_delegation_grantor', ['grantorId', 'fiscalYear', 'rowId'])
@Index('IDX_delegation_parent', ['parentId'])
@Index('IDX_delegation_unfunded', ['storedStatus', 'fiscalYear', 'coveragePpm', 'rowId'])
@ObjectType('Delegation', { description: 'A power handed down (下放) with the fiscal authority and quotas to exercise it.' })
export class Delegation extends NodeEntity {
  static readonly typename = 'Delegation';

  @Column({ name: 'power_id', type: 'varchar', length: 36 })
  powerId: string;

  @ManyToOne(() => Power, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'power_id' })
  powerRef?: Power;

  @Column({ name: 'grantor_id', type: 'varchar', length: 36 })
  grantorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grantor_id' })
  grantorRef?: Body;

  @Column({ name: 'grantee_id', type: 'varchar', length: 36 })
  granteeId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grantee_id' })
  granteeRef?: Body;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @ManyToOne(() => Delegation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parentRef?: Delegation;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  storedStatus: DelegationStatus;

  @Column({ name: 'scope', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What part of the power is handed down, when not all of it.' })
  scope: string | null;

  @Column({ name: 'fiscal_year', type: 'integer' })
  @Field(() => Int, { description: 'Fiscal year the delegation and its allocation are for.' })
  fiscalYear: number;

  @Column({ name: 'allocation_amount', type: 'bigint', nullable: true, transformer: minorUnits })
  allocationAmount: bigint | null;

  @Column({ name: 'allocation_currency', type: 'varchar', length: 3, nullable: true })
  allocationCurrency: string | null;

  @Column({ name: 'allocation_source', type: 'varchar', length: 100, nullable: true })
  allocationSource: string | null;

  @Column({ name: 'no_fiscal_need_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the delegation needs no money, when it carries none.' })
  noFiscalNeedReason: string | null;

  @Column({ name: 'estimated_cost', type: 'bigint', nullable: true, transformer: minorUnits })
  @Field(() => MoneyScalar, { nullable: true, description: 'Estimated annual cost of exercising the share handed down; the base of `coverage`.' })
  estimatedCost: bigint | null;

  /** allocation ÷ estimated cost in parts per million, stored so unfunded mandates sort on an index. */
  @Column({ name: 'coverage_ppm', type: 'integer', nullable: true })
  coveragePpm: number | null;

  @Column({ name: 'effective_from', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the delegation takes effect once signed.' })
  effectiveFrom: Date;

  @Column({ name: 'effective_to', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it lapses; null for open-ended.' })
  effectiveTo: Date | null;

  @Column({ name: 'drafted_by', type: 'varchar', length: 200 })
  draftedBy: string;

  @Column({ name: 'signed_by', type: 'varchar', length: 200, nullable: true })
  signedBy: string | null;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the delegation was drafted.' })
  createdAt: Date;

  @Column({ name: 'signed_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a LEAD of the grantor signed it.' })
  signedAt: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked.' })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revokedReason: string | null;

  /** The status as of now: a signed delegation past `effectiveTo` reads as EXPIRED. */
  @Field(() => DelegationStatus, { description: 'Where the delegation stands now.' })
  get status(): DelegationStatus {
    if (this.storedStatus === DelegationStatus.ACTIVE && this.effectiveTo && this.effectiveTo.getTime() <= Date.now()) return DelegationStatus.EXPIRED;
    return this.storedStatus;
  }

  /** In force right now: signed, started, not lapsed. */
  get inForce(): boolean {
    return this.status === DelegationStatus.ACTIVE && this.effectiveFrom.getTime() <= Date.now();
  }

  @Field(() => FiscalAllocation, { nullable: true, description: 'The money that comes with it; null when recorded as needing none.' })
  get fiscalAllocation(): FiscalAllocation | null {
    if (this.allocationAmount === null) return null;
    return { amount: this.allocationAmount, currency: this.allocationCurrency ?? 'CNY', fiscalYear: this.fiscalYear, source: this.allocationSource };
  }

  @Field(() => Number, {
    nullable: true,
    deprecationReason: 'A float, cut to six decimals and capped at 2000; use `coverageDecimal`, the same ratio as an exact decimal string.',
    description: 'Allocation ÷ estimated cost as a float cut to six decimals and capped at 2000; below 1 is an unfunded mandate. Null without an estimate or when no money is needed.',
  })
  get coverage(): number | null {
    return this.coveragePpm === null ? null : this.coveragePpm / 1_000_000;
  }

  @Field(() => RatioScalar, {
    nullable: true,
    description:
      'Allocation ÷ estimated cost as a decimal string, never capped: exact when it terminates within 18 decimals ("0.75", "2500"), otherwise cut after the 18th. Below 1 is an unfunded mandate. Null without an estimate or when no money is needed.',
  })
  get coverageDecimal(): string | null {
    if (this.allocationAmount === null || this.estimatedCost === null || this.estimatedCost <= 0n) return null;
    return ratioDecimal(this.allocationAmount, this.estimatedCost);
  }
}

/** A factor-allocation quota (要素配置权) that comes with a delegation: land, energy, … */
@Entity('delegation_quota')
@Unique('UQ_delegation_quota_kind', ['delegationId', 'kind'])
@ObjectType({ description: 'A factor-allocation quota (land, energy, …) handed down with a delegation.' })
export class FactorQuota extends RowEntity {
  @Column({ name: 'delegation_id', type: 'varchar', length: 36 })
  delegationId: string;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegationRef?: Delegation;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  @Field(() => String, { description: 'What is allocated, e.g. LAND, ENERGY, WATER, EMISSIONS.' })
  kind: string;

  @Column({ name: 'quantity', type: 'bigint', transformer: minorUnits })
  @Field(() => QuantityScalar, { description: 'How much.' })
  quantity: bigint;

  @Column({ name: 'unit', type: 'varchar', length: 16 })
  @Field(() => String, { description: 'Unit of the quantity, e.g. hectare, tce.' })
  unit: string;
}
