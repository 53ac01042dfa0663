import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import net from 'node:net';
import pg from 'pg';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import type { Plugin } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1500 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// The tests import the server's TypeScript (src/, migrations/), which `npm test` has just compiled
// to dist/: they get the compiled CommonJS, loaded by Node itself, instead of a copy that vite
// transforms and evaluates again in every worker of every project (~6 s a worker). One copy also
// means one set of classes for the tests and the hubs they start.
const COMPILED = [path.join(root, 'src'), path.join(root, 'migrations')];
function importCompiledServer(): Plugin {
  return {
    name: 'hub-compiled-server',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const abs = path.resolve(path.dirname(importer), source).replace(/\.(ts|js)$/, '');
      if (!COMPILED.some((dir) => abs === dir || abs.startsWith(dir + path.sep))) return null;
      const out = path.join(root, 'dist', path.relative(root, abs));
      for (const file of [`${out}.js`, path.join(out, 'index.js')]) if (fs.existsSync(file)) return file;
      return null;
    },
  };
}

// Vitest runs the projects of a group one after another (a worker serves one project, so files
// of one project in a row share it), each project's files longest first. With two workers the
// run ends when the last long file does: the projects whose files are long and few come first,
// so their files overlap the many short ones that follow, and the run ends on short files.
const PROJECT_ORDER = ['browser', 'unit', 'sqlite-chaos', 'postgres-chaos', 'postgres', 'scale-out', 'sqlite', 'web'];

// Without vitest's cache of durations (a clean clone, as in CI) a project's files go largest
// first; these short files run long (packing and installing the client package, then type-checking
// a program with it), and would otherwise end the run alone.
const LONG_FOR_THEIR_SIZE = ['tests/integration/client-package.test.ts'];

class HubSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = PROJECT_ORDER.indexOf(spec.project.name);
      return i === -1 ? PROJECT_ORDER.length : i;
    };
    const long = (spec: TestSpecification) => (LONG_FOR_THEIR_SIZE.includes(path.relative(root, spec.moduleId)) ? 0 : 1);
    // Array.prototype.sort is stable: within a project the base order (failed, then longest, first) stays.
    return (await super.sort(files)).sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b) || long(a) - long(b),
    );
  }
}

// The integration suite runs once per database: always on SQLite, and on PostgreSQL when it is
// reachable. Under CI=true PostgreSQL is required: its suite runs and fails if the server is down.
export default defineConfig(async () => {
  const adminUrl = process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL;
  const ci = !!process.env.CI && process.env.CI !== 'false';
  const postgres = ci || (process.env.HUB_TEST_POSTGRES !== '0' && (await postgresReachable(adminUrl)));
  const redis = ci || (process.env.HUB_TEST_REDIS !== '0' && (await redisReachable(process.env.HUB_TEST_REDIS_URL || 'redis://127.0.0.1:6379')));
  if (!redis) process.stderr.write('Redis is not reachable: the two-instance suite is not run (CI=true requires it).\n');
  if (!postgres) process.stderr.write(`\nPostgreSQL is not reachable at ${adminUrl}: the PostgreSQL suite is not run (CI=true requires it).\n\n`);

  const CHAOS = 'tests/integration/channels.chaos.test.ts';
  // Files whose subject does not depend on the hub's database run once, on SQLite: SQLite's own
  // busy lock, and the client package (packing, offline install, type-checking a program).
  const SQLITE_ONLY = ['tests/integration/sqlite-busy.test.ts', 'tests/integration/client-package.test.ts'];
  // PostgreSQL's prepared statements (the SQLite driver keeps its own statement cache), and requests
  // made to wait on a table lock (SQLite's readers never wait, and it has no statement timeout):
  // cancelled at the statement timeout, or outliving their caller while the hub stops.
  const POSTGRES_ONLY = ['tests/integration/prepared-statements.test.ts', 'tests/integration/committed-answer.test.ts', 'tests/integration/database-contention.test.ts', 'tests/integration/shutdown-drain.test.ts'];
  const integration = (dialect: 'sqlite' | 'postgres') => ({
    extends: true as const,
    test: {
      name: dialect,
      include: ['tests/integration/**/*.test.ts'],
      exclude: dialect === 'sqlite' ? [CHAOS, ...POSTGRES_ONLY] : [CHAOS, ...SQLITE_ONLY],
      globalSetup: ['tests/support/global-setup.ts'],
      env: { HUB_TEST_DB: dialect, HUB_PG_ADMIN_URL: adminUrl },
      // Each file starts its own hub on its own database, and the hub keeps no state in modules:
      // files of one worker share the imported modules (the TypeScript of the whole server and
      // the generated operations, evaluated once per worker instead of once per file).
      isolate: false,
    },
  });
  // The chaos test (1,000 directives, 50 subscribers coming and going) runs in a process of its
  // own, on SQLite in `npm test` and on both dialects in CI.
  const chaos = (dialect: 'sqlite' | 'postgres') => ({
    extends: true as const,
    test: {
      name: `${dialect}-chaos`,
      include: [CHAOS],
      globalSetup: ['tests/support/global-setup.ts'],
      env: { HUB_TEST_DB: dialect, HUB_PG_ADMIN_URL: adminUrl },
    },
  });

  return {
    // One graphql module for everything: vite would otherwise pick index.mjs for our sources while
    // Node loads index.js for dependencies, and graphql refuses types from "another realm".
    resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
    plugins: [importCompiledServer()],
    test: {
      // Node loads the compiled server (see importCompiledServer): vite neither transforms nor evaluates it.
      server: { deps: { external: [/[\\/]dist[\\/](src|migrations)[\\/]/] } },
      root,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: 'forks',
      // Two files at a time even on a 2-core machine: most of a file's time is spent waiting on
      // PostgreSQL, sockets and Chromium, not on the CPU (the default here would be one worker).
      maxWorkers: 2,
      setupFiles: ['tests/support/setup.ts'],
      sequence: { sequencer: HubSequencer },
      env: { NODE_ENV: 'test' },
      projects: [
        // The programs' tests start from a copy of the SQLite template where `hub seed` is not their subject.
        // No unit test mocks a module or changes the environment, so a worker's files share the
        // imported modules (the server's, for the schema tests) instead of importing them per file.
        { extends: true as const, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, globalSetup: ['tests/support/build-setup.ts', 'tests/support/global-setup.ts'], env: { HUB_TEST_DB: 'sqlite' } } },
        integration('sqlite'),
        chaos('sqlite'),
        // The web app in the system Chromium (playwright-core), against a real hub on SQLite. Its
        // suites are one file (tests/browser/app.test.ts): one worker, one Chromium at a time,
        // beside the other projects' files rather than after them.
        {
          extends: true as const,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/support/global-setup.ts', 'tests/browser/support/build-web.ts'],
            env: { HUB_TEST_DB: 'sqlite' },
          },
        },
        // The app's component tests (happy-dom, per file), which live beside their components.
        { extends: true as const, test: { name: 'web', include: ['web/src/**/*.test.{ts,tsx}'] } },
        ...(postgres ? [integration('postgres')] : []),
        ...(postgres && ci ? [chaos('postgres')] : []),
        // Several instances need a shared database and Redis: PostgreSQL only.
        ...(postgres && redis
          ? [{ extends: true as const, test: { name: 'scale-out', include: ['tests/scale-out/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'], env: { HUB_TEST_DB: 'postgres', HUB_PG_ADMIN_URL: adminUrl }, isolate: false } }]
          : []),
      ],
    },
  };
});
