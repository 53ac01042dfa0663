import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { applyWindow, CursorValue, PageArgs, PageData, pageWindow, SortKey, toPageData } from '../graphql/connection';

/**
 * Loads one page per partition (e.g. the first 5 children of each of 100 parents) in a single
 * statement: a window function ranks each partition's rows after the keyset condition, and the
 * outer query loads the entities whose rank falls inside the page. All keys of one batch share the
 * same page arguments (DataLoader batches are grouped by them).
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
  },
  partitions: readonly string[],
  args: PageArgs,
): Promise<Map<string, PageData<E>>> {
  const window = pageWindow(args, opts.sort);
  const inner = em.createQueryBuilder(target, opts.alias).select(`${opts.alias}.rowId`, 'id');
  inner.where(`${opts.partitionColumn} IN (:...partitions)`, { partitions: [...partitions] });
  if (opts.where) inner.andWhere(opts.where.sql, opts.where.params);
  applyWindow(inner, opts.sort, window);
  // Reuse the ORDER BY that applyWindow computed for the ranking, then drop ordering and limit.
  const orderBy = Object.entries(inner.expressionMap.orderBys)
    .map(([col, dir]) => `${col} ${typeof dir === 'string' ? dir : dir.order}`)
    .join(', ');
  inner.addSelect(`ROW_NUMBER() OVER (PARTITION BY ${opts.partitionColumn} ORDER BY ${orderBy})`, 'rn');
  inner.orderBy().limit(undefined);

  const rows = partitions.length
    ? await em
        .createQueryBuilder(target, 'outer_row')
        .where(`outer_row.rowId IN (SELECT ranked.id FROM (${inner.getQuery()}) ranked WHERE ranked.rn <= ${window.size + 1})`)
        .setParameters(inner.getParameters())
        .getMany()
    : [];
  return groupPages(rows, opts, partitions, window);
}

function groupPages<E extends ObjectLiteral>(
  rows: E[],
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
  for (const [partition, list] of byPartition) pages.set(partition, toPageData(list.sort(compare), opts.sort, window));
  return pages;
}
