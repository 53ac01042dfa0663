import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesFromRaw, readInt, Row } from './raw';
import { applyWindow, CursorValue, PageArgs, PageData, pageWindow, SortKey, toPageData } from '../graphql/connection';

/**
 * Loads one page per partition (e.g. the first 5 children of each of 100 parents) in a single
 * statement: window functions rank each partition's rows after the keyset condition (and, without
 * a cursor, count them: the page carries its partition's total), and the outer select keeps the
 * rows whose rank falls inside the page. Rows come back plain and are mapped without TypeORM's
 * hydration; `join` may add singular joins whose columns `onRow` reads (to prime loaders). All
 * keys of one batch share the same page arguments (DataLoader batches are grouped by them).
 */
export async function loadPartitionPages<E extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<E>,
  opts: {
    alias: string;
    /** Property path of the partition column, e.g. `b.parentId`. */
    partitionColumn: string;
    partitionOf: (entity: E) => string;
    sort: SortKey<E>[];
    /** Extra filter applied inside each partition. */
    where?: { sql: string; params: Record<string, unknown> };
    /** Adds joins of one row each (and their selected columns) to the ranked query. */
    join?: (qb: SelectQueryBuilder<E>) => void;
    /** Reads the joined columns of a row. */
    onRow?: (row: Row, entity: E) => void;
  },
  partitions: readonly string[],
  args: PageArgs,
): Promise<Map<string, PageData<E>>> {
  const window = pageWindow(args, opts.sort);
  if (!partitions.length) return groupPages([], new Map(), opts, partitions, window);
  const inner = em.createQueryBuilder(target, opts.alias);
  inner.where(`${opts.partitionColumn} IN (:...partitions)`, { partitions: [...partitions] });
  if (opts.where) inner.andWhere(opts.where.sql, opts.where.params);
  applyWindow(inner, opts.sort, window);
  // Reuse the ORDER BY that applyWindow computed for the ranking, then drop ordering and limit.
  const orderBy = Object.entries(inner.expressionMap.orderBys)
    .map(([col, dir]) => `${col} ${typeof dir === 'string' ? dir : dir.order}`)
    .join(', ');
  inner.addSelect(`ROW_NUMBER() OVER (PARTITION BY ${opts.partitionColumn} ORDER BY ${orderBy})`, 'hub_rn');
  // After a cursor the keyset condition has removed rows: the total is counted separately.
  if (!window.from) inner.addSelect(`COUNT(*) OVER (PARTITION BY ${opts.partitionColumn})`, 'hub_total');
  opts.join?.(inner);
  inner.orderBy().limit(undefined);
  const [sql, params] = inner.getQueryAndParameters();
  const rows: Row[] = await em.query(`SELECT * FROM (${sql}) ranked WHERE ranked.hub_rn <= ${window.size + 1}`, params);
  const entities = entitiesFromRaw(em, target, opts.alias, rows);
  const totals = new Map<string, number>();
  entities.forEach((e, i) => {
    opts.onRow?.(rows[i], e);
    if (!window.from) totals.set(opts.partitionOf(e), readInt(rows[i].hub_total));
  });
  if (!window.from) for (const p of partitions) if (!totals.has(p)) totals.set(p, 0);
  return groupPages(entities, totals, opts, partitions, window);
}

function groupPages<E extends ObjectLiteral>(
  rows: E[],
  totals: Map<string, number>,
  opts: { partitionOf: (e: E) => string; sort: SortKey<E>[] },
  partitions: readonly string[],
  window: ReturnType<typeof pageWindow>,
): Map<string, PageData<E>> {
  const dirs = opts.sort.map((s) => (window.backward ? (s.direction === 'ASC' ? -1 : 1) : s.direction === 'ASC' ? 1 : -1));
  const compare = (a: E, b: E) => {
    for (let i = 0; i < opts.sort.length; i++) {
      const x: CursorValue = opts.sort[i].read(a);
      const y: CursorValue = opts.sort[i].read(b);
      if (x < y) return -dirs[i];
      if (x > y) return dirs[i];
    }
    return 0;
  };
  const byPartition = new Map<string, E[]>(partitions.map((p) => [p, []]));
  for (const row of rows) byPartition.get(opts.partitionOf(row))?.push(row);
  const pages = new Map<string, PageData<E>>();
  for (const [partition, list] of byPartition) pages.set(partition, { ...toPageData(list.sort(compare), opts.sort, window), total: totals.get(partition) ?? null });
  return pages;
}
