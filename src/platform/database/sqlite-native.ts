// better-sqlite3 without @types: the few calls the operational tools make (lock, backup, restore),
// typed here. TypeORM drives the same driver for everything else.

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface NativeStatement {
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
  run(...params: unknown[]): unknown;
}

export interface NativeSqlite {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  exec(source: string): void;
  prepare(source: string): NativeStatement;
  backup(destination: string, options?: { progress?: (p: BackupProgress) => number | undefined }): Promise<BackupProgress>;
  close(): void;
  readonly inTransaction: boolean;
}

export interface NativeSqliteOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** busy timeout in ms (better-sqlite3's default is 5000). */
  timeout?: number;
}

type Constructor = new (file: string, options?: NativeSqliteOptions) => NativeSqlite;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const BetterSqlite3 = require('better-sqlite3') as Constructor;

export function openNativeSqlite(file: string, options: NativeSqliteOptions = {}): NativeSqlite {
  return new BetterSqlite3(file, options);
}
