import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/api-errors';
import { entitiesFromRaw, rawRows, readInt, Row } from '../database/raw';
import { resolvesPlainObjects } from './direct-resolvers';

/** Hard maximum of `first` / `last` on every connection. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a cursor connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last edge of this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether items precede the first edge of this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, null for an empty page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, null for an empty page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Number of items after \`after\` (at most ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Number of items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to end before.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageData<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** The whole list's total, when the statement that read the page counted it too. */
  total?: number | null;
}

/**
 * A connection as services return it: both the page and the total are computed only when the
 * query selects them, so `children { totalCount }` costs a count and nothing else.
 */
export interface Page<T> {
  loadPage: () => Promise<PageData<T>>;
  countTotal: () => Promise<number>;
}

export function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= fn());
}

export function lazyPage<T>(loadPage: () => Promise<PageData<T>>, countTotal: () => Promise<number>): Page<T> {
  return { loadPage: memo(loadPage), countTotal: memo(countTotal) };
}

/**
 * A connection's page and total, each loaded only when asked for, and in one statement when both
 * are: the executor calls the connection's field resolvers one after another before any of them
 * resumes, so one microtask after the first ask it is known whether `edges`/`pageInfo` and
 * `totalCount` are selected. `loadPage(withTotal)` then counts the list in the page's statement
 * where it can (no cursor: COUNT(*) OVER ()); a total it did not give comes from `countTotal`, and
 * `totalCount` alone (a badge) is a bare count, never a page with its joins.
 */
export function countedPage<T>(loadPage: (withTotal: boolean) => Promise<PageData<T>>, countTotal: () => Promise<number>): Page<T> {
  const asked = { page: false, total: false };
  const settled = memo(async () => {
    await undefined;
    return asked;
  });
  const page = memo(async () => {
    asked.page = true;
    return loadPage((await settled()).total);
  });
  return {
    loadPage: page,
    countTotal: memo(async () => {
      asked.total = true;
      return (await settled()).page ? ((await page()).total ?? countTotal()) : countTotal();
    }),
  };
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${name} objects.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after` / `before`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} at this edge.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay cursor connection).` })
  class ConnectionType implements Page<T> {
    loadPage: () => Promise<PageData<T>>;
    countTotal: () => Promise<number>;

    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    async edges(): Promise<Edge<T>[]> {
      return (await this.loadPage()).edges;
    }

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    async pageInfo(): Promise<PageInfo> {
      return (await this.loadPage()).pageInfo;
    }

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  // Its methods read only loadPage and countTotal: the plain pages services answer are called as they are.
  resolvesPlainObjects(ConnectionType);
  return ConnectionType;
}

// ---- cursors and keyset pagination --------------------------------------------------------

export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(['c1', ...values]), 'utf8').toString('base64url');
}

/**
 * What a sort key holds: `int` columns take safe 32-bit integers, `text` columns short strings,
 * `date` columns instants (read as ISO strings, bound as Date so both drivers compare them as dates).
 */
export type CursorKind = 'int' | 'text' | 'date';

/** A decoded cursor value as bound to SQL. */
export type CursorParam = CursorValue | Date;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const MAX_CURSOR_TEXT = 200;

// A cursor is decoded against the sort keys of the list it is used on: a value of the wrong kind
// (a string from another list, a float, 1e300, a NUL byte) would otherwise reach the database and
// fail there — PostgreSQL refuses "abc" for an integer column — instead of being refused as input.
function fitsKind(value: unknown, kind: CursorKind): boolean {
  if (kind === 'int') return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;
  if (kind === 'date') return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  return typeof value === 'string' && value.length <= MAX_CURSOR_TEXT && !value.includes('\u0000');
}

export function decodeCursor(cursor: string, kinds: readonly CursorKind[], argName: string): CursorParam[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === 'c1' && parsed.length === kinds.length + 1) {
      const values = parsed.slice(1);
      if (values.every((v, i) => fitsKind(v, kinds[i]))) return values.map((v, i) => (kinds[i] === 'date' ? new Date(v as string) : (v as CursorValue)));
    }
  } catch {
    // fall through
  }
  throw badUserInput(`"${argName}" is not a valid cursor for this list.`);
}

export interface Window {
  /** Number of rows wanted. */
  size: number;
  /** Walking backwards (last/before). */
  backward: boolean;
  /** Decoded cursor to start from, if any. */
  from: CursorParam[] | null;
}

/** Validates first/after/last/before against the page-size rules and the sort keys of the list. */
export function pageWindow(args: PageArgs, sort: readonly Pick<SortKey<never>, 'kind'>[]): Window {
  const kinds = sort.map((s) => s.kind);
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badUserInput('Pass either "first" or "last", not both.');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}.`);
    }
  }
  if (last != null || (before != null && first == null)) {
    return { size: last ?? DEFAULT_PAGE_SIZE, backward: true, from: before ? decodeCursor(before, kinds, 'before') : null };
  }
  return { size: first ?? DEFAULT_PAGE_SIZE, backward: false, from: after ? decodeCursor(after, kinds, 'after') : null };
}

export interface SortKey<E> {
  /** SQL expression as used in the query builder (`body.code`) or, for plain-SQL lists, in the SQL (`b.code`). */
  column: string;
  /** How to read the value from a loaded entity for the cursor. */
  read: (entity: E) => CursorValue;
  /** What `read` gives: cursors are checked against it before any SQL. */
  kind: CursorKind;
  direction: 'ASC' | 'DESC';
}

let paramSeq = 0;

/**
 * The keyset condition (rows after the window's cursor, null without one) and the ORDER BY of a
 * window, over the sort keys' columns: query-builder paths or plain SQL alike.
 */
export function keysetSql<E>(sort: readonly SortKey<E>[], window: Window): { where: string | null; params: Record<string, CursorParam>; dirs: ('ASC' | 'DESC')[]; orderBy: string } {
  const dirs = sort.map((s) => (window.backward ? flip(s.direction) : s.direction));
  const orderBy = sort.map((s, i) => `${s.column} ${dirs[i]}`).join(', ');
  const params: Record<string, CursorParam> = {};
  if (!window.from) return { where: null, params, dirs, orderBy };
  const p = `k${++paramSeq}_`;
  const ors: string[] = [];
  for (let i = 0; i < sort.length; i++) {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) ands.push(`${sort[j].column} = :${p}${j}`);
    ands.push(`${sort[i].column} ${dirs[i] === 'ASC' ? '>' : '<'} :${p}${i}`);
    ors.push(`(${ands.join(' AND ')})`);
    params[`${p}${i}`] = window.from[i];
  }
  return { where: `(${ors.join(' OR ')})`, params, dirs, orderBy };
}

/** Adds the keyset condition and ordering of a window to a query builder. */
export function applyWindow<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, sort: SortKey<E>[], window: Window): void {
  const { where, params, dirs } = keysetSql(sort, window);
  if (where) qb.andWhere(where, params);
  sort.forEach((s, i) => (i === 0 ? qb.orderBy(s.column, dirs[i]) : qb.addOrderBy(s.column, dirs[i])));
  qb.limit(window.size + 1);
}

function flip(d: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
  return d === 'ASC' ? 'DESC' : 'ASC';
}

/**
 * An edge whose cursor is encoded when read: a dashboard lists nodes without their cursors, and
 * encoding every edge's was 2.5% of the CPU of the subtree read (issue #19).
 */
class LazyEdge<E> implements Edge<E> {
  private encoded?: string;

  constructor(
    readonly node: E,
    private readonly sort: SortKey<E>[],
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.sort.map((s) => s.read(this.node))));
  }
}

/**
 * Turns rows fetched with `applyWindow` (size + 1 at most) into a page, with the list's total when
 * the page's statement counted it. The total is given here, not spread onto the page afterwards:
 * `{ ...page, total }` cost ~1.2 µs a page (V8's slow path for the spread), 60 µs for the 50
 * children pages of the subtree read, 30 times what building the pages cost.
 */
export function toPageData<E>(rows: E[], sort: SortKey<E>[], window: Window, total: number | null = null): PageData<E> {
  const more = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  if (window.backward) kept.reverse();
  const edges: Edge<E>[] = kept.map((node) => new LazyEdge(node, sort));
  return {
    edges,
    pageInfo: new LazyPageInfo(edges, window.backward ? window.from !== null : more, window.backward ? more : window.from !== null),
    total,
  };
}

/**
 * A page's PageInfo whose cursors are encoded when read. A class, not an object literal with
 * getters: V8 gives each such literal a hidden class of its own, made in the old generation, and
 * whatever its getters' closures hold — the page's rows — was kept through every collection of the
 * young generation into the old one (issue #19: 16 KB a request on a page of 50 bodies).
 */
class LazyPageInfo implements PageInfo {
  constructor(
    private readonly edges: Edge<unknown>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** The list's total from a page's rows that selected `COUNT(*) OVER () AS hub_total` (a page without a cursor). */
export function countedTotal(rows: Row[]): number {
  return rows.length ? readInt(rows[0].hub_total) : 0;
}

/** A plain-SQL list: `columns` of `from` (and the page's singular `joins`) under `where` (all must hold). */
export interface RawList<E> {
  columns: string;
  /** The listed table and its alias first (`body b`), then any joins that filter it. */
  from: string;
  /** The listed table's alias: `where`, the sort and `joins` read its columns. */
  alias: string;
  /** Joins of one row each that only the page reads: joined to the page's rows after the limit, left out of the count. */
  joins?: string;
  where: string[];
  params: Record<string, unknown>;
  sort: SortKey<E>[];
  /** Maps a row (and may prime loaders with its joined columns). */
  fromRow: (row: Row) => E;
}

/**
 * Pages a plain-SQL list by keyset (the hot reads): one statement answers the page and, without a
 * cursor, its total (COUNT(*) OVER ()); after a cursor the total is a count of its own. The singular
 * joins join the page's rows only, not every row the total counts: the subtree of a province is
 * 412 bodies, and joining each one's parent before the limit was half the database's work for the
 * page (2.2 -> 1.2 ms a statement on PostgreSQL; issue #19).
 */
export function rawPage<E>(em: EntityManager, list: RawList<E>, args: PageArgs): Page<E> {
  const window = pageWindow(args, list.sort);
  const whereSql = (extra: string | null) => {
    const all = extra ? [...list.where, extra] : list.where;
    return all.length ? ` WHERE ${all.join(' AND ')}` : '';
  };
  const loadPage = async (withTotal: boolean) => {
    const keyset = keysetSql(list.sort, window);
    const counted = withTotal && !window.from;
    const countColumn = counted ? ', COUNT(*) OVER () AS hub_total' : '';
    const limited = (columns: string) => `SELECT ${columns}${countColumn} FROM ${list.from}${whereSql(keyset.where)} ORDER BY ${keyset.orderBy} LIMIT ${window.size + 1}`;
    const sql = list.joins
      ? `SELECT ${list.columns}${counted ? `, ${list.alias}.hub_total` : ''} FROM (${limited(`${list.alias}.*`)}) ${list.alias} ${list.joins} ORDER BY ${keyset.orderBy}`
      : limited(list.columns);
    const rows = await rawRows(em, sql, { ...list.params, ...keyset.params });
    return toPageData(rows.map(list.fromRow), list.sort, window, counted ? countedTotal(rows) : null);
  };
  return countedPage(loadPage, async () => readInt((await rawRows(em, `SELECT COUNT(*) AS n FROM ${list.from}${whereSql(null)}`, list.params))[0].n));
}

/**
 * Pages a query builder by keyset, the page and its total as countedPage decides: one statement for
 * a first page asked for with its total (COUNT(*) OVER ()), otherwise the page alone and/or a count
 * on a clone without order or limit.
 */
export function paginate<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, sort: SortKey<E>[], args: PageArgs, opts: PaginateOptions<E> = {}): Page<E> {
  const window = pageWindow(args, sort);
  return countedPage(
    async (withTotal) => {
      const pageQb = qb.clone();
      applyWindow(pageQb, sort, window);
      const counted = withTotal && !window.from;
      if (counted) pageQb.addSelect('COUNT(*) OVER ()', 'hub_total');
      // With `onRow` (singular joins read from the same rows), rows are mapped plainly, not hydrated.
      let raw: Row[];
      let entities: E[];
      if (opts.onRow) {
        raw = await pageQb.getRawMany();
        entities = entitiesFromRaw<E>({ connection: pageQb.connection }, pageQb.expressionMap.mainAlias!.target as EntityTarget<E>, pageQb.alias, raw);
        entities.forEach((e, i) => opts.onRow!(raw[i], e));
      } else ({ raw, entities } = await pageQb.getRawAndEntities());
      return toPageData(entities, sort, window, counted ? countedTotal(raw) : null);
    },
    () => qb.clone().getCount(),
  );
}

export interface PaginateOptions<E> {
  /** Reads the columns of singular joins the query added (to prime loaders with them). */
  onRow?: (row: Row, entity: E) => void;
}

