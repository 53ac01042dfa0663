import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context';
import { Loader } from '../../platform/loaders';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { rawPartitionPages } from '../../platform/database/batched-pages';
import { aliasedColumns, plain, rawRows } from '../../platform/database/raw';
import { Body } from './body.entities';
import { BodyKind, BodyOrder, Level } from './body.enums';

export const BODY_ORDER: SortKey<Body>[] = [{ column: 'b.code', read: (b) => b.code, kind: 'text', direction: 'ASC' }];

/**
 * The sort keys of an order. Names compare by code point on both databases (PostgreSQL's "C"
 * collation, SQLite's binary one), as the in-memory grouping of partition pages does.
 */
export function bodySort(ctx: RequestContext, order: BodyOrder | null | undefined): SortKey<Body>[] {
  if (order !== BodyOrder.NAME) return BODY_ORDER;
  const name = ctx.db.dialect === 'postgres' ? 'b.name COLLATE "C"' : 'b.name';
  return [{ column: name, read: (b) => b.name, kind: 'text', direction: 'ASC' }, ...BODY_ORDER];
}

/** Which children of a parent to list. */
export interface ChildFilter {
  kind?: BodyKind | null;
  level?: Level | null;
  orderBy?: BodyOrder | null;
}

/** The `b.kind` and `b.level` conditions of a filter, their parameters named `<prefix>Kind` and `<prefix>Level`. */
export function kindLevelWhere(filter: { kind?: BodyKind | null; level?: Level | null }, prefix: string): { sql: string; params: Record<string, unknown> } | undefined {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kind) {
    parts.push(`b.kind = :${prefix}Kind`);
    params[`${prefix}Kind`] = filter.kind;
  }
  if (filter.level) {
    parts.push(`b.level = :${prefix}Level`);
    params[`${prefix}Level`] = filter.level;
  }
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}

const childWhere = (filter: ChildFilter) => kindLevelWhere(filter, 'child');

const BY_ID = Symbol('body.byId');
const BY_CODE = Symbol('body.byCode');
const CHILD_COUNT = Symbol('body.childCount');
const CHILD_PAGES = Symbol('body.childPages');

function byKey<K extends string>(rows: Body[], keys: readonly K[], key: (b: Body) => K): (Body | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

// Not created_at and updated_at: the administration's timestamps, which no query reads (leaving them
// out of every body row was ~15% of the CPU of the subtree read, 140 bodies a request; issue #19).
const BODY_COLUMNS = ['id', 'code', 'name', 'level', 'kind', 'parent_id'];

/** The columns `bodyFromRow` reads, of a body aliased `alias`, as `<alias>_<column>`. */
export function bodyColumns(alias: string): string {
  return aliasedColumns(alias, BODY_COLUMNS);
}

// Plain rows, not a TypeORM find: bodies are loaded on almost every request.
async function bodiesWhere(ctx: RequestContext, where: string, keys: readonly string[]): Promise<Body[]> {
  const rows = await rawRows(ctx.em, `SELECT ${bodyColumns('b')} FROM body b WHERE ${where}`, { keys: [...keys] });
  return rows.map((r) => bodyFromRow(r, 'b_'));
}

export function bodyById(ctx: RequestContext): Loader<Body | null> {
  return ctx.loaders.get(BY_ID, () => {
    const loader = new Loader<Body | null>(async (ids) => {
      const rows = await bodiesWhere(ctx, 'b.id IN (:...keys)', ids);
      rows.forEach((b) => bodyByCode(ctx).prime(b.code, b));
      return byKey(rows, ids, (b) => b.rowId);
    });
    return loader;
  });
}

export function bodyByCode(ctx: RequestContext): DataLoader<string, Body | null> {
  return ctx.loaders.get(BY_CODE, () => {
    return new DataLoader<string, Body | null>(async (codes) => {
      const rows = await bodiesWhere(ctx, 'b.code IN (:...keys)', codes);
      rows.forEach((b) => bodyById(ctx).prime(b.rowId, b));
      return byKey(rows, codes, (b) => b.code);
    });
  });
}

export function childCount(ctx: RequestContext, filter: ChildFilter = {}): DataLoader<string, number> {
  return ctx.loaders.keyed(CHILD_COUNT, [filter.kind, filter.level], () =>
    new DataLoader<string, number>(async (parentIds) => {
      const qb = ctx.em
        .createQueryBuilder(Body, 'b')
        .select('b.parentId', 'parentId')
        .addSelect('COUNT(*)', 'n')
        .where('b.parentId IN (:...ids)', { ids: [...parentIds] });
      const where = childWhere(filter);
      if (where) qb.andWhere(where.sql, where.params);
      const rows: { parentId: string; n: string | number }[] = await qb.groupBy('b.parentId').getRawMany();
      const counts = new Map(rows.map((r) => [r.parentId, Number(r.n)]));
      return parentIds.map((id) => counts.get(id) ?? 0);
    }),
  );
}

/** Children pages of many parents in one statement per distinct filter and page-argument set. */
export function childPages(ctx: RequestContext, args: PageArgs, filter: ChildFilter = {}): DataLoader<string, PageData<Body>> {
  return ctx.loaders.keyed(CHILD_PAGES, [filter.kind, filter.level, filter.orderBy, args.first, args.after, args.last, args.before], () =>
    new DataLoader<string, PageData<Body>>(async (parentIds) => {
      const pages = await rawPartitionPages(
        ctx.em,
        {
          partitionColumn: 'b.parent_id',
          partitionOf: (b) => b.parentId ?? '',
          sort: bodySort(ctx, filter.orderBy),
          where: childWhere(filter),
          columns: bodyColumns('b'),
          from: 'body b',
          fromRow: (row) => bodyFromRow(row, 'b_'),
        },
        parentIds,
        args,
      );
      return parentIds.map((id) => pages.get(id)!);
    }),
  );
}

/**
 * A body from plain-row columns `<prefix>code`, `<prefix>name`, … (hot paths join bodies instead of
 * loading them), without its timestamps (see BODY_COLUMNS): `createdAt` and `updatedAt` are unset.
 */
export function bodyFromRow(row: Record<string, unknown>, prefix: string, rowId = row[`${prefix}id`] as string): Body {
  return plain(Body, {
    rowId,
    code: row[`${prefix}code`] as string,
    name: row[`${prefix}name`] as string,
    level: row[`${prefix}level`] as Level,
    kind: row[`${prefix}kind`] as BodyKind,
    parentId: (row[`${prefix}parent_id`] as string | null) ?? null,
  });
}
