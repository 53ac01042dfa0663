import fs from 'node:fs';
import path from 'node:path';
import { openNativeSqlite } from './sqlite-native';

/** Thrown when another live process holds the database; the message is one line for operators. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly databaseFile: string,
    readonly holderPid: number | null,
  ) {
    super(`${databaseFile} is in use by another hub process (${holderPid ? `pid ${holderPid}` : 'pid unknown'}); stop it first, or point HUB_DATA_DIR elsewhere`);
    this.name = 'DatabaseLockedError';
  }
}

export interface DataDirLock {
  readonly lockFile: string;
  release(): void;
}

/** The files of the lock that guards an embedded database: `<db>.lock` (the OS lock) and `<db>.lock.pid`. */
export function lockFiles(databaseFile: string): { lockFile: string; pidFile: string } {
  return { lockFile: `${databaseFile}.lock`, pidFile: `${databaseFile}.lock.pid` };
}

/**
 * Takes the exclusive lock of an embedded database, or throws DatabaseLockedError naming the
 * holder. The lock is an OS file lock (POSIX fcntl, taken through SQLite on a small side file in
 * EXCLUSIVE locking mode): the kernel drops it when its process dies, so a hub killed with -9
 * leaves nothing that blocks the next start, and no pid-liveness guess is needed. SQLite also
 * tracks the lock per process, so a second open in the same process is refused as well.
 *
 * The pid lives in a separate file because the lock file must never be opened outside SQLite:
 * closing any descriptor of a file drops every POSIX lock the process holds on it.
 */
export function lockDatabase(databaseFile: string): DataDirLock {
  const { lockFile, pidFile } = lockFiles(path.resolve(databaseFile));
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const handle = openNativeSqlite(lockFile, { timeout: 0 });
  try {
    handle.pragma('locking_mode = EXCLUSIVE');
    // The first write transaction takes the EXCLUSIVE lock; in this locking mode it is kept until close.
    handle.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (err) {
    handle.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseLockedError(databaseFile, readPid(pidFile));
    throw err;
  }
  fs.writeFileSync(pidFile, `${process.pid}\n`);
  let released = false;
  return {
    lockFile,
    release() {
      if (released) return;
      released = true;
      if (readPid(pidFile) === process.pid) fs.rmSync(pidFile, { force: true });
      handle.close();
    },
  };
}

function readPid(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
