import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database with the demo data, copied by each test file. */
    template: string;
  }
}

interface Template {
  name: Promise<string>;
  users: number;
  dispose(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..');
const compiling = globalThis as { __hubCompiled?: Promise<void> };

/**
 * dist/ up to date with src/ (the tests import the compiled server: tests/vitest.config.mts).
 * `npm test` compiles before vitest starts; a run started otherwise, or after an edit, compiles here, once.
 */
export function compiledServer(): Promise<void> {
  compiling.__hubCompiled ??= compiledAfterEveryEdit()
    ? Promise.resolve()
    : promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root }).then(
        () => undefined,
        (err: { stdout?: string; stderr?: string }) => Promise.reject(new Error(`tsc -p tsconfig.json failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`)),
      );
  return compiling.__hubCompiled;
}

/** Whether dist was compiled after the last change to anything tsconfig.json compiles (as make decides). */
function compiledAfterEveryEdit(): boolean {
  const built = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(built)) return false;
  const compiledAt = fs.statSync(built).mtimeMs;
  const newest = (p: string): number => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return 0;
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
  };
  const inputs = ['tsconfig.json', 'package-lock.json', 'src', 'migrations', 'tests/bench', 'tests/fixtures'];
  return inputs.every((p) => newest(path.join(root, p)) <= compiledAt);
}

// Several projects run on one dialect (integration, chaos, browser on SQLite; integration and
// scale-out on PostgreSQL): they share one template per dialect, made by the first project's setup
// and removed by the last one's teardown. The global setups all run in vitest's main process.
const shared = ((globalThis as { __hubTemplates?: Map<string, Template> }).__hubTemplates ??= new Map<string, Template>());

async function makeTemplate(dialect: string): Promise<{ name: string; dispose(): Promise<void> }> {
  await compiledServer();
  // Imported here, not at the top: they resolve to dist/ (tests/vitest.config.mts), which exists
  // and is current only once compiledServer() has finished.
  const [{ createTempDatabase, dropDatabases }, { createLogger }, { openDatabase, seedDemoOnce }, { adminUrl, copyPrefix, tempDir, testConfig }] = await Promise.all([
    import('../../src/platform/database/postgres-admin.js'),
    import('../../src/platform/logger.js'),
    import('../../src/server/database.js'),
    import('./env.js'),
  ]);
  const log = createLogger('warn');
  if (dialect === 'postgres') {
    // No probe with a timeout first: while the other templates and builds start, the main process
    // can be busy for seconds, and a timer would call a running server unreachable.
    const temp = await createTempDatabase(adminUrl(), 'hub_template').catch((err: Error) => {
      throw new Error(`PostgreSQL is required (CI=true) but not reachable at ${adminUrl()}: ${err.message}`);
    });
    const dir = tempDir();
    const db = await openDatabase(testConfig({ dataDir: dir, dialect: 'postgres', databaseUrl: temp.url, dbPoolSize: 2 }), log);
    await seedDemoOnce(db, log);
    await db.dataSource.destroy();
    return {
      name: temp.name,
      async dispose() {
        // The template first: dropping it waits for copies still being made from it.
        await temp.drop();
        await dropDatabases(adminUrl(), `${copyPrefix(temp.name)}_`); // the workers' spares and unfinished drops
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const dir = tempDir('hub-template-');
  const file = path.join(dir, 'template.sqlite');
  const db = await openDatabase(testConfig({ dataDir: dir, sqliteFile: file }), log);
  await seedDemoOnce(db, log);
  await db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.dataSource.destroy();
  return { name: file, dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// One template is made at a time (each is busy work in this process and connects with timeouts);
// the builds started beside them run in processes of their own.
let making: Promise<unknown> = Promise.resolve();

/** This run's template of `dialect`, made on first use (not yet counted as used). */
export function sharedTemplate(dialect: string): Template {
  let template = shared.get(dialect);
  if (!template) {
    const made = making.then(() => makeTemplate(dialect));
    making = made.catch(() => undefined);
    template = { name: made.then((m) => m.name), users: 0, dispose: async () => (await made).dispose() };
    // Made ahead of its users (build-setup.ts): a failure is theirs to report when they await it.
    template.name.catch(() => undefined);
    shared.set(dialect, template);
  }
  return template;
}

/** Removes the templates made ahead that no project took. */
export async function disposeUnusedTemplates(): Promise<void> {
  for (const [dialect, template] of shared) {
    if (template.users > 0) continue;
    shared.delete(dialect);
    await template.dispose().catch(() => undefined);
  }
}

/** Migrates and seeds one template database per dialect and run; test files copy it instead of seeding. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dialect = (project.config.env?.HUB_TEST_DB as string) ?? 'sqlite';
  const template = sharedTemplate(dialect);
  template.users += 1;
  const release = async () => {
    template.users -= 1;
    if (template.users > 0) return;
    shared.delete(dialect);
    await template.dispose();
  };
  try {
    project.provide('template', await template.name);
  } catch (err) {
    await release().catch(() => undefined);
    throw err;
  }
  return release;
}
