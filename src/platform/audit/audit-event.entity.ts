import { GraphQLDateTime } from '../graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One change made through the hub: who, for which body, what, on what, when, in which request. */
@ObjectType({ description: 'One recorded change: who, acting for which body, did what, when. Events form a SHA-256 hash chain (`hub audit verify` checks it).' })
@Entity('audit_event')
@Index('IDX_audit_event_target', ['targetType', 'targetId'])
export class AuditEvent {
  // Allocated from audit_chain_head by appendToChain, not by the database (see chain.ts).
  @Field(() => Int, { description: 'Position in the hub-wide audit chain; increases by one per event.' })
  @PrimaryColumn({ type: 'integer', name: 'id' })
  seq: number;

  @Field(() => GraphQLDateTime, { description: 'When the change was made.' })
  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;

  @Field(() => String, { description: 'The account (token subject) that made the change; `system` for the hub itself.' })
  @Column({ name: 'account_id', type: 'varchar', length: 200 })
  accountId: string;

  @Field(() => String, { description: 'Code of the body the account acted for.' })
  @Column({ name: 'body_code', type: 'varchar', length: 64 })
  bodyCode: string;

  @Field(() => String, { description: 'What was done, e.g. `delegation.sign`.' })
  @Column({ name: 'action', type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 64 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 64 })
  targetId: string;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Column({ name: 'details', type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;

  @Field(() => String, { name: 'previousHash', description: 'Hex SHA-256 of the previous event (64 zeros for the first).' })
  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Field(() => String, { description: 'Hex SHA-256 over this event (seq, time, account, body, action, target, request, details) and `previousHash`.' })
  @Column({ name: 'hash', type: 'varchar', length: 64 })
  hash: string;
}

export const AUDIT_CHAIN_HEAD_ID = 1;

/** The one row naming the newest event of the chain; appends lock it to serialise themselves. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'integer', name: 'id' })
  id: number;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash: string;
}
