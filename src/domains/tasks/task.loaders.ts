import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { byIdLoader } from '../../platform/loaders';
import { loadPartitionPages } from '../../platform/database/batched-pages';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { DeadlineExtension, FundAllocation, Milestone, ProgressReport, ReformFund, ReformTask, TaskCoExecutor, TaskReminder } from './task.entities';

/** Tasks by deadline, earliest first (so overdue ones lead), then by id. */
export const TASK_ORDER: SortKey<ReformTask>[] = [
  { column: 't.deadlineMinute', read: (t) => t.deadlineMinute, kind: 'int', direction: 'ASC' },
  { column: 't.rowId', read: (t) => t.rowId, kind: 'text', direction: 'ASC' },
];
/** Reports newest period first. */
export const REPORT_ORDER: SortKey<ProgressReport>[] = [{ column: 'r.rowId', read: (r) => r.rowId, kind: 'text', direction: 'DESC' }];

const TASK_BY_ID = Symbol('task.byId');
const FUND_BY_ID = Symbol('task.fundById');
const CO_EXECUTORS = Symbol('task.coExecutors');
const MILESTONES = Symbol('task.milestones');
const EXTENSIONS = Symbol('task.extensions');
const REMINDERS = Symbol('task.reminders');
const ALLOCATIONS = Symbol('task.allocations');
const FUND_ALLOCATED = Symbol('task.fundAllocated');
const CHILD_PAGES = Symbol('task.childPages');
const REPORT_PAGES = Symbol('task.reportPages');
const REPORT_COUNTS = Symbol('task.reportCounts');


export const taskById = (ctx: RequestContext) => byIdLoader(ctx, TASK_BY_ID, ReformTask);
export const fundById = (ctx: RequestContext) => byIdLoader(ctx, FUND_BY_ID, ReformFund);

/** Rows of one table grouped by a key column, for many keys in one statement. */
function grouped<E extends object>(ctx: RequestContext, key: symbol, target: new () => E, column: keyof E & string, order: Record<string, 'ASC' | 'DESC'>): DataLoader<string, E[]> {
  return ctx.loaders.get(key, () => {
    return new DataLoader<string, E[]>(async (keys) => {
      const rows = await ctx.em.getRepository(target).find({ where: { [column]: In([...keys]) } as never, order: order as never });
      return keys.map((k) => rows.filter((r) => (r as Record<string, unknown>)[column] === k));
    });
  });
}

export const coExecutorsOf = (ctx: RequestContext) => grouped(ctx, CO_EXECUTORS, TaskCoExecutor, 'taskId', { bodyId: 'ASC' });
export const milestonesOf = (ctx: RequestContext) => grouped(ctx, MILESTONES, Milestone, 'taskId', { seq: 'ASC' });
export const extensionsOf = (ctx: RequestContext) => grouped(ctx, EXTENSIONS, DeadlineExtension, 'taskId', { rowId: 'ASC' });
export const remindersOf = (ctx: RequestContext) => grouped(ctx, REMINDERS, TaskReminder, 'taskId', { remindedAt: 'ASC', directiveId: 'ASC' });
export const allocationsTo = (ctx: RequestContext) => grouped(ctx, ALLOCATIONS, FundAllocation, 'targetId', { rowId: 'ASC' });

/** Σ allocations of each fund (exact, minor units). */
export function allocatedOf(ctx: RequestContext): DataLoader<string, bigint> {
  return ctx.loaders.get(FUND_ALLOCATED, () => {
    return new DataLoader<string, bigint>(async (fundIds) => {
      const rows: { fundId: string; total: string | number | null }[] = await ctx.em
        .createQueryBuilder(FundAllocation, 'a')
        .select('a.fundId', 'fundId')
        .addSelect('CAST(SUM(a.amount) AS TEXT)', 'total')
        .where('a.fundId IN (:...ids)', { ids: [...fundIds] })
        .groupBy('a.fundId')
        .getRawMany();
      const map = new Map(rows.map((r) => [r.fundId, BigInt(r.total ?? 0)]));
      return fundIds.map((id) => map.get(id) ?? 0n);
    });
  });
}

export interface ChildFilter {
  status?: string | null;
  overdue?: boolean | null;
}

/** One page of subtasks for many parents in one statement (grouped by page arguments and filter). */
export function childPages(ctx: RequestContext, args: PageArgs, filter: ChildFilter, where?: { sql: string; params: Record<string, unknown> }, root: string | null = null): DataLoader<string, PageData<ReformTask>> {
  return ctx.loaders.keyed(CHILD_PAGES, [args.first, args.after, args.last, args.before, filter.status, filter.overdue, root], () =>
    new DataLoader<string, PageData<ReformTask>>(async (parentIds) => {
      const pages = await loadPartitionPages(ctx.em, ReformTask, { alias: 't', partitionColumn: 't.parentId', partitionOf: (t) => t.parentId!, sort: TASK_ORDER, where }, parentIds, args);
      return parentIds.map((id) => pages.get(id)!);
    }),
  );
}

export function reportPages(ctx: RequestContext, args: PageArgs): DataLoader<string, PageData<ProgressReport>> {
  return ctx.loaders.keyed(REPORT_PAGES, [args.first, args.after, args.last, args.before], () =>
    new DataLoader<string, PageData<ProgressReport>>(async (taskIds) => {
      const pages = await loadPartitionPages(ctx.em, ProgressReport, { alias: 'r', partitionColumn: 'r.taskId', partitionOf: (r) => r.taskId, sort: REPORT_ORDER }, taskIds, args);
      return taskIds.map((id) => pages.get(id)!);
    }),
  );
}

export function reportCounts(ctx: RequestContext): DataLoader<string, number> {
  return ctx.loaders.get(REPORT_COUNTS, () => {
    return new DataLoader<string, number>(async (taskIds) => {
      const rows: { taskId: string; n: string | number }[] = await ctx.em
        .createQueryBuilder(ProgressReport, 'r')
        .select('r.taskId', 'taskId')
        .addSelect('COUNT(*)', 'n')
        .where('r.taskId IN (:...ids)', { ids: [...taskIds] })
        .groupBy('r.taskId')
        .getRawMany();
      const map = new Map(rows.map((r) => [r.taskId, Number(r.n)]));
      return taskIds.map((id) => map.get(id) ?? 0);
    });
  });
}
