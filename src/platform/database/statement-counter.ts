import type { DataSource, EntityManager, Logger as TypeOrmLogger, QueryRunner, ReplicationMode } from 'typeorm';
import type { Logger } from '../logger';

/** Statements of one request, or of the hub's own background work (counted in no total). */
export interface Tally {
  count: number;
  background?: boolean;
}

const TALLY = Symbol('hub.statementTally');

type TalliedRunner = QueryRunner & { [TALLY]?: Tally };

/**
 * TypeORM logger that counts SQL statements, in total and per tally (`talliedManager`), and forwards
 * errors and slow queries to the structured log. The per-request figure is what the N+1 tests, the
 * benchmarks and the statements-per-operation metric read.
 */
export class StatementCounter implements TypeOrmLogger {
  total = 0;

  constructor(private readonly out: Logger) {}

  logQuery(_query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const tally = (queryRunner as TalliedRunner | undefined)?.[TALLY];
    if (tally?.background) return;
    this.total++;
    if (tally) tally.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.debug({ err: error instanceof Error ? error.message : error, query: query.slice(0, 500) }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, query: query.slice(0, 500) }, 'slow sql statement');
  }

  logSchemaBuild(message: string): void {
    this.out.debug({ message }, 'schema build');
  }

  logMigration(message: string): void {
    this.out.info({ message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message }, 'typeorm');
    else this.out.debug({ message }, 'typeorm');
  }
}

const talliesOfViews = new WeakMap<DataSource, Tally>();

/**
 * What the statement counter reads a tally from, for a statement run on `em` without a query
 * runner of TypeORM's (database/raw.ts): the manager's own runner inside a transaction, else the
 * tally of the talliedManager it comes from (none: counted in the total only).
 */
export function tallyCarrier(em: EntityManager): QueryRunner | undefined {
  if (em.queryRunner) return em.queryRunner;
  const tally = talliesOfViews.get(em.connection);
  return tally ? ({ [TALLY]: tally } as TalliedRunner) : undefined;
}

/**
 * An entity manager whose statements — its queries, its query builders', its transactions' — count
 * in `tally`. Each query runner it asks the data source for is the driver's own seen through an
 * object that carries the tally and its own state (SQLite's driver shares one runner among all
 * callers, so the tally cannot live on the runner itself). This replaced an AsyncLocalStorage scope
 * per request, whose promise hooks cost ~10% of the CPU of every read (issue #19).
 */
export function talliedManager(dataSource: DataSource, tally: Tally): EntityManager {
  const view = Object.create(dataSource) as DataSource;
  talliesOfViews.set(view, tally);
  Object.defineProperty(view, 'createQueryRunner', {
    value(mode: ReplicationMode = 'master'): QueryRunner {
      const runner = Object.create(dataSource.createQueryRunner(mode)) as TalliedRunner;
      runner[TALLY] = tally;
      view.createEntityManager(runner); // becomes runner.manager: a transaction's manager works through it
      return runner;
    },
  });
  return view.createEntityManager();
}
