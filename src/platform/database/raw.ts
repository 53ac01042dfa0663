import type { Pool } from 'pg';
import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { Database } from './data-source';
import { tallyCarrier } from './statement-counter';

type Dialect = Database['dialect'];

/**
 * Plain-row SQL for hot read paths: no query building, no entity hydration. Every dialect
 * difference of those paths lives here — placeholders, booleans, timestamps, bulk inserts.
 */

export type Row = Record<string, unknown>;

/**
 * Runs SQL with named parameters (`:name`, `:...list`) on the manager's connection (inside its
 * transaction, if any). TypeORM's driver only rewrites placeholders (`?` or `$n`) and binds values
 * (booleans as 0/1 and dates as UTC text on SQLite); the statement is counted like any other.
 */
export function rawRows<T extends Row = Row>(em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [query, bound] = em.connection.driver.escapeQueryWithParameters(sql, params);
  return em.queryRunner ? em.query(query, bound) : onDriver<T>(em, query, bound);
}

/** The part of better-sqlite3 (which ships no types) that a read uses. */
interface SqliteStatement {
  readonly reader: boolean;
  all(...values: unknown[]): unknown[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

// Statements of a connection prepared once (SQLite); the pool's connections prepare their own (pg-client.ts).
const SQLITE_STATEMENTS = 200;
const sqliteStatements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

function sqliteStatement(connection: SqliteConnection, query: string): SqliteStatement {
  let cache = sqliteStatements.get(connection);
  if (!cache) sqliteStatements.set(connection, (cache = new Map()));
  let statement = cache.get(query);
  if (!statement) {
    statement = connection.prepare(query);
    if (cache.size >= SQLITE_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(query, statement);
  }
  return statement;
}

/**
 * A statement outside any transaction, straight on the driver: TypeORM's query runner — made per
 * statement, with its broadcaster, result object and a pool checkout of its own — was ~8% of the
 * CPU of the hot reads (issue #19). Counted, timed and failed like TypeORM's own statements.
 */
async function onDriver<T extends Row>(em: EntityManager, query: string, params: unknown[]): Promise<T[]> {
  const { driver, logger } = em.connection;
  const postgres = driver.options.type === 'postgres';
  let statement: SqliteStatement | undefined;
  if (!postgres) {
    try {
      statement = sqliteStatement((driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection, query);
    } catch {
      return em.query(query, params); // SQL SQLite refuses: failed (and counted) as TypeORM fails it
    }
    if (!statement.reader) return em.query(query, params); // a write answers no rows: TypeORM's runner runs it
  }
  const carrier = tallyCarrier(em);
  logger.logQuery(query, params, carrier);
  const started = Date.now();
  try {
    const rows = postgres
      ? (await (driver as unknown as { master: Pool }).master.query<T>(query, params)).rows
      : // better-sqlite3 binds no booleans (TypeORM's runner converts them too).
        (statement!.all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as T[]);
    const ms = Date.now() - started;
    const slow = driver.options.maxQueryExecutionTime;
    if (slow && ms > slow) logger.logQuerySlow(ms, query, params, carrier);
    return rows;
  } catch (err) {
    logger.logQueryError(err as Error, query, params, carrier);
    throw new QueryFailedError(query, params, err as Error);
  }
}

/** Columns of a table aliased `alias`, selected as `<alias>_<column>` (unique names across joins). */
export function aliasedColumns(alias: string, columns: readonly string[]): string {
  return columns.map((c) => `${alias}.${c} AS ${alias}_${c}`).join(', ');
}

/** A timestamp column as read: a Date on PostgreSQL, "YYYY-MM-DD HH:MM:SS.SSS" (UTC) on SQLite. */
export function readDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const s = String(value);
  return new Date(s.includes('T') ? s : `${s.replace(' ', 'T')}Z`);
}

export function readBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** COUNT(*) and other integers: numbers on SQLite, strings (bigint) on PostgreSQL. */
export function readInt(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** An object of an entity class (getters such as `id` work) from already converted values. */
export function plain<E extends object>(target: new () => E, values: Partial<E>): E {
  return Object.assign(Object.create(target.prototype) as E, values);
}

/**
 * Maps raw rows that selected `alias` (columns `<alias>_<column>`) to entities: each value goes
 * through the driver's conversion and the column's transformer, nothing else (no relation handling,
 * no grouping by primary key — a row is one entity). Columns a query left out stay unset.
 */
export function entityMapper<E extends ObjectLiteral>(em: Pick<EntityManager, 'connection'>, target: EntityTarget<E>, alias: string): (row: Row) => E {
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isVirtual).map((c) => ({ column: c, key: `${alias}_${c.databaseName}` }));
  return (row) => {
    const entity = metadata.create() as E;
    for (const { column, key } of columns) {
      const value = row[key];
      column.setEntityValue(entity, value === undefined ? undefined : driver.prepareHydratedValue(value, column));
    }
    return entity;
  };
}

/** Entities from the raw rows of a query builder that selected `alias` (see entityMapper). */
export function entitiesFromRaw<E extends ObjectLiteral>(em: Pick<EntityManager, 'connection'>, target: EntityTarget<E>, alias: string, rows: Row[]): E[] {
  return rows.map(entityMapper(em, target, alias));
}

/**
 * Rows for a multi-row INSERT: one statement per chunk on SQLite (at most `chunk` rows, under its
 * bound-parameter limit), one statement in all on PostgreSQL (`unnest` of one array per column).
 */
export async function insertRows(
  em: EntityManager,
  dialect: Dialect,
  table: string,
  columns: { name: string; pgType: string }[],
  rows: unknown[][],
  chunk = Math.floor(30_000 / Math.max(1, columns.length)),
): Promise<void> {
  if (!rows.length) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  if (dialect === 'postgres') {
    const arrays = columns.map((_, i) => rows.map((r) => r[i] ?? null));
    const unnest = columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(', ');
    await em.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest})`, arrays);
    return;
  }
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const params = part.flatMap((r) => r.map(sqliteValue));
    await em.query(`INSERT INTO "${table}" (${names}) VALUES ${part.map(() => tuple).join(', ')}`, params);
  }
}

// What the SQLite driver binds for a value (as escapeQueryWithParameters does).
function sqliteValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return sqliteDate(v);
  return v;
}

function sqliteDate(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
