import { postgresMigrations } from '../../migrations/postgres';
import { sqliteMigrations } from '../../migrations/sqlite';
import { domains, entities } from '../domains';
import type { Progress } from '../domains/bodies/body.seed';
import type { HubConfig } from '../platform/config';
import { createDatabase, Database } from '../platform/database/data-source';
import { HubMeta } from '../platform/database/hub-meta.entity';
import { runInTransaction } from '../platform/database/transaction';
import type { Logger } from '../platform/logger';

export function buildDatabase(config: HubConfig, log: Logger, schema?: string): Database {
  return createDatabase(config, log, { entities, migrations: { sqlite: sqliteMigrations, postgres: postgresMigrations }, schema });
}

/** Opens the database and applies pending migrations (never synchronize). */
export async function openDatabase(config: HubConfig, log: Logger, schema?: string): Promise<Database> {
  const db = buildDatabase(config, log, schema);
  await db.dataSource.initialize();
  const applied = await db.dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  return db;
}

const DEMO_MARKER = 'demo-data';

/** Loads the demo data once per database; later starts find the marker and skip. */
export async function seedDemoOnce(db: Database, log: Logger, progress?: (label: string) => Progress): Promise<boolean> {
  if (await db.dataSource.manager.exists(HubMeta, { where: { key: DEMO_MARKER } })) return false;
  const started = Date.now();
  await runInTransaction(db, undefined, async (em) => {
    for (const domain of domains) await domain.seedDemo?.(em, progress ?? (() => () => undefined));
    await em.insert(HubMeta, { key: DEMO_MARKER, value: new Date().toISOString() });
  });
  log.info({ ms: Date.now() - started }, 'loaded demo data');
  return true;
}
