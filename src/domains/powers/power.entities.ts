import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { minorUnits, MoneyScalar } from '../../platform/graphql/scalars';
import { DefinedByBody } from '../bodies/body.entities';

/** A responsibility over a matter (事权), defined at the centre and delegated down the tree. */
@Entity('power')
@Index('IDX_power_field_code', ['field', 'code'])
@ObjectType('Power', { description: 'A responsibility over a matter (事权), e.g. approval of enterprise investment projects.' })
export class Power extends DefinedByBody {
  static readonly typename = 'Power';

  @Index('UQ_power_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Stable code, e.g. `ENTERPRISE-INVESTMENT-APPROVAL`.' })
  code: string;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'What the power is about.' })
  title: string;

  @Column({ name: 'field', type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Policy field, e.g. `investment`, `land`, `health`.' })
  field: string;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The law or regulation that establishes the power.' })
  legalBasis: string | null;

  @Column({ name: 'estimated_annual_cost', type: 'bigint', nullable: true, transformer: minorUnits })
  @Field(() => MoneyScalar, { nullable: true, description: 'Estimated annual cost of exercising the power nationwide.' })
  estimatedAnnualCost: bigint | null;

  @Field(() => GraphQLDateTime, { description: 'When the power was defined.' })
  override createdAt: Date;
}
