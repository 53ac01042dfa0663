import fs from 'node:fs';
import path from 'node:path';
import { sqliteMigrations } from '../../migrations/sqlite';
import { verifyAuditChain } from '../platform/audit/verify';
import type { HubConfig } from '../platform/config';
import { lockDatabase } from '../platform/database/data-dir-lock';
import { openNativeSqlite } from '../platform/database/sqlite-native';
import type { Logger } from '../platform/logger';
import { openDatabaseAsIs } from '../server/database';

/** A refusal or failure of backup/restore, reported to the operator as one line. */
export class OperationError extends Error {}

export type Progress = (done: number, total: number) => void;

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
  ms: number;
  /** The audit chain head in the copy: compare it with `hub audit verify` after a restore. */
  auditHead: { seq: number; hash: string } | null;
}

/**
 * Online backup of the embedded database through SQLite's backup API, while a hub keeps writing.
 * The source connection first opens a read transaction and holds it for the whole copy: in WAL mode
 * that pins one snapshot (writers go on appending to the WAL, nothing waits), so the copy is the
 * database as of that instant and the backup never restarts because of another process's writes.
 * The copy is written beside the target and renamed into place only once complete and checked.
 */
export async function backupSqlite(config: HubConfig, target: string, options: { pagesPerStep?: number; onProgress?: Progress } = {}): Promise<BackupResult> {
  if (config.dialect !== 'sqlite') throw new OperationError('DATABASE_URL is set: back PostgreSQL up with pg_dump (see docs/OPERATIONS.md), not hub backup');
  const source = config.sqliteFile;
  if (!fs.existsSync(source)) throw new OperationError(`no database at ${source} (set HUB_DATA_DIR)`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new OperationError(`${file} already exists; choose a new file name`);
  if (!fs.existsSync(path.dirname(file))) throw new OperationError(`directory ${path.dirname(file)} does not exist`);
  const partial = `${file}.partial-${process.pid}`;
  const started = performance.now();
  const db = openNativeSqlite(source, { fileMustExist: true, timeout: 5000 });
  try {
    db.exec('BEGIN');
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get(); // the read that starts the snapshot
    const pagesPerStep = options.pagesPerStep ?? 1000;
    const done = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        options.onProgress?.(totalPages - remainingPages, totalPages);
        return pagesPerStep;
      },
    });
    options.onProgress?.(done.totalPages, done.totalPages);
    db.exec('COMMIT');
    const auditHead = finishCopy(partial);
    fs.renameSync(partial, file);
    fsyncDir(path.dirname(file));
    return { file, pages: done.totalPages, bytes: fs.statSync(file).size, ms: performance.now() - started, auditHead };
  } catch (err) {
    for (const f of sqliteFiles(partial)) fs.rmSync(f, { force: true });
    throw err;
  } finally {
    db.close();
  }
}

// The copy inherits the source's WAL mode; turn it into one self-contained file (no -wal beside
// it to lose), check it, and flush it to disk.
function finishCopy(file: string): { seq: number; hash: string } | null {
  const copy = openNativeSqlite(file, { fileMustExist: true });
  let head: Record<string, unknown> | undefined;
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new OperationError(`the copy failed quick_check: ${String(check)}`);
    head = copy.prepare(`SELECT "last_seq", "last_hash" FROM "audit_chain_head"`).get();
  } finally {
    copy.close();
  }
  fsyncFile(file);
  return head ? { seq: Number(head.last_seq), hash: String(head.last_hash) } : null;
}

export interface RestoreResult {
  target: string;
  auditEvents: number;
  /** Where the database that was replaced is kept (a hard link), if there was one. */
  previous: string | null;
  ms: number;
}

/**
 * Restores a backup into the configured database file. Takes the database's lock first, so a
 * running hub (or another restore) makes it refuse; copies the backup beside the target, checks
 * PRAGMA integrity_check, that this release knows every migration the backup has, and the audit
 * chain; then replaces the target with one rename. The replaced database stays as a hard link.
 */
export async function restoreSqlite(config: HubConfig, backupFile: string, log: Logger, options: { onProgress?: Progress; onStep?: (message: string) => void } = {}): Promise<RestoreResult> {
  if (config.dialect !== 'sqlite') throw new OperationError('DATABASE_URL is set: restore PostgreSQL with pg_restore (see docs/OPERATIONS.md), not hub restore');
  const from = path.resolve(backupFile);
  if (!fs.existsSync(from)) throw new OperationError(`no backup at ${from}`);
  const target = path.resolve(config.sqliteFile);
  if (from === target) throw new OperationError('the backup is the database itself');
  const started = performance.now();
  const lock = lockDatabase(target); // throws DatabaseLockedError, naming the running hub
  const staged = `${target}.restoring-${process.pid}`;
  try {
    for (const f of sqliteFiles(staged)) fs.rmSync(f, { force: true });
    const source = openNativeSqlite(from, { fileMustExist: true, readonly: true });
    try {
      const done = await source.backup(staged, { progress: ({ totalPages, remainingPages }) => (options.onProgress?.(totalPages - remainingPages, totalPages), 1000) });
      options.onProgress?.(done.totalPages, done.totalPages);
    } catch (err) {
      throw new OperationError(`${from} is not a readable SQLite database: ${(err as Error).message}`);
    } finally {
      source.close();
    }
    checkStaged(staged, options.onStep);
    const auditEvents = await verifyChain(config, staged, log);
    options.onStep?.(`audit chain: OK, ${auditEvents} events verified`);

    let previous: string | null = null;
    if (fs.existsSync(target)) {
      // We hold the lock, so no one else has it open: fold its WAL in, so the file alone is the whole database.
      const old = openNativeSqlite(target, { fileMustExist: true });
      old.pragma('wal_checkpoint(TRUNCATE)');
      old.close();
      previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.linkSync(target, previous);
      for (const f of sqliteFiles(target).slice(1)) fs.rmSync(f, { force: true });
    }
    fsyncFile(staged);
    fs.renameSync(staged, target);
    fsyncDir(path.dirname(target));
    return { target, auditEvents, previous, ms: performance.now() - started };
  } finally {
    for (const f of sqliteFiles(staged)) fs.rmSync(f, { force: true });
    lock.release();
  }
}

function checkStaged(file: string, onStep?: (message: string) => void): void {
  const db = openNativeSqlite(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') throw new OperationError(`integrity_check failed: ${problems.slice(0, 3).join('; ')}`);
    onStep?.('integrity_check: ok');
    const hasMigrations = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hub_migrations'`).get();
    if (!hasMigrations) throw new OperationError('not a hub database: it has no hub_migrations table');
    const known = new Set(sqliteMigrations.map((m) => m.name));
    const unknown = db
      .prepare(`SELECT "name" FROM "hub_migrations" ORDER BY "id"`)
      .all()
      .map((r) => String(r.name))
      .filter((n) => !known.has(n));
    if (unknown.length) throw new OperationError(`the backup was written by a newer release (migration ${unknown[0]} is unknown here): restore it with that release`);
  } finally {
    db.close();
  }
}

// The same walk as `hub audit verify`, on the staged copy, without migrating it: the hub migrates
// on its next start, and the check is of the backup as it is.
async function verifyChain(config: HubConfig, file: string, log: Logger): Promise<number> {
  const db = await openDatabaseAsIs({ ...config, sqliteFile: file }, log);
  try {
    const result = await verifyAuditChain(db);
    if (result.break) throw new OperationError(`audit chain BROKEN at seq ${result.break.seq} (${result.break.kind}): ${result.break.message}`);
    return result.count;
  } finally {
    await db.dataSource.destroy();
  }
}

function sqliteFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
