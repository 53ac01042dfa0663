import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Socket } from 'node:net';
import { ApolloServer, ApolloServerOptionsWithGateway, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express, NextFunction, Request, Response } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import type { Actor } from '../platform/auth/actor';
import { TokenError, TokenVerifier } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
import type { Database } from '../platform/database/data-source';
import { talliedManager } from '../platform/database/statement-counter';
import { parseOptions } from '../platform/graphql/limits';
import { nulBytePlugin } from '../platform/graphql/nul-bytes';
import type { Logger } from '../platform/logger';
import { mountExplorer } from './explorer';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isUnavailableAndUnchanged, markErrorsAfterCommit, maskError } from './errors';
import type { OperationExecutor } from './executor';
import type { Governor } from './governor';
import { resolveActor, unauthenticatedError } from './identity';
import type { InProgress } from './in-progress';
import type { HubMetrics } from './metrics';
import { PRIVATE, PublicResponseCache } from './public-cache';

const MAX_BODY = '1mb';

/** What the HTTP and the WebSocket side of the server are built from. */
export interface ServerDeps {
  config: HubConfig;
  log: Logger;
  db: Database;
  schema: GraphQLSchema;
  /** Runs validated operations (graphql-jit, compiled once per document). */
  executor: OperationExecutor;
  /** Requests and operations under way, which a stopping hub waits for. */
  inProgress: InProgress;
  governor: Governor;
  verifier: TokenVerifier;
  baseContext: (requestId: string) => Omit<RequestContext, 'actor'>;
  publicCache: PublicResponseCache;
  metrics: HubMetrics | null;
  /** The client's address (HUB_TRUST_PROXY decides whether a forwarded one is believed); for the WebSocket handshake. */
  clientAddress: (req: http.IncomingMessage) => string;
}

/**
 * The client address of a raw request as express's req.ip computes it: walk X-Forwarded-For from
 * the nearest hop while the hop is a trusted proxy ('trust proxy fn'; by default none is).
 */
export function clientAddressOf(app: Express): (req: http.IncomingMessage) => string {
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  return (req) => {
    const chain = [req.socket.remoteAddress ?? 'unknown'];
    const forwarded = req.headers['x-forwarded-for'];
    if (typeof forwarded === 'string') chain.push(...forwarded.split(',').map((a) => a.trim()).filter(Boolean).reverse());
    for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop], hop)) return chain[hop];
    return chain[chain.length - 1];
  };
}

/** How long a stopping hub waits for requests whose callers have gone (main.ts exits after 15 s). */
const STOP_DRAIN_MS = 10_000;

/** Apollo Server for GraphQL over HTTP; `wsCleanup` is drained with it. */
export async function startApollo(httpServer: http.Server, wsCleanup: { dispose(): void | Promise<void> }, { config, log, db, schema, executor, governor, publicCache, metrics, inProgress }: ServerDeps): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    gateway: executorGateway(schema, executor),
    introspection: !config.production,
    stopOnTerminationSignals: false, // main.ts owns signals and drains everything in order
    includeStacktraceInErrorResponses: config.stackTraces,
    formatError: (formatted, error) => maskError(formatted, error, log),
    validationRules: governor.rules,
    parseOptions,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [
      // Apollo's implicit cache-control plugin wraps every field resolver (8–22% of the CPU of the
      // hot reads, issue #19); HTTP caching is the public cache's, by operation (public-cache.ts).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      // Beside the connections' drain: the work of callers already gone, before the database closes.
      { serverWillStart: async () => ({ drainServer: () => drainWork(inProgress, log) }) },
      requestLogging(log, config),
      governor.apolloPlugin(),
      nulBytePlugin(),
      publicCache.apolloPlugin(), // after the others: it shares the body as they left it
      ...(metrics ? [metrics.apolloPlugin()] : []), // reads the cache's x-hub-cache header
    ],
  });
  await apollo.start();
  return apollo;
}

/** Waits for the work of callers already gone (their connections are closed, their requests not). */
async function drainWork(inProgress: InProgress, log: Logger): Promise<void> {
  if (inProgress.count === 0) return;
  log.info({ operations: inProgress.count }, 'stopping: waiting for operations in progress');
  if (!(await inProgress.drain(STOP_DRAIN_MS))) log.warn({ operations: inProgress.count, waitedMs: STOP_DRAIN_MS }, 'stopping: operations still running; the database closes under them');
}

/**
 * Apollo Server 5's one hook for another executor is the gateway interface: a fixed schema, and
 * every operation that passed parsing, validation and the plugins' didResolveOperation runs on
 * `executor`; errors, formatting and the other plugin hooks stay Apollo's.
 */
function executorGateway(schema: GraphQLSchema, executor: OperationExecutor): ApolloServerOptionsWithGateway<RequestContext>['gateway'] {
  const listeners = new Set<Parameters<ApolloServerOptionsWithGateway<RequestContext>['gateway']['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async load() {
      // coreSupergraphSdl is read by Apollo's schema and usage reporting only, which the hub does not use.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async ({ document, operationName, context, request }) => executor.execute({ document, operationName, contextValue: context, variableValues: request.variables }),
      };
    },
    async stop() {},
  };
}

/**
 * The HTTP server for `app`, whose requests and responses are made with express's prototypes from
 * the start. express gives every request and response its own prototype with Object.setPrototypeOf
 * (a no-op when the prototype is already that one); changing the prototype of a live object made V8
 * keep each request's objects through the young generation's collections into the old one (issue
 * #19: 6 KB a request on a bare express route, whose longest collection went from 13 ms to 3).
 */
export function createHttpServer(app: Express): http.Server {
  // Node's own constructors are functions of the pre-class kind; called on an object of another prototype, they fill it in as usual.
  function Request(this: http.IncomingMessage, socket: Socket) {
    (http.IncomingMessage as unknown as (this: http.IncomingMessage, socket: Socket) => void).call(this, socket);
  }
  Request.prototype = app.request;
  function Response(this: http.ServerResponse, req: http.IncomingMessage, options?: object) {
    (http.ServerResponse as unknown as (this: http.ServerResponse, req: http.IncomingMessage, options?: object) => void).call(this, req, options);
  }
  Response.prototype = app.response;
  return http.createServer({ IncomingMessage: Request as unknown as typeof http.IncomingMessage, ServerResponse: Response as unknown as typeof http.ServerResponse }, app);
}

/** Request ids on every response. */
export function mountRequestIds(app: Express): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
}

/** The explorer, /graphql over HTTP, and the JSON error and 404 answers. */
export function mountGraphQL(app: Express, apollo: ApolloServer<RequestContext>, { config, log, db, governor, verifier, baseContext, metrics, publicCache, inProgress }: ServerDeps): void {
  mountExplorer(app, config.explorer);
  // The caller, looked up once per request: by the governor's gate when it admits the operation, else by the context.
  const identify = (req: Request, res: Response): Promise<Actor | null> =>
    (res.locals.actor ??= resolveActor(verifier, db.dataSource.manager, req.headers.authorization)) as Promise<Actor | null>;
  app.use(
    '/graphql',
    (_req: Request, res: Response, next: NextFunction) => {
      // Every answer is private unless the public cache makes it shareable (a refusal included).
      res.setHeader('cache-control', PRIVATE);
      next();
    },
    express.json({ limit: MAX_BODY }),
    publicCache.httpFastPath(governor), // answers from the public cache skip the gate's parsing and Apollo (and read no database)
    // Counted from the gate (it calls Apollo's handler from within) until that handler has answered.
    inProgress.middleware(governor.httpGate(identify)),
    inProgress.middleware(expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        // The request's statements are counted when the count is exposed or measured (a manager of its own).
        const statements = config.exposeSqlCount || metrics ? { count: 0 } : undefined;
        try {
          const actor = await identify(req, res);
          const counted = statements ? { em: talliedManager(db.dataSource, statements), statements } : {};
          return { ...baseContext(requestId), ...counted, actor, clientKey: req.ip ?? 'unknown', admission: res.locals.admission as RequestContext['admission'] };
        } catch (err) {
          if (err instanceof TokenError) throw unauthenticatedError(`Invalid bearer token: ${err.message}.`);
          if (isDatabaseUnavailable(err)) {
            throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } } });
          }
          throw err;
        }
      },
    })),
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
}

function requestLogging(log: Logger, config: HubConfig): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      let before = 0;
      return {
        async didResolveOperation() {
          before = contextValue.statements?.count ?? 0;
        },
        async didEncounterErrors({ operation, errors }) {
          markErrorsAfterCommit(operation, errors);
        },
        async willSendResponse({ response, operationName, errors }) {
          if (errors?.length && errors.every(isUnavailableAndUnchanged)) response.http.status = 503;
          const statements = (contextValue.statements?.count ?? 0) - before;
          if (config.exposeSqlCount && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
          }
          contextValue.log?.debug({ operationName, ms: Date.now() - started, statements }, 'graphql request');
        },
      };
    },
  };
}
