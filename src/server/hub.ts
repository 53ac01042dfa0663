import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { WebSocketServer } from 'ws';
import { assertIdentityConfigured, createVerifier, TokenError } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import { LoaderRegistry, RequestContext } from '../platform/context';
import type { Database } from '../platform/database/data-source';
import { createLogger, Logger } from '../platform/logger';
import { nulByteError, nulBytePlugin } from '../platform/graphql/nul-bytes';
import { createHubPubSub, PubSubHandle } from '../platform/pubsub';
import { noTransactionEvents, transactionEvents } from '../platform/events/outbox';
import { EventRelay } from '../platform/events/relay';
import { DeadlineScheduler } from '../platform/events/scheduler';
import { openDatabase, seedDemoOnce } from './database';
import { resolveActor, unauthenticatedError } from './identity';
import { createRateLimiter } from '../platform/rate-limit';
import { SLOW_CONSUMER_CLOSE } from '../platform/resumable-stream';
import { LIMIT_CODE, parseOptions } from '../platform/graphql/limits';
import { Governor } from './governor';
import { websocketOriginAllowed } from './origins';
import { buildHubSchema } from './schema';
import { MAX_FRAME_BYTES, quietOversizedFrames, SocketsPerAccount, subscriptionLimitError } from './ws-limits';

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
  pubsub: PubSubHandle;
  /** Publishes committed domain events to this instance's subscribers. */
  relay: EventRelay;
  /** Fires durable deadlines. */
  scheduler: DeadlineScheduler;
  stop(): Promise<void>;
}

const EXPLORER_STATIC = '/graphql/explorer/';
const SLOW_CONSUMER_BYTES = 1024 * 1024;
const MAX_BODY = '1mb';

/** Starts the hub: database (migrated, seeded once), HTTP and WebSocket on one port. */
export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? createLogger(config.logLevel);
  assertIdentityConfigured(config);
  const verifier = createVerifier(config);
  const db = await openDatabase(config, log, options.databaseSchema);
  if (options.seedDemo !== false) await seedDemoOnce(db, log);
  const pubsub = createHubPubSub(config.redisUrl, log, config.redisPrefix);
  const schema = buildHubSchema();
  const limiter = createRateLimiter(config.redisUrl, config.redisPrefix, log);

  const baseContext = (requestId: string): Omit<RequestContext, 'actor'> => ({
    requestId,
    db,
    em: db.dataSource.manager,
    loaders: new LoaderRegistry(),
    log: log.child({ requestId }),
    pubsub: pubsub.pubsub,
    rateLimiter: limiter,
    publicWriteLimits: { perAddress: config.publicWritesPerAddress, perTarget: config.publicWritesPerTarget },
    events: noTransactionEvents,
  });
  const relay = new EventRelay({ db, log, sink: pubsub.pubsub, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix });
  await relay.start();
  const scheduler = new DeadlineScheduler(db, log, (em) => ({ ...baseContext(`deadline-${randomUUID()}`), em, actor: null, events: transactionEvents(em, db, null, 'scheduler') }));

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // A bigger frame closes the socket (1009) before it is buffered whole or parsed.
    maxPayload: MAX_FRAME_BYTES,
    // A handshake from a page of another origin is refused before the upgrade (cross-site WebSocket hijacking).
    verifyClient: (info, done) => {
      if (websocketOriginAllowed(config, info.req)) return done(true);
      log.warn({ origin: info.origin }, 'WebSocket handshake refused: origin not allowed');
      done(false, 403, 'Origin not allowed');
    },
  });

  const governor = new Governor(schema, config, limiter, verifier);
  const socketsPerAccount = new SocketsPerAccount(config.wsMaxSocketsPerAccount);
  quietOversizedFrames(wsServer, log);
  const wsContext = (ctx: { extra: { socket: { close(code: number, reason: string): void } } }): RequestContext => ({
    ...baseContext(randomUUID()),
    actor: (ctx.extra as { actor?: RequestContext['actor'] }).actor ?? null,
    closeConnection: (code, reason) => ctx.extra.socket.close(code, reason),
    subscriptionBuffer: config.subscriptionBuffer,
  });

  const wsCleanup = useServer(
    {
      schema,
      // The same trusted-document, limit and rate checks as HTTP (graphql-ws runs no Apollo rules).
      onSubscribe: (ctx, _id, payload) => {
        const refused = subscriptionLimitError(config, ctx.subscriptions) ?? nulByteError(payload.query, payload.variables);
        return refused ? [refused] : governor.admitWs(wsContext(ctx), payload, (ctx.extra as { request: http.IncomingMessage }).request.socket.remoteAddress ?? 'unknown');
      },
      // A subscriber that does not read its socket cannot grow our memory: past 1 MiB unsent, close
      // it; it resumes from its last cursor.
      // Apollo's formatError does not see this transport: errors are masked the same way here.
      onNext: (ctx, _id, _payload, _args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > SLOW_CONSUMER_BYTES) socket.close(SLOW_CONSUMER_CLOSE, 'Subscriber too slow: resubscribe with the cursor of your last delivery');
        return result.errors?.length ? { ...result, errors: result.errors.map((e) => formatWsError(e, log)) } : undefined;
      },
      onConnect: async (ctx) => {
        try {
          const actor = await resolveActor(verifier, db.dataSource.manager, ctx.connectionParams?.authorization);
          if (!actor) {
            ctx.extra.socket.close(4401, 'Unauthorized: connectionParams.authorization is required');
            return false;
          }
          (ctx.extra as { actor?: unknown }).actor = actor;
          if (!socketsPerAccount.admit(actor.accountId, ctx.extra.socket)) return false;
          if (actor.expiresAt) {
            const timer = setTimeout(() => ctx.extra.socket.close(4401, 'Unauthorized: token expired'), Math.max(0, actor.expiresAt - Date.now()));
            timer.unref();
            ctx.extra.socket.once('close', () => clearTimeout(timer));
          }
          return true;
        } catch (err) {
          const reason = err instanceof TokenError ? err.message : 'token could not be verified';
          ctx.extra.socket.close(4401, `Unauthorized: ${reason}`.slice(0, 120));
          return false;
        }
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    stopOnTerminationSignals: false, // main.ts owns signals and drains everything in order
    includeStacktraceInErrorResponses: !config.production && process.env.NODE_ENV === 'development',
    formatError: (formatted, error) => maskInternal(formatted, error, log),
    validationRules: governor.rules,
    parseOptions,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      requestLogging(log, config, db),
      governor.apolloPlugin(),
      nulBytePlugin(),
    ],
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const [database, events] = await Promise.all([
      Promise.race([
        db.dataSource
          .query('SELECT 1')
          .then(() => true)
          .catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]),
      pubsub.ready(),
    ]);
    res.status(database && events ? 200 : 503).json({ status: database && events ? 'ready' : 'unavailable', database, pubsub: events });
  });
  if (config.explorer) {
    app.use(serveStatic(EXPLORER_STATIC)); // matches its own prefix: do not mount it (Express would strip the path)
    app.get('/graphql', (req, res, next) => {
      if (req.query.query || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
      res.type('html').send(ruruHTML({ endpoint: '/graphql', staticPath: EXPLORER_STATIC, subscriptionEndpoint: '/graphql' }));
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    governor.httpTrustedDocuments(),
    governor.httpGate(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        if (config.exposeSqlCount) db.statements.begin();
        const requestId = res.locals.requestId as string;
        try {
          const actor = await resolveActor(verifier, db.dataSource.manager, req.headers.authorization);
          return { ...baseContext(requestId), actor, clientKey: req.ip ?? 'unknown' };
        } catch (err) {
          if (err instanceof TokenError) throw unauthenticatedError(`Invalid bearer token: ${err.message}.`);
          if (isDatabaseUnavailable(err)) {
            throw new GraphQLError('The database is unavailable right now; nothing was changed. Retry shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } } });
          }
          throw err;
        }
      },
    }),
  );
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.parse.failed'
        ? 'Malformed JSON in the request body.'
        : err.type === 'entity.too.large'
          ? `Request body exceeds ${MAX_BODY}.`
          : status < 500
            ? err.message
            : 'Internal server error';
    if (status >= 500) log.error({ err, requestId: res.locals.requestId }, 'unhandled HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });
  app.use((_req, res) => void res.status(404).json({ errors: [{ message: 'Not found. The GraphQL endpoint is /graphql.' }] }));

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
      await pubsub.close();
      await limiter.close();
      if (db.dataSource.isInitialized) await db.dataSource.destroy();
    },
  };
  scheduler.start(); // deadlines that passed while the hub was down fire now
  log.info({ port, dialect: config.dialect, redis: !!config.redisUrl }, 'hub listening');
  return hub;
}

// Errors that mean "the database is away right now" (restart, failover, network; for SQLite,
// another writer holding the file past the busy timeout): the request changed nothing (its
// transaction never committed) and may be retried.
const SQLITE_BUSY_CODES = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_BUSY_RECOVERY'];
const DB_UNAVAILABLE = /ECONNREFUSED|ECONNRESET|Connection terminated|Query runner already released|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|timeout exceeded when trying to connect/i;
const DB_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', 'ECONNREFUSED', 'ECONNRESET', ...SQLITE_BUSY_CODES]);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string }; message?: string } | undefined;
  return !!e && (DB_UNAVAILABLE_CODES.has(e.driverError?.code ?? e.code ?? '') || DB_UNAVAILABLE.test(e.message ?? ''));
}

/** The WebSocket side of maskInternal: errors raised before execution (variables that do not coerce) are input errors, as Apollo classifies them over HTTP. */
function formatWsError(error: GraphQLError, log: Logger): GraphQLFormattedError {
  const formatted = error.toJSON();
  if (!error.path && formatted.extensions?.code === undefined) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  return maskInternal(formatted, error, log);
}

/** Errors with a known code pass; anything unexpected is logged in full and masked. */
function maskInternal(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // A literal our scalars reject (e.g. Money 12.5) fails validation; the caller's fault is the input.
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  // So does an operation over the limits; keep its own code so clients can tell it apart.
  const causeCode = cause instanceof GraphQLError ? cause.extensions?.code : undefined;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (causeCode === 'BAD_USER_INPUT' || causeCode === LIMIT_CODE)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: causeCode } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // graphql-js stops coercing variables after 50 errors and adds this code-less error: still the input's fault.
  if (error instanceof GraphQLError && !error.originalError && error.message.startsWith('Too many errors processing variables')) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDatabaseUnavailable(original)) {
    log.warn({ err: (original as Error).message }, 'database unavailable');
    return { message: 'The database is unavailable right now; nothing was changed. Retry shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
  }
  log.error({ err: original, path: formatted.path }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function requestLogging(log: Logger, config: HubConfig, db: Database): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      let before = 0;
      return {
        async didResolveOperation() {
          before = db.statements.current() ?? 0;
        },
        async willSendResponse({ response, operationName, errors }) {
          if (errors?.length && errors.every((e) => isDatabaseUnavailable(e.originalError ?? e))) response.http.status = 503;
          const statements = (db.statements.current() ?? 0) - before;
          if (config.exposeSqlCount && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
          }
          contextValue.log?.debug({ operationName, ms: Date.now() - started, statements }, 'graphql request');
        },
      };
    },
  };
}
