import type { EntityManager } from 'typeorm';
import type { Actor } from './auth/actor';
import type { Database } from './database/data-source';
import type { Tally } from './database/statement-counter';
import { runInTransaction } from './database/transaction';
import type { Logger } from './logger';
import type { EventRecorder } from './events/event-map';
import { transactionEvents } from './events/outbox';
import type { HubPubSub } from './pubsub';
import type { RateBudget, RateLimiter } from './rate-limit';

/** DataLoaders of one request (or one transaction), created on first use by the domain that owns them. */
export class LoaderRegistry {
  private readonly loaders = new Map<symbol, unknown>();

  get<T>(key: symbol, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * One loader per request and per set of arguments (a page's size and cursors, a filter): loads
   * with the same arguments batch into one statement; other arguments get a loader of their own.
   */
  keyed<T>(family: symbol, args: unknown, create: () => T): T {
    const byArgs = this.get(family, () => new Map<string, T>());
    const key = typeof args === 'string' ? args : JSON.stringify(args);
    let loader = byArgs.get(key);
    if (loader === undefined) {
      loader = create();
      byArgs.set(key, loader);
    }
    return loader;
  }
}

/**
 * Everything a service needs to act for one request: who asks, the entity manager bound to the
 * request's transaction (if any), the request's loaders, its logger. Services take it first.
 */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  db: Database;
  em: EntityManager;
  loaders: LoaderRegistry;
  log: Logger;
  pubsub: HubPubSub;
  /** Domain events of the context's transaction (see `platform/events`); outside one, emit() throws. */
  events: EventRecorder;
  /** Who the caller is on the network (rate limits for the public). */
  clientKey?: string;
  /** The hub's rate limiter (shared by instances through Redis), for limits a service applies itself. */
  rateLimiter?: RateLimiter;
  /** Limits on public writes per minute: per client address and per target (0: none). */
  publicWriteLimits?: { perAddress: number; perTarget: number };
  /** The SQL statements of this HTTP request so far (absent unless the count is exposed or metrics are on). */
  statements?: Tally;
  /** What the governor's gate charged for this operation (cost, the caller's budget after it). */
  admission?: { cost: number; budget: RateBudget | null };
  /** On WebSocket: closes the caller's connection (slow subscribers). */
  closeConnection?: (code: number, reason: string) => void;
  /** Times root fields for /metrics (absent when metrics are off). */
  observeRootField?: (field: string, seconds: number) => void;
  /** Live events a subscription may hold for a slow subscriber before the connection closes. */
  subscriptionBuffer?: number;
}

/** Runs fn in a transaction with a context whose manager and loaders belong to it. */
export function inTransaction<T>(ctx: RequestContext, fn: (tx: RequestContext) => Promise<T>): Promise<T> {
  return runInTransaction(ctx.db, ctx.em, (em) => {
    if (em === ctx.em) return fn(ctx);
    return fn({ ...ctx, em, loaders: new LoaderRegistry(), events: transactionEvents(em, ctx.db, ctx.actor, ctx.requestId) });
  });
}
