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

function writerMutex(db: Database): Mutex {
  let mutex = sqliteWriters.get(db);
  if (!mutex) sqliteWriters.set(db, (mutex = new Mutex()));
  return mutex;
}

type Hook = () => Promise<void>;
type AfterHook = () => void;

/**
 * The order in which end-of-transaction work runs. Each phase locks one head row (the event log's,
 * then the audit chain's), so every writer takes them in the same order and no two wait on each
 * other in a cycle.
 */
export enum CommitPhase {
  EVENTS = 1,
  AUDIT = 2,
}

interface TxHooks {
  before: { phase: CommitPhase; hook: Hook }[];
  after: AfterHook[];
  buffers: Map<symbol, unknown[]>;
}

const commitHooks = new WeakMap<EntityManager, TxHooks>();

/** Runs fn, then the hooks it registered (by phase), all inside the transaction of em. */
async function withCommitHooks<T>(em: EntityManager, hooks: TxHooks, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  commitHooks.set(em, hooks);
  try {
    const result = await fn(em);
    for (;;) {
      const next = hooks.before.sort((a, b) => a.phase - b.phase).shift();
      if (!next) break;
      await next.hook();
    }
    return result;
  } finally {
    commitHooks.delete(em);
  }
}

/**
 * What the transaction of em collected under `key` so far: the first call registers `flush` to
 * write all of it at the end of the transaction, in `phase` (the event outbox and the audit chain
 * both work this way). Null when em's transaction was not opened by runInTransaction.
 */
export function commitBuffer<T>(em: EntityManager, key: symbol, phase: CommitPhase, flush: (items: T[]) => Promise<void>): T[] | null {
  const hooks = commitHooks.get(em);
  if (!hooks) return null;
  let items = hooks.buffers.get(key) as T[] | undefined;
  if (!items) {
    const fresh: T[] = [];
    hooks.buffers.set(key, (items = fresh));
    hooks.before.push({ phase, hook: () => (fresh.length ? flush(fresh.splice(0)) : Promise.resolve()) });
  }
  return items;
}

/** Registers a callback for after em's transaction committed (never after a rollback). */
export function afterCommit(em: EntityManager, hook: AfterHook): boolean {
  const hooks = commitHooks.get(em);
  if (!hooks) return false;
  hooks.after.push(hook);
  return true;
}

/** A unique or primary key refused a row (PostgreSQL 23505, SQLite's constraint codes). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Runs fn in a transaction; nested calls (an existing manager with a transaction) reuse it.
 *
 * A service checks "no such row yet" and then inserts; on PostgreSQL two concurrent transactions
 * can both pass the check, and the second insert then fails on the unique index. That transaction
 * is rolled back and run once more: now the check sees the committed row and refuses with its typed
 * error (DUPLICATE_CODE …) instead of a 500. Everything fn does is inside the transaction (events
 * go through the outbox), so running it again repeats nothing.
 */
export async function runInTransaction<T>(db: Database, current: EntityManager | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (current?.queryRunner?.isTransactionActive) return fn(current);
  const once = async (): Promise<T> => {
    const hooks: TxHooks = { before: [], after: [], buffers: new Map() };
    // Begun from the caller's manager, so the transaction's statements count where its other statements do.
    const from = current && !current.queryRunner ? current : db.dataSource.manager;
    const result =
      db.dialect === 'postgres'
        ? await from.transaction((em) => withCommitHooks(em, hooks, fn))
        : await writerMutex(db).run(() => from.transaction((em) => withCommitHooks(em, hooks, fn)));
    for (const hook of hooks.after) hook();
    return result;
  };
  try {
    return await once();
  } catch (err) {
    // SQLite's writers are serialized: there a violation is no race, and running again changes nothing.
    if (db.dialect !== 'postgres' || !isUniqueViolation(err)) throw err;
    return once();
  }
}

/**
 * Runs a read that must see only committed rows. On SQLite every statement shares the one
 * connection, so a read between another writer's INSERT and its COMMIT would see that writer's
 * uncommitted rows: such reads queue behind the writers. PostgreSQL's snapshots need no help.
 */
export function readCommitted<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  return db.dialect === 'postgres' ? fn() : writerMutex(db).run(fn);
}

/** Adds FOR UPDATE on PostgreSQL; SQLite needs none (its writers are already serialized). */
export function forUpdate<Q extends { setLock(mode: 'pessimistic_write'): Q }>(qb: Q, db: Database): Q {
  return db.dialect === 'postgres' ? qb.setLock('pessimistic_write') : qb;
}
