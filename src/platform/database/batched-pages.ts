import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entitiesFromRaw, rawRows, readInt, Row } from './raw';
import { keysetSql, PageArgs, PageData, pageWindow, SortKey, toPageData, Window } from '../graphql/connection';

// One page per partition (e.g. the first 5 children of each of 100 parents) in a single statement:
// window functions rank each partition's rows after the keyset condition (and, without a cursor,
// count them: the page carries its partition's total), and the outer select keeps the rows whose
// rank falls inside the page. All keys of one batch share the same page arguments (DataLoader
// batches are grouped by them).

interface Partitioned<E> {
  /** The partition column: a property path (`b.parentId`) for the query builder, SQL (`b.parent_id`) for plain SQL. */
  partitionColumn: string;
  partitionOf: (entity: E) => string;
  sort: SortKey<E>[];
  /** Extra filter applied inside each partition. */
  where?: { sql: string; params: Record<string, unknown> };
}

/** The keyset condition and the ranking expressions of the inner select. */
function ranking<E>(opts: Partitioned<E>, window: Window) {
  const keyset = keysetSql(opts.sort, window);
  return {
    keyset,
    rank: `ROW_NUMBER() OVER (PARTITION BY ${opts.partitionColumn} ORDER BY ${keyset.orderBy})`,
    // After a cursor the keyset condition has removed rows: the total is counted separately.
    total: window.from ? null : `COUNT(*) OVER (PARTITION BY ${opts.partitionColumn})`,
  };
}

const keepPage = (inner: string, window: Window) => `SELECT * FROM (${inner}) ranked WHERE ranked.hub_rn <= ${window.size + 1}`;

/** Reads one statement's rows for the partitions (none asked: no statement) and groups them into pages. */
async function partitionPages<E>(
  opts: Partitioned<E>,
  partitions: readonly string[],
  args: PageArgs,
  read: (ranked: ReturnType<typeof ranking>, window: Window) => Promise<{ rows: Row[]; entities: E[] }>,
): Promise<Map<string, PageData<E>>> {
  const window = pageWindow(args, opts.sort);
  if (!partitions.length) return groupPages([], [], opts, partitions, window);
  const { rows, entities } = await read(ranking(opts, window), window);
  return groupPages(entities, rows, opts, partitions, window);
}

/** Partition pages of an entity built with the query builder; rows are mapped without TypeORM's hydration. */
export function loadPartitionPages<E extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<E>,
  opts: Partitioned<E> & { alias: string },
  partitions: readonly string[],
  args: PageArgs,
): Promise<Map<string, PageData<E>>> {
  return partitionPages(opts, partitions, args, async ({ keyset, rank, total }, window) => {
    const inner = em.createQueryBuilder(target, opts.alias);
    inner.where(`${opts.partitionColumn} IN (:...partitions)`, { partitions: [...partitions] });
    if (opts.where) inner.andWhere(opts.where.sql, opts.where.params);
    if (keyset.where) inner.andWhere(keyset.where, keyset.params);
    inner.addSelect(rank, 'hub_rn');
    if (total) inner.addSelect(total, 'hub_total');
    const [sql, params] = inner.getQueryAndParameters();
    const rows: Row[] = await em.query(keepPage(sql, window), params);
    return { rows, entities: entitiesFromRaw(em, target, opts.alias, rows) };
  });
}

/**
 * Partition pages in plain SQL (hot read paths): `columns` of `from` (the table and its singular
 * joins), each row mapped by `fromRow` (which may prime loaders with the joined columns).
 */
export function rawPartitionPages<E>(
  em: EntityManager,
  opts: Partitioned<E> & { columns: string; from: string; fromRow: (row: Row) => E },
  partitions: readonly string[],
  args: PageArgs,
): Promise<Map<string, PageData<E>>> {
  return partitionPages(opts, partitions, args, async ({ keyset, rank, total }, window) => {
    const where = [`${opts.partitionColumn} IN (:...partitions)`, opts.where && `(${opts.where.sql})`, keyset.where].filter(Boolean).join(' AND ');
    const inner = `SELECT ${opts.columns}, ${rank} AS hub_rn${total ? `, ${total} AS hub_total` : ''} FROM ${opts.from} WHERE ${where}`;
    const rows = await rawRows(em, keepPage(inner, window), { ...opts.where?.params, ...keyset.params, partitions: [...partitions] });
    return { rows, entities: rows.map(opts.fromRow) };
  });
}

/**
 * The rows of each partition in the window's order: a row's rank (hub_rn, counted from 1 in that
 * order) is its place in its page, so the rows, which come in no order, need no sorting.
 */
function groupPages<E>(entities: E[], rows: Row[], opts: Pick<Partitioned<E>, 'partitionOf' | 'sort'>, partitions: readonly string[], window: Window): Map<string, PageData<E>> {
  const lists = new Map<string, E[]>();
  for (const p of partitions) lists.set(p, []);
  const totals = new Map<string, number>();
  for (let i = 0; i < entities.length; i++) {
    const partition = opts.partitionOf(entities[i]);
    const list = lists.get(partition);
    if (!list) continue;
    list[readInt(rows[i].hub_rn) - 1] = entities[i];
    if (!window.from) totals.set(partition, readInt(rows[i].hub_total));
  }
  const pages = new Map<string, PageData<E>>();
  for (const [partition, list] of lists) pages.set(partition, toPageData(list, opts.sort, window, window.from ? null : (totals.get(partition) ?? 0)));
  return pages;
}
