import type { EntityManager } from 'typeorm';
import type { Database } from './data-source';

/**
 * SQLite (better-sqlite3) has one connection per process, and TypeORM shares one query runner
 * across it: two interleaved transactions would nest as savepoints of each other. Transactions on
 * SQLite therefore queue here; PostgreSQL runs them concurrently and relies on row locks.
 */
class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

const sqliteWriters = new WeakMap<Database, Mutex>();

/** Runs fn in a transaction; nested calls (an existing manager with a transaction) reuse it. */
export function runInTransaction<T>(db: Database, current: EntityManager | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (current?.queryRunner?.isTransactionActive) return fn(current);
  if (db.dialect === 'postgres') return db.dataSource.transaction((em) => fn(em));
  let mutex = sqliteWriters.get(db);
  if (!mutex) sqliteWriters.set(db, (mutex = new Mutex()));
  return mutex.run(() => db.dataSource.transaction((em) => fn(em)));
}

/** Adds FOR UPDATE on PostgreSQL; SQLite needs none (its writers are already serialized). */
export function forUpdate<Q extends { setLock(mode: 'pessimistic_write'): Q }>(qb: Q, db: Database): Q {
  return db.dialect === 'postgres' ? qb.setLock('pessimistic_write') : qb;
}
