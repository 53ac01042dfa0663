import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { assertIdentityConfigured, createVerifier } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import { LoaderRegistry, RequestContext } from '../platform/context';
import type { Database } from '../platform/database/data-source';
import { noTransactionEvents, onEventsCommitted, transactionEvents } from '../platform/events/outbox';
import { EventRelay, lastSeq } from '../platform/events/relay';
import { DeadlineScheduler } from '../platform/events/scheduler';
import { createLogger, Logger } from '../platform/logger';
import { createHubPubSub, HubPubSub } from '../platform/pubsub';
import { createRateLimiter } from '../platform/rate-limit';
import { openDatabase, seedDemoOnce } from './database';
import { OperationExecutor } from './executor';
import { InProgress } from './in-progress';
import { Governor } from './governor';
import { mountHealth } from './health';
import { clientAddressOf, createHttpServer, mountGraphQL, mountRequestIds, startApollo } from './http';
import { HubMetrics, instrumentRootFields, mountMetrics } from './metrics';
import { PublicResponseCache } from './public-cache';
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
  if (config.production && config.jwksUrl && !config.jwtAudience) {
    log.warn('HUB_JWKS_URL without HUB_JWT_AUDIENCE: tokens the identity provider signs for other applications are accepted too');
  }
  const db = await openDatabase(config, log, options.databaseSchema);
  if (options.seedDemo !== false) await seedDemoOnce(db, log);
  const pubsub = createHubPubSub();
  const schema = buildHubSchema();

  // The gauges read the relay and the WebSockets, made further down: they are filled in there.
  const live = { subscriptions: () => 0, relay: null as EventRelay | null };
  const metrics =
    config.metrics === 'off'
      ? null
      : new HubMetrics({
          liveSubscriptions: () => live.subscriptions(),
          relaySeqs: async () => ({ committed: await lastSeq(db), published: live.relay?.publishedSeq ?? 0 }),
        });
  if (metrics) instrumentRootFields(schema);
  const observeRootField = metrics ? (field: string, seconds: number) => metrics.rootFieldSeconds.observe({ field }, seconds) : undefined;
  const baseLimiter = createRateLimiter(config.redisUrl, config.redisPrefix, log);
  const limiter = metrics ? metrics.countRefusals(baseLimiter) : baseLimiter;
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
    ...(observeRootField ? { observeRootField } : {}),
  });
  // A new generation of public answers at this instance's own COMMIT (before the mutation answers)
  // and when the relay publishes what other instances committed.
  const publicCache = new PublicResponseCache(config, metrics);
  const stopInvalidating = onEventsCommitted(db, () => publicCache.invalidate());
  const relay = new EventRelay({ db, log, sink: pubsub, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, onPublished: () => publicCache.invalidate() });
  live.relay = relay;
  await relay.start();
  const scheduler = new DeadlineScheduler(db, log, (em) => ({ ...baseContext(`deadline-${randomUUID()}`), em, actor: null, events: transactionEvents(em, db, null, 'scheduler') }));

  const governor = new Governor(schema, config, limiter, verifier);
  const app = express();
  app.disable('x-powered-by');
  // Only the public cache's strong ETags; express would tag every answer, private ones included.
  app.set('etag', false);
  // req.ip: the socket's address unless HUB_TRUST_PROXY names the proxies allowed to forward one.
  app.set('trust proxy', config.trustProxy);
  const clientAddress = clientAddressOf(app);
  const executor = new OperationExecutor(schema);
  const deps = { config, log, db, schema, executor, inProgress: new InProgress(), governor, verifier, baseContext, publicCache, metrics, clientAddress };

  const httpServer = createHttpServer(app);
  const ws = attachWebSocket(httpServer, deps);
  const wsCleanup = ws.cleanup;
  live.subscriptions = ws.liveOperations;
  const apollo = await startApollo(httpServer, wsCleanup, deps);
  mountRequestIds(app);
  mountHealth(app, db, relay);
  mountMetrics(app, config, metrics);
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
      stopInvalidating();
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
