import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { getOperationAST } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { TokenError } from '../platform/auth/tokens';
import type { RequestContext } from '../platform/context';
import { nulByteError } from '../platform/graphql/nul-bytes';
import { SLOW_CONSUMER_CLOSE } from '../platform/resumable-stream';
import { markErrorsAfterCommit, maskError } from './errors';
import type { ServerDeps } from './http';
import { resolveActor } from './identity';
import { websocketOriginAllowed } from './origins';
import { MAX_FRAME_BYTES, quietOversizedFrames, SocketsPerAccount, subscriptionLimitError } from './ws-limits';

const SLOW_CONSUMER_BYTES = 1024 * 1024;

/** GraphQL over WebSocket (graphql-transport-ws) on /graphql of the HTTP server: auth on connect, the governor's gate, masking. */
export function attachWebSocket(
  httpServer: http.Server,
  { config, log, db, schema, executor, governor, verifier, baseContext, metrics, clientAddress, publicCache, inProgress }: ServerDeps,
): { cleanup: { dispose(): void | Promise<void> }; liveOperations: () => number } {
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

  const socketsPerAccount = new SocketsPerAccount(config.wsMaxSocketsPerAccount);
  // Open connections (the live-subscriptions gauge counts their operations at scrape time).
  const connections = new Set<{ subscriptions: Record<string, unknown> }>();
  // Start of each single-result operation (query, mutation) on WebSocket, for the latency histogram.
  const started = new WeakMap<object, Map<string, number>>();
  quietOversizedFrames(wsServer, log);
  const wsContext = (ctx: { extra: { socket: { close(code: number, reason: string): void } } }): RequestContext => ({
    ...baseContext(randomUUID()),
    actor: (ctx.extra as { actor?: RequestContext['actor'] }).actor ?? null,
    closeConnection: (code, reason) => ctx.extra.socket.close(code, reason),
    subscriptionBuffer: config.subscriptionBuffer,
  });

  const cleanup = useServer(
    {
      schema,
      // As over HTTP (executor.ts): compiled once per document, a subscription's every event included.
      execute: (args) => inProgress.track(executor.execute(args)), // a stopping hub waits for it (in-progress.ts)
      subscribe: (args) => executor.subscribe(args),
      // The same trusted-document, limit and rate checks as HTTP (graphql-ws runs no Apollo rules).
      onSubscribe: (ctx, _id, payload) => {
        const refused = subscriptionLimitError(config, ctx.subscriptions) ?? nulByteError(payload.query, payload.variables);
        if (refused) return [refused];
        if (metrics) {
          let ops = started.get(ctx);
          if (!ops) started.set(ctx, (ops = new Map()));
          ops.set(_id, performance.now());
        }
        return governor.admitWs(wsContext(ctx), payload, clientAddress((ctx.extra as { request: http.IncomingMessage }).request));
      },
      // Called once a query or mutation has executed, or a subscription has started: only the former are timed.
      onOperation: (ctx, id, _payload, args) => {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation === 'mutation') publicCache.invalidate(); // as over HTTP: a change without a hub event too
        const at = started.get(ctx)?.get(id);
        if (at === undefined || !metrics) return;
        started.get(ctx)!.delete(id);
        if (operation?.operation !== 'subscription') {
          metrics.requestSeconds.observe({ operation: metrics.operationLabel(operation?.name?.value), transport: 'ws' }, (performance.now() - at) / 1000);
        }
      },
      onClose: (ctx) => void connections.delete(ctx as never),
      // A subscriber that does not read its socket cannot grow our memory: past 1 MiB unsent, close
      // it; it resumes from its last cursor.
      // Apollo's formatError does not see this transport: errors are masked the same way here.
      onNext: (ctx, _id, _payload, args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > SLOW_CONSUMER_BYTES) socket.close(SLOW_CONSUMER_CLOSE, 'Subscriber too slow: resubscribe with the cursor of your last delivery');
        if (!result.errors?.length) return undefined;
        markErrorsAfterCommit(getOperationAST(args.document, args.operationName), result.errors);
        return { ...result, errors: result.errors.map((e) => maskError(e.toJSON(), e, log)) };
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
          connections.add(ctx as never);
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
  return {
    cleanup,
    liveOperations: () => {
      let n = 0;
      for (const c of connections) n += Object.keys(c.subscriptions).length;
      return n;
    },
  };
}
