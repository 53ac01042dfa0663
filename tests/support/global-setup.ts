import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { createTempDatabase, postgresReachable } from '../../src/platform/database/postgres-admin';
import { createLogger } from '../../src/platform/logger';
import { openDatabase, seedDemoOnce } from '../../src/server/database';
import { adminUrl, tempDir, testConfig, testDialect } from './env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database with the demo data, copied by each test file. */
    template: string;
  }
}

/** Migrates and seeds one template database per run; test files copy it instead of seeding. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dialect = (project.config.env?.HUB_TEST_DB as string) ?? testDialect();
  const log = createLogger('warn');
  if (dialect === 'postgres') {
    if (!(await postgresReachable(adminUrl()))) {
      throw new Error(`PostgreSQL is required (CI=true) but not reachable at ${adminUrl()}`);
    }
    const temp = await createTempDatabase(adminUrl(), 'hub_template');
    const dir = tempDir();
    const db = await openDatabase(testConfig({ dataDir: dir, dialect: 'postgres', databaseUrl: temp.url, dbPoolSize: 2 }), log);
    await seedDemoOnce(db, log);
    await db.dataSource.destroy();
    project.provide('template', temp.name);
    return async () => {
      await temp.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const dir = tempDir('hub-template-');
  const file = path.join(dir, 'template.sqlite');
  const db = await openDatabase(testConfig({ dataDir: dir, sqliteFile: file }), log);
  await seedDemoOnce(db, log);
  await db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.dataSource.destroy();
  project.provide('template', file);
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
