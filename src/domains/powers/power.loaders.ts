import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { rawPartitionPages } from '../../platform/database/batched-pages';
import { aliasedColumns, entityMapper, rawRows, readInt } from '../../platform/database/raw';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { Loader } from '../../platform/loaders';
import { Delegation, FactorQuota } from './delegation.entities';
import { Power } from './power.entities';

/** Newest first: ids are UUIDv7, so id order is creation order. */
export const DELEGATION_ORDER: SortKey<Delegation>[] = [{ column: 'd.id', read: (d) => d.rowId, kind: 'text', direction: 'DESC' }];

const POWER_BY_ID = Symbol('power.byId');
const DELEGATION_BY_ID = Symbol('delegation.byId');
const QUOTAS = Symbol('delegation.quotas');
const SIDE_PAGES = Symbol('delegation.sidePages');
const SIDE_COUNTS = Symbol('delegation.sideCounts');

function index<T>(rows: T[], ids: readonly string[], key: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return ids.map((id) => map.get(id) ?? null);
}

// Plain rows, not a TypeORM find: a delegation's power is read with every list of delegations.
export function powerById(ctx: RequestContext): Loader<Power | null> {
  return ctx.loaders.get(POWER_BY_ID, () => {
    const powerOf = entityMapper(ctx.em, Power, 'p');
    return new Loader<Power | null>(async (ids: readonly string[]) => {
      const rows = await rawRows(ctx.em, `SELECT ${POWER_SELECT} FROM power p WHERE p.id IN (:...ids)`, { ids: [...ids] });
      return index(rows.map(powerOf), ids, (p) => p.rowId);
    });
  });
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
    parts.push('d.fiscal_year = :fy');
    params.fy = filter.fiscalYear;
  }
  if (filter.status != null) {
    parts.push('d.status = :st');
    params.st = filter.status;
  }
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}

const sideColumn = (side: Side) => (side === 'grantor' ? 'd.grantor_id' : 'd.grantee_id');

// What a listed delegation needs: every column a field or resolver reads (not who drafted or signed it).
const DELEGATION_COLUMNS = [
  'id', 'power_id', 'grantor_id', 'grantee_id', 'parent_id', 'status', 'scope', 'fiscal_year', 'allocation_amount', 'allocation_currency', 'allocation_source',
  'no_fiscal_need_reason', 'estimated_cost', 'coverage_ppm', 'effective_from', 'effective_to', 'created_at', 'signed_at', 'revoked_at', 'revoked_reason',
];
// Every column: the power primes powerById, which any other path of the request may read.
const POWER_COLUMNS = ['id', 'code', 'title', 'field', 'legal_basis', 'estimated_annual_cost', 'defined_by_id', 'created_at'];

/** The columns of a delegation aliased `d` and of a power aliased `p`, as entityMapper reads them. */
export const DELEGATION_SELECT = aliasedColumns('d', DELEGATION_COLUMNS);
export const POWER_SELECT = aliasedColumns('p', POWER_COLUMNS);

/**
 * One page of delegations granted (or received) per body, for many bodies in one plain-SQL
 * statement (the finance and inbox dashboards read it): each delegation's power comes with it.
 */
export function sidePages(ctx: RequestContext, side: Side, filter: SideFilter, args: PageArgs): DataLoader<string, PageData<Delegation>> {
  return ctx.loaders.keyed(SIDE_PAGES, [side, filter.fiscalYear, filter.status, args.first, args.after, args.last, args.before], () =>
    new DataLoader<string, PageData<Delegation>>(async (bodyIds) => {
      const powers = powerById(ctx);
      const delegationOf = entityMapper(ctx.em, Delegation, 'd');
      const powerOf = entityMapper(ctx.em, Power, 'p');
      const pages = await rawPartitionPages(
        ctx.em,
        {
          columns: `${DELEGATION_SELECT}, ${POWER_SELECT}`,
          from: 'delegation d LEFT JOIN power p ON p.id = d.power_id',
          partitionColumn: sideColumn(side),
          partitionOf: (d) => (side === 'grantor' ? d.grantorId : d.granteeId),
          sort: DELEGATION_ORDER,
          where: filterSql(filter),
          fromRow: (row) => {
            if (row.p_id) powers.prime(row.p_id as string, powerOf(row));
            return delegationOf(row);
          },
        },
        bodyIds,
        args,
      );
      return bodyIds.map((id) => pages.get(id)!);
    }),
  );
}

export function sideCounts(ctx: RequestContext, side: Side, filter: SideFilter): DataLoader<string, number> {
  return ctx.loaders.keyed(SIDE_COUNTS, [side, filter.fiscalYear, filter.status], () =>
    new DataLoader<string, number>(async (bodyIds) => {
      const column = sideColumn(side);
      const where = filterSql(filter);
      const rows = await rawRows<{ body_id: string; n: unknown }>(
        ctx.em,
        `SELECT ${column} AS body_id, COUNT(*) AS n FROM delegation d WHERE ${column} IN (:...ids)${where ? ` AND ${where.sql}` : ''} GROUP BY ${column}`,
        { ...where?.params, ids: [...bodyIds] },
      );
      const counts = new Map(rows.map((r) => [r.body_id, readInt(r.n)]));
      return bodyIds.map((id) => counts.get(id) ?? 0);
    }),
  );
}
