import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { DEFAULT_ADMIN_URL, postgresReachable } from '../src/platform/database/postgres-admin';

const root = path.resolve(__dirname, '..');

// The integration suite runs once per database: always on SQLite, and on PostgreSQL when it is
// reachable. Under CI=true PostgreSQL is required: its suite runs and fails if the server is down.
export default defineConfig(async () => {
  const adminUrl = process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL;
  const ci = !!process.env.CI && process.env.CI !== 'false';
  const postgres = ci || (process.env.HUB_TEST_POSTGRES !== '0' && (await postgresReachable(adminUrl)));
  if (!postgres) process.stderr.write(`\nPostgreSQL is not reachable at ${adminUrl}: the PostgreSQL suite is not run (CI=true requires it).\n\n`);

  const integration = (dialect: 'sqlite' | 'postgres') => ({
    extends: true as const,
    test: {
      name: dialect,
      include: ['tests/integration/**/*.test.ts'],
      globalSetup: ['tests/support/global-setup.ts'],
      env: { HUB_TEST_DB: dialect, HUB_PG_ADMIN_URL: adminUrl },
    },
  });

  return {
    test: {
      root,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: 'forks',
      env: { NODE_ENV: 'test' },
      projects: [
        { extends: true as const, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/support/build-setup.ts'] } },
        integration('sqlite'),
        ...(postgres ? [integration('postgres')] : []),
      ],
    },
  };
});
