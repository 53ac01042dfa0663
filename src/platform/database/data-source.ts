import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, EntityManager, MixedList } from 'typeorm';
import type { HubConfig } from '../config';
import type { Logger } from '../logger';
import { hubTypes } from './pg-types';
import { hubClient } from './pg-client';
import { StatementCounter, talliedManager } from './statement-counter';

export interface DatabaseOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: { sqlite: Function[]; postgres: Function[] };
  /** PostgreSQL schema to use instead of public (tests isolate themselves this way). */
  schema?: string;
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
  /** The manager of the hub's own work (event relay, scheduler, gauges): its statements count in no total. */
  background: EntityManager;
  dialect: HubConfig['dialect'];
}

/** Builds (but does not open) the data source for the configured dialect. Never synchronizes. */
export function createDatabase(config: HubConfig, log: Logger, options: DatabaseOptions): Database {
  const statements = new StatementCounter(log.child({ component: 'sql' }));
  const common = {
    entities: options.entities,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'hub_migrations',
    logger: statements,
    maxQueryExecutionTime: 500,
  } as const;
  let dsOptions: DataSourceOptions;
  if (config.dialect === 'postgres') {
    dsOptions = {
      ...common,
      type: 'postgres',
      url: config.databaseUrl,
      schema: options.schema,
      migrations: options.migrations.postgres,
      poolSize: config.dbPoolSize,
      extra: {
        statement_timeout: config.statementTimeoutMs,
        connectionTimeoutMillis: 5_000,
        // A connection once opened stays open (a fixed-size pool, as HikariCP recommends): pg-pool
        // would close those idle for 10 s, and the first requests after a quiet spell would each pay
        // a new backend and the re-preparing of their statements (inbox rounds after 11 s idle: p99
        // 45, 30, 27 ms and the slowest 117 ms; kept open: 33, 21, 17 and 59 ms).
        min: config.dbPoolSize,
        types: hubTypes,
        // Repeated statements prepared once per connection (HUB_PG_PREPARED_STATEMENTS=0: never, for
        // poolers that cannot); a connection the server ended is never lent again (pg-client.ts).
        Client: hubClient(config.preparedStatements),
        options: `-c timezone=UTC${options.schema ? ` -c search_path=${options.schema}` : ''}`,
      },
    };
  } else {
    if (config.sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(config.sqliteFile), { recursive: true });
    dsOptions = {
      ...common,
      type: 'better-sqlite3',
      database: config.sqliteFile,
      migrations: options.migrations.sqlite,
      enableWAL: config.sqliteFile !== ':memory:',
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const dataSource = new DataSource(dsOptions);
  return { dataSource, statements, background: talliedManager(dataSource, { count: 0, background: true }), dialect: config.dialect };
}
