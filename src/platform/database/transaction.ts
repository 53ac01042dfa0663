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

type Hook = () => Promise<void>;
const commitHooks = new WeakMap<EntityManager, Hook[]>();

/** Runs fn, then the hooks it registered, all inside the transaction of em. */
async function withCommitHooks<T>(em: EntityManager, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  const hooks: Hook[] = [];
  commitHooks.set(em, hooks);
  try {
    const result = await fn(em);
    for (let hook = hooks.shift(); hook; hook = hooks.shift()) await hook();
    return result;
  } finally {
    commitHooks.delete(em);
  }
}

/**
 * Registers work to run at the end of em's transaction, after the change itself and just before
 * COMMIT (skipped on rollback). Returns false when em's transaction was not opened by
 * runInTransaction; the caller must then do the work at once.
 */
export function beforeCommit(em: EntityManager, hook: Hook): boolean {
  const hooks = commitHooks.get(em);
  if (!hooks) return false;
  hooks.push(hook);
  return true;
}

/** Runs fn in a transaction; nested calls (an existing manager with a transaction) reuse it. */
export function runInTransaction<T>(db: Database, current: EntityManager | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (current?.queryRunner?.isTransactionActive) return fn(current);
  if (db.dialect === 'postgres') return db.dataSource.transaction((em) => withCommitHooks(em, fn));
  let mutex = sqliteWriters.get(db);
  if (!mutex) sqliteWriters.set(db, (mutex = new Mutex()));
  return mutex.run(() => db.dataSource.transaction((em) => withCommitHooks(em, fn)));
}

/** Adds FOR UPDATE on PostgreSQL; SQLite needs none (its writers are already serialized). */
export function forUpdate<Q extends { setLock(mode: 'pessimistic_write'): Q }>(qb: Q, db: Database): Q {
  return db.dialect === 'postgres' ? qb.setLock('pessimistic_write') : qb;
}
