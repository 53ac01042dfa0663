import Redis from 'ioredis';
import { MoreThan } from 'typeorm';
import type { Database } from '../database/data-source';
import { readCommitted } from '../database/transaction';
import type { Logger } from '../logger';
import type { HubPubSub } from '../pubsub';
import { CoalescingRunner } from './coalescing-runner';
import type { HubEventEnvelope, HubEventKind } from './event-map';
import { HubEvent } from './hub-event.entity';
import { envelopeOf, onEventsCommitted } from './outbox';

/** Where the relay hands committed events on: the hub's in-process pub/sub. */
export type EventSink = HubPubSub;

type Route = (event: HubEventEnvelope, sink: EventSink, db: Database) => void | Promise<void>;
const routes = new Map<string, Route[]>();

/**
 * Registers, at module load, what the relay does with one kind of event besides publishing it on
 * `hub.event` — e.g. waking the inbox streams of a directive's recipients. A route may read the
 * database (committed rows only); the relay waits for it, so publication stays in log order.
 */
export function onHubEvent<K extends HubEventKind>(kind: K, route: (event: HubEventEnvelope<K>, sink: EventSink, db: Database) => void | Promise<void>): void {
  routes.set(kind, [...(routes.get(kind) ?? []), route as Route]);
}

const BATCH = 500;
/** How often the log is read without a wake-up (events of other instances while Redis is away). */
export const RELAY_POLL_MS = 1000;

export interface RelayOptions {
  db: Database;
  log: Logger;
  sink: EventSink;
  redisUrl?: string;
  redisPrefix: string;
  /** Called after each batch of events this instance published (the public cache starts a new generation). */
  onPublished?: () => void;
}

/**
 * Publishes committed events, in seq order, to this instance's subscribers. Every instance tails
 * the log from its own last published seq; a commit wakes its own instance at once and the others
 * through a Redis message (only a hint: the log is the source of truth, and a poll covers a lost
 * or undeliverable hint, e.g. while Redis is down). A rolled-back transaction never reached the
 * log, so nothing of it is published; each instance publishes each seq once, in order.
 */
export class EventRelay {
  private last = 0;
  private readonly runs = new CoalescingRunner(() => this.drain());
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => void) | null = null;
  private redis: { pub: Redis; sub: Redis; channel: string } | null = null;

  constructor(private readonly options: RelayOptions) {}

  /** The highest seq this instance has published (the relay-lag metric). */
  get publishedSeq(): number {
    return this.last;
  }

  /** Starts after everything already in the log: those events were published by whoever committed them. */
  async start(): Promise<void> {
    const { db, log, redisUrl, redisPrefix } = this.options;
    this.last = await lastSeq(db);
    this.unlisten = onEventsCommitted(db, () => {
      this.wake();
      void this.redis?.pub.publish(this.redis.channel, '1').catch(() => undefined);
    });
    if (redisUrl) {
      // Commands wait for the connection (readiness right after start), and fail after one retry while Redis is away.
      const opts = { maxRetriesPerRequest: 1, enableOfflineQueue: true };
      const pub = new Redis(redisUrl, opts);
      // The relay subscribes again itself on every connection: ioredis 5's own resubscription sends
      // SUBSCRIBE without handling its rejection, an unhandled rejection when the connection drops
      // again before it is answered (fixed upstream in redis/ioredis#2187, not in 5.11).
      const sub = new Redis(redisUrl, { ...opts, autoResubscribe: false });
      const channel = `${redisPrefix}:events:committed`;
      for (const [name, client] of [
        ['relay-publish', pub],
        ['relay-subscribe', sub],
      ] as const)
        client.on('error', (err) => log.debug({ err: err.message, client: name }, 'redis error'));
      sub.on('message', () => this.wake());
      sub.on('ready', () => {
        void sub.subscribe(channel).catch(() => undefined);
        this.wake(); // back after an outage: read what others committed meanwhile
      });
      this.redis = { pub, sub, channel };
    }
    this.schedulePoll();
  }

  /** Reads and publishes what was committed since the last publication. */
  wake(): void {
    this.runs.wake();
  }

  /** Resolves once everything committed so far is published (tests, shutdown). */
  async flush(): Promise<void> {
    this.runs.wake();
    await this.runs.idle();
  }

  /** Whether the wake-up transport is reachable (always true without Redis). */
  async ready(): Promise<boolean> {
    if (!this.redis) return true;
    try {
      return (await Promise.race([this.redis.pub.ping(), new Promise<string>((r) => setTimeout(() => r('timeout'), 1000).unref())])) === 'PONG';
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.unlisten?.();
    await this.runs.stop();
    if (this.redis) await Promise.all([this.redis.pub.quit().catch(() => undefined), this.redis.sub.quit().catch(() => undefined)]);
  }

  private schedulePoll(): void {
    if (this.runs.isStopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.schedulePoll();
    }, RELAY_POLL_MS);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    const { db, log, sink } = this.options;
    try {
      for (;;) {
        const rows = await readCommitted(db, () => db.background.find(HubEvent, { where: { seq: MoreThan(this.last) }, order: { seq: 'ASC' }, take: BATCH }));
        for (const row of rows) {
          const event = envelopeOf(row);
          this.last = row.seq;
          try {
            sink.publish('hub.event', event);
            for (const route of routes.get(event.kind) ?? []) await route(event, sink, db);
          } catch (err) {
            log.error({ err, seq: row.seq, kind: row.kind }, 'publishing an event failed');
          }
        }
        if (rows.length) this.options.onPublished?.();
        if (rows.length < BATCH || this.runs.isStopped) return;
      }
    } catch (err) {
      // The database is away: the next wake-up or poll reads from the same position.
      log.warn({ err: (err as Error).message }, 'event relay could not read the log');
    }
  }
}

/** The newest event's seq (the hub's own read: it counts in no request). */
export async function lastSeq(db: Database): Promise<number> {
  const row = await db.background.createQueryBuilder(HubEvent, 'e').select('MAX(e.seq)', 'max').getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0);
}
