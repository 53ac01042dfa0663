import { AuditEvent } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/context';
import { badUserInput, forbidden } from '../../platform/errors/api-errors';
import { Page, PageArgs, paginate, SortKey } from '../../platform/graphql/connection';
import { parseGlobalId } from '../../platform/graphql/global-id';
import type { NodeFetcher } from '../../platform/graphql/node.resolver';

export const TRAIL_ORDER: SortKey<AuditEvent>[] = [{ column: 'a.seq', read: (e) => e.seq, direction: 'ASC', kind: 'int' }];

/**
 * The audit events of one object, oldest first. The caller must be able to read the object itself
 * (its `node` fetcher finds it); otherwise FORBIDDEN, whether it is out of sight or does not exist.
 */
export async function auditTrailOf(ctx: RequestContext, fetcherOf: (type: string) => NodeFetcher | undefined, targetId: string, args: PageArgs): Promise<Page<AuditEvent>> {
  const decoded = parseGlobalId(targetId);
  const fetch = decoded && fetcherOf(decoded.type);
  if (!decoded || !fetch) throw badUserInput('"targetId" is not the id of an object of the hub.');
  if (!(await fetch(ctx, decoded.rowId))) throw forbidden('The caller may not read this object, so not its audit trail either.');
  const qb = ctx.em
    .createQueryBuilder(AuditEvent, 'a')
    .where('a.targetType = :type AND a.targetId = :rowId', { type: decoded.type, rowId: decoded.rowId });
  return paginate(qb, TRAIL_ORDER, args);
}
