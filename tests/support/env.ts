import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, HubConfig } from '../../src/platform/config';
import { DEFAULT_ADMIN_URL } from '../../src/platform/database/postgres-admin';

export type TestDialect = 'sqlite' | 'postgres';

export const TEST_SECRET = 'test-secret-for-the-coordination-hub-0123456789';

export function testDialect(): TestDialect {
  return process.env.HUB_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export function adminUrl(): string {
  return process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL;
}

/**
 * The name prefix of this run's copies of a PostgreSQL template (`hub_template_<tag>` gives
 * `hub_test_<tag>`): what the template's disposal sweeps at the end of the run.
 */
export function copyPrefix(template: string): string {
  return `hub_test_${template.replace(/^hub_template_/, '')}`;
}

export function tempDir(prefix = 'hub-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Configuration of a hub under test: ephemeral port, fixed secret, quiet logs. */
export function testConfig(overrides: Partial<HubConfig> & { dataDir: string }): HubConfig {
  const base = loadConfig({
    NODE_ENV: 'test',
    HUB_JWT_SECRET: TEST_SECRET,
    PORT: '0',
    HUB_DATA_DIR: overrides.dataDir,
    LOG_LEVEL: process.env.HUB_TEST_LOG_LEVEL || 'silent',
  });
  return { ...base, ...overrides };
}
