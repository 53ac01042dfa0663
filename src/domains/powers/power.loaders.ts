import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { loadPartitionPages } from '../../platform/database/batched-pages';
import { entitiesFromRaw } from '../../platform/database/raw';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { Delegation, FactorQuota } from './delegation.entities';
import { Power } from './power.entities';

/** Newest first: ids are UUIDv7, so id order is creation order. */
export const DELEGATION_ORDER: SortKey<Delegation>[] = [{ column: 'd.rowId', read: (d) => d.rowId, kind: 'text', direction: 'DESC' }];

const POWER_BY_ID = Symbol('power.byId');
const DELEGATION_BY_ID = Symbol('delegation.byId');
const QUOTAS = Symbol('delegation.quotas');
const SIDE_PAGES = Symbol('delegation.sidePages');
const SIDE_COUNTS = Symbol('delegation.sideCounts');

function index<T>(rows: T[], ids: readonly string[], key: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return ids.map((id) => map.get(id) ?? null);
}

export function powerById(ctx: RequestContext): DataLoader<string, Power | null> {
  return ctx.loaders.get(POWER_BY_ID, () => new DataLoader(async (ids: readonly string[]) => index(await ctx.em.find(Power, { where: { rowId: In([...ids]) } }), ids, (p) => p.rowId)));
}

export function delegationById(ctx: RequestContext): DataLoader<string, Delegation | null> {
  return ctx.loaders.get(
    DELEGATION_BY_ID,
    () => new DataLoader(async (ids: readonly string[]) => index(await ctx.em.find(Delegation, { where: { rowId: In([...ids]) } }), ids, (d) => d.rowId)),
  );
}

export function quotasOf(ctx: RequestContext): DataLoader<string, FactorQuota[]> {
  return ctx.loaders.get(QUOTAS, () => {
    return new DataLoader<string, FactorQuota[]>(async (ids) => {
      const rows = await ctx.em.find(FactorQuota, { where: { delegationId: In([...ids]) }, order: { kind: 'ASC' } });
      return ids.map((id) => rows.filter((q) => q.delegationId === id));
    });
  });
}

export type Side = 'grantor' | 'grantee';
export interface SideFilter {
  fiscalYear?: number | null;
  status?: string | null;
}

function filterSql(filter: SideFilter): { sql: string; params: Record<string, unknown> } | undefined {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.fiscalYear != null) {
    parts.push('d.fiscalYear = :fy');
    params.fy = filter.fiscalYear;
  }
  if (filter.status != null) {
    parts.push('d.storedStatus = :st');
    params.st = filter.status;
  }
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}

/** One page of delegations granted (or received) per body, for many bodies in one statement. */
export function sidePages(ctx: RequestContext, side: Side, filter: SideFilter, args: PageArgs): DataLoader<string, PageData<Delegation>> {
  const key = JSON.stringify([side, filter.fiscalYear, filter.status, args.first, args.after, args.last, args.before]);
  const loaders = ctx.loaders.get(SIDE_PAGES, () => new Map<string, DataLoader<string, PageData<Delegation>>>());
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, PageData<Delegation>>(async (bodyIds) => {
      const column = side === 'grantor' ? 'd.grantorId' : 'd.granteeId';
      const pages = await loadPartitionPages(
        ctx.em,
        Delegation,
        {
          alias: 'd',
          partitionColumn: column,
          partitionOf: (d) => (side === 'grantor' ? d.grantorId : d.granteeId),
          sort: DELEGATION_ORDER,
          where: filterSql(filter),
          // Each delegation's power comes with it (one statement for the list level).
          join: (qb) => qb.leftJoin(Power, 'p', 'p.rowId = d.powerId').addSelect('p'),
          onRow: (row) => {
            const [power] = entitiesFromRaw(ctx.em, Power, 'p', [row]);
            if (power.rowId) powerById(ctx).prime(power.rowId, power);
          },
        },
        bodyIds,
        args,
      );
      return bodyIds.map((id) => pages.get(id)!);
    });
    loaders.set(key, loader);
  }
  return loader;
}

export function sideCounts(ctx: RequestContext, side: Side, filter: SideFilter): DataLoader<string, number> {
  const key = JSON.stringify([side, filter.fiscalYear, filter.status]);
  const loaders = ctx.loaders.get(SIDE_COUNTS, () => new Map<string, DataLoader<string, number>>());
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, number>(async (bodyIds) => {
      const column = side === 'grantor' ? 'd.grantorId' : 'd.granteeId';
      const qb = ctx.em.createQueryBuilder(Delegation, 'd').select(column, 'bodyId').addSelect('COUNT(*)', 'n').where(`${column} IN (:...ids)`, { ids: [...bodyIds] });
      const where = filterSql(filter);
      if (where) qb.andWhere(where.sql, where.params);
      const rows: { bodyId: string; n: string | number }[] = await qb.groupBy(column).getRawMany();
      const counts = new Map(rows.map((r) => [r.bodyId, Number(r.n)]));
      return bodyIds.map((id) => counts.get(id) ?? 0);
    });
    loaders.set(key, loader);
  }
  return loader;
}
