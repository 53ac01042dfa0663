import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { assertIdentityConfigured, createVerifier } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import { LoaderRegistry, RequestContext } from '../platform/context';
import type { Database } from '../platform/database/data-source';
import { noTransactionEvents, transactionEvents } from '../platform/events/outbox';
import { EventRelay } from '../platform/events/relay';
import { DeadlineScheduler } from '../platform/events/scheduler';
import { createLogger, Logger } from '../platform/logger';
import { createHubPubSub, HubPubSub } from '../platform/pubsub';
import { createRateLimiter } from '../platform/rate-limit';
import { openDatabase, seedDemoOnce } from './database';
import { Governor } from './governor';
import { mountHealth } from './health';
import { mountGraphQL, mountRequestIds, startApollo } from './http';
import { buildHubSchema } from './schema';
import { mountWebApp } from './web';
import { attachWebSocket } from './ws';

export interface HubOptions {
  /** PostgreSQL schema to run in (tests isolate themselves this way). */
  databaseSchema?: string;
  /** Load the demo data on first start (default true). */
  seedDemo?: boolean;
  log?: Logger;
}

export interface Hub {
  url: string;
  wsUrl: string;
  port: number;
  db: Database;
  log: Logger;
  /** In-process pub/sub, fed by the relay. */
  pubsub: HubPubSub;
  /** Publishes committed domain events to this instance's subscribers. */
  relay: EventRelay;
  /** Fires durable deadlines. */
  scheduler: DeadlineScheduler;
  stop(): Promise<void>;
}

/** Starts the hub: database (migrated, seeded once), event relay and scheduler, HTTP and WebSocket on one port. */
export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? createLogger(config.logLevel);
  assertIdentityConfigured(config);
  const verifier = createVerifier(config);
  const db = await openDatabase(config, log, options.databaseSchema);
  if (options.seedDemo !== false) await seedDemoOnce(db, log);
  const pubsub = createHubPubSub();
  const schema = buildHubSchema();

  const limiter = createRateLimiter(config.redisUrl, config.redisPrefix, log);
  const baseContext = (requestId: string): Omit<RequestContext, 'actor'> => ({
    requestId,
    db,
    em: db.dataSource.manager,
    loaders: new LoaderRegistry(),
    log: log.child({ requestId }),
    pubsub,
    rateLimiter: limiter,
    publicWriteLimits: { perAddress: config.publicWritesPerAddress, perTarget: config.publicWritesPerTarget },
    events: noTransactionEvents,
  });
  const relay = new EventRelay({ db, log, sink: pubsub, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix });
  await relay.start();
  const scheduler = new DeadlineScheduler(db, log, (em) => ({ ...baseContext(`deadline-${randomUUID()}`), em, actor: null, events: transactionEvents(em, db, null, 'scheduler') }));

  const governor = new Governor(schema, config, limiter, verifier);
  const deps = { config, log, db, schema, governor, verifier, baseContext };

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wsCleanup = attachWebSocket(httpServer, deps);
  const apollo = await startApollo(httpServer, wsCleanup, deps);
  mountRequestIds(app);
  mountHealth(app, db, relay);
  mountWebApp(app, config, log); // the department web app at / (src/server/web.ts); never shadows /graphql
  mountGraphQL(app, apollo, deps);

  httpServer.requestTimeout = 30_000; // bounds the time a request may take, end to end
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const hub: Hub = {
    url: `http://localhost:${port}/graphql`,
    wsUrl: `ws://localhost:${port}/graphql`,
    port,
    db,
    log,
    pubsub,
    relay,
    scheduler,
    async stop() {
      await apollo.stop();
      await scheduler.stop();
      await relay.stop();
      await limiter.close();
      if (db.dataSource.isInitialized) await db.dataSource.destroy();
    },
  };
  scheduler.start(); // deadlines that passed while the hub was down fire now
  log.info({ port, dialect: config.dialect, redis: !!config.redisUrl }, 'hub listening');
  return hub;
}

// Kept here for callers of the former single-file server.
export { isDatabaseUnavailable } from './errors';
