import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context';
import { byIdLoader, Loader } from '../../platform/loaders';
import { loadPartitionPages } from '../../platform/database/batched-pages';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { Directive, Feedback, Receipt } from './channel.entities';

const DIRECTIVE_BY_ID = Symbol('directive.byId');
const FEEDBACK_BY_ID = Symbol('feedback.byId');
const RECEIPT_PAGES = Symbol('receipt.pages');
const RECEIPT_COUNTS = Symbol('receipt.counts');
const RECEIPT_FILTERED_COUNTS = Symbol('receipt.filteredCounts');

export const RECEIPT_ORDER: SortKey<Receipt>[] = [{ column: 'r.rowId', read: (r) => r.rowId, kind: 'text', direction: 'ASC' }];

export const directiveById = (ctx: RequestContext): DataLoader<string, Directive | null> => byIdLoader(ctx, DIRECTIVE_BY_ID, Directive);

export const feedbackById = (ctx: RequestContext): DataLoader<string, Feedback | null> => byIdLoader(ctx, FEEDBACK_BY_ID, Feedback);

/** Which receipts of a directive to list: by whether the recipient read or acknowledged it. */
export interface ReceiptFilter {
  read?: boolean | null;
  acknowledged?: boolean | null;
}

export function receiptWhere(filter: ReceiptFilter): { sql: string; params: Record<string, unknown> } | undefined {
  const parts: string[] = [];
  if (filter.read != null) parts.push(filter.read ? 'r.readAt IS NOT NULL' : 'r.readAt IS NULL');
  if (filter.acknowledged != null) parts.push(filter.acknowledged ? 'r.acknowledgedAt IS NOT NULL' : 'r.acknowledgedAt IS NULL');
  return parts.length ? { sql: parts.join(' AND '), params: {} } : undefined;
}

export function receiptPages(ctx: RequestContext, args: PageArgs, filter: ReceiptFilter = {}): DataLoader<string, PageData<Receipt>> {
  return ctx.loaders.keyed(RECEIPT_PAGES, [filter.read, filter.acknowledged, args.first, args.after, args.last, args.before], () =>
    new DataLoader<string, PageData<Receipt>>(async (directiveIds) => {
      const pages = await loadPartitionPages(
        ctx.em,
        Receipt,
        { alias: 'r', partitionColumn: 'r.directiveId', partitionOf: (r) => r.directiveId, sort: RECEIPT_ORDER, where: receiptWhere(filter) },
        directiveIds,
        args,
      );
      return directiveIds.map((id) => pages.get(id)!);
    }),
  );
}

/** Receipt totals per directive under a filter, in one grouped statement per filter. */
export function filteredReceiptCounts(ctx: RequestContext, filter: ReceiptFilter): DataLoader<string, number> {
  return ctx.loaders.keyed(RECEIPT_FILTERED_COUNTS, [filter.read, filter.acknowledged], () =>
    new DataLoader<string, number>(async (ids) => {
      const qb = ctx.em.createQueryBuilder(Receipt, 'r').select('r.directiveId', 'id').addSelect('COUNT(*)', 'n').where('r.directiveId IN (:...ids)', { ids: [...ids] });
      const where = receiptWhere(filter);
      if (where) qb.andWhere(where.sql, where.params);
      const rows: { id: string; n: string | number }[] = await qb.groupBy('r.directiveId').getRawMany();
      const counts = new Map(rows.map((r) => [r.id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  );
}

export interface AckSummary {
  total: number;
  acknowledged: number;
  overdue: number;
}

/** Receipt totals per directive in one grouped statement. */
export function receiptCounts(ctx: RequestContext): Loader<AckSummary> {
  return ctx.loaders.get(RECEIPT_COUNTS, () => {
    return new Loader<AckSummary>(async (ids) => {
      const rows: { id: string; total: string | number; acknowledged: string | number; overdue: string | number }[] = await ctx.em
        .createQueryBuilder(Receipt, 'r')
        .innerJoin(Directive, 'd', 'd.rowId = r.directiveId')
        .select('r.directiveId', 'id')
        .addSelect('COUNT(*)', 'total')
        .addSelect('SUM(CASE WHEN r.acknowledgedAt IS NOT NULL THEN 1 ELSE 0 END)', 'acknowledged')
        .addSelect('SUM(CASE WHEN r.acknowledgedAt IS NULL AND d.requiresAcknowledgement = :yes AND d.acknowledgeBy < :now THEN 1 ELSE 0 END)', 'overdue')
        .where('r.directiveId IN (:...ids)', { ids: [...ids], yes: true, now: new Date() })
        .groupBy('r.directiveId')
        .getRawMany();
      const map = new Map(rows.map((r) => [r.id, { total: Number(r.total), acknowledged: Number(r.acknowledged), overdue: Number(r.overdue) }]));
      return ids.map((id) => map.get(id) ?? { total: 0, acknowledged: 0, overdue: 0 });
    });
  });
}
