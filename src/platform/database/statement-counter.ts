import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logger';

interface Tally {
  count: number;
  /** Work of the hub itself (event relay, scheduler): counted in neither a request nor the total. */
  background?: boolean;
}

/**
 * TypeORM logger that counts SQL statements, in total and per request (through AsyncLocalStorage),
 * and forwards errors and slow queries to the structured log. The per-request figure is what the
 * N+1 tests and the benchmarks read.
 */
export class StatementCounter implements TypeOrmLogger {
  total = 0;
  private readonly scope = new AsyncLocalStorage<Tally>();

  constructor(private readonly out: Logger) {}

  /** Runs fn and reports how many statements it issued (including its async continuations). */
  async measure<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const tally: Tally = { count: 0 };
    const result = await this.scope.run(tally, fn);
    return { result, statements: tally.count };
  }

  /** Starts a tally for the rest of the current async context (used per HTTP request). */
  begin(): Tally {
    const tally: Tally = { count: 0 };
    this.scope.enterWith(tally);
    return tally;
  }

  /** Runs fn as background work: its statements (and those of its continuations) are not counted. */
  background<T>(fn: () => Promise<T>): Promise<T> {
    return this.scope.run({ count: 0, background: true }, fn);
  }

  current(): number | undefined {
    return this.scope.getStore()?.count;
  }

  logQuery(): void {
    const tally = this.scope.getStore();
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
