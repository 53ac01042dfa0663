import type { RequestContext } from '../context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/**
 * Appends an audit event through the context's manager, so inside a mutation it commits or rolls
 * back with the change it describes. Callers pass the transactional context.
 */
export async function recordAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (!ctx.em.queryRunner?.isTransactionActive) throw new Error('recordAudit must run inside the change’s transaction');
  await ctx.em.insert(AuditEvent, {
    occurredAt: new Date(),
    accountId: ctx.actor?.accountId ?? 'system',
    bodyCode: ctx.actor?.body.code ?? 'system',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: ctx.requestId,
    details: (entry.details ?? null) as AuditEvent["details"] & object,
  });
}
