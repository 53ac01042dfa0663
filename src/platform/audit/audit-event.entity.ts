import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change made through the hub: who, for which body, what, on what, when, in which request. */
@Entity('audit_event')
@Index('IDX_audit_event_target', ['targetType', 'targetId'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  seq: number;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;

  @Column({ name: 'account_id', type: 'varchar', length: 200 })
  accountId: string;

  @Column({ name: 'body_code', type: 'varchar', length: 64 })
  bodyCode: string;

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
}
