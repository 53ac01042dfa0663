import fs from 'node:fs';
import { postgresMigrations } from '../../migrations/postgres';
import { sqliteMigrations } from '../../migrations/sqlite';
import { domains, entities } from '../domains';
import { Body } from '../domains/bodies/body.entities';
import type { Progress, SeedKit } from '../domains/seed-kit';
import type { Role } from '../platform/auth/roles';
import { LoaderRegistry } from '../platform/context';
import { createHubPubSub } from '../platform/pubsub';
import type { HubConfig } from '../platform/config';
import { createDatabase, Database } from '../platform/database/data-source';
import { lockDatabase } from '../platform/database/data-dir-lock';
import { HubMeta } from '../platform/database/hub-meta.entity';
import { runInTransaction } from '../platform/database/transaction';
import { transactionEvents } from '../platform/events/outbox';
import type { Logger } from '../platform/logger';

export function buildDatabase(config: HubConfig, log: Logger, schema?: string): Database {
  return createDatabase(config, log, { entities, migrations: { sqlite: sqliteMigrations, postgres: postgresMigrations }, schema });
}

/**
 * Opens the database and applies pending migrations (never synchronize). The embedded database is
 * locked for this process until the data source is destroyed, so that a second hub, a restore or a
 * migration cannot run on it at the same time (PostgreSQL is shared by design).
 */
export async function openDatabase(config: HubConfig, log: Logger, schema?: string): Promise<Database> {
  const lock = config.dialect === 'sqlite' && config.sqliteFile !== ':memory:' ? lockDatabase(config.sqliteFile) : null;
  const db = buildDatabase(config, log, schema);
  if (lock) {
    // Every owner closes the database with dataSource.destroy(); the lock goes with it.
    const destroy = db.dataSource.destroy.bind(db.dataSource);
    db.dataSource.destroy = () => destroy().finally(() => lock.release());
  }
  try {
    await db.dataSource.initialize();
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } catch (err) {
    if (db.dataSource.isInitialized) await db.dataSource.destroy();
    else lock?.release();
    throw err;
  }
  return db;
}

/**
 * Opens the database as it is, to read beside a running hub (`hub audit verify`, checks of a
 * restore): no lock, no migrations, and no embedded database created where there is none.
 */
export async function openDatabaseAsIs(config: HubConfig, log: Logger): Promise<Database> {
  if (config.dialect === 'sqlite' && config.sqliteFile !== ':memory:' && !fs.existsSync(config.sqliteFile)) throw new Error(`no database at ${config.sqliteFile} (set HUB_DATA_DIR)`);
  const db = buildDatabase(config, log);
  await db.dataSource.initialize();
  return db;
}

const DEMO_MARKER = 'demo-data';

/** Loads the demo data once per database; later starts find the marker and skip. */
export async function seedDemoOnce(db: Database, log: Logger, progress?: (label: string) => Progress): Promise<boolean> {
  if (await db.dataSource.manager.exists(HubMeta, { where: { key: DEMO_MARKER } })) return false;
  const started = Date.now();
  const pubsub = createHubPubSub(); // the seed publishes nothing: its events stay in the log
  await runInTransaction(db, undefined, async (em) => {
    const kit: SeedKit = {
      em,
      db,
      log,
      progress: progress ?? (() => () => undefined),
      async as(bodyCode, roles) {
        const body = await em.findOneOrFail(Body, { where: { code: bodyCode } });
        const actor = {
          accountId: `seed:${bodyCode}`,
          body: { rowId: body.rowId, code: body.code, level: body.level, kind: body.kind, parentId: body.parentId },
          roles: new Set(roles as Role[]),
          expiresAt: null,
        };
        return {
          requestId: 'demo-seed',
          actor,
          events: transactionEvents(em, db, actor, 'demo-seed'),
          db,
          em,
          loaders: new LoaderRegistry(),
          log,
          pubsub,
        };
      },
    };
    for (const domain of domains) await domain.seedDemo?.(kit);
    await em.insert(HubMeta, { key: DEMO_MARKER, value: new Date().toISOString() });
  });
  log.info({ ms: Date.now() - started }, 'loaded demo data');
  return true;
}
