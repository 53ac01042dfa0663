import type { RequestContext } from '../context';
import { commitBuffer, CommitPhase } from '../database/transaction';
import { appendToChain, UnchainedEvent } from './chain';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

const AUDIT = Symbol('audit');

/**
 * Records an audit event through the context's manager, so inside a mutation it commits or rolls
 * back with the change it describes. Callers pass the transactional context.
 *
 * The event joins the hash chain at the end of the transaction (commit phase AUDIT, after the
 * event log): appending locks the chain head, which serialises every writer on PostgreSQL, so it
 * is held only from the last step to COMMIT and is the last lock a writer takes (no lock cycles).
 */
export async function recordAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (!ctx.em.queryRunner?.isTransactionActive) throw new Error('recordAudit must run inside the change’s transaction');
  const event: UnchainedEvent = {
    occurredAt: new Date(),
    accountId: ctx.actor?.accountId ?? 'system',
    bodyCode: ctx.actor?.body.code ?? 'system',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: ctx.requestId,
    details: entry.details ?? null,
  };
  const { em, db } = ctx;
  const queue = commitBuffer<UnchainedEvent>(em, AUDIT, CommitPhase.AUDIT, (events) => appendToChain(em, db, events));
  if (queue) queue.push(event);
  else await appendToChain(em, db, [event]);
}
