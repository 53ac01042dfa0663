import { GraphQLError } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { HubConfig } from '../platform/config';
import type { Logger } from '../platform/logger';

// What one WebSocket, and one account's WebSockets, may cost this instance: no more than HTTP
// requests may (issue #18).

/** A WebSocket message may be as large as an HTTP body (1 MB), no larger. */
export const MAX_FRAME_BYTES = 1024 * 1024;
export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';
/** Close code for a socket beyond the per-account limit (graphql-ws clients do not retry it). */
export const TOO_MANY_SOCKETS = 4429;

/** Refuses an operation beyond the per-socket limit; graphql-ws has already registered it in `subscriptions`. */
export function subscriptionLimitError(config: HubConfig, subscriptions: Record<string, unknown>): GraphQLError | null {
  if (config.wsMaxSubscriptions === 0 || Object.keys(subscriptions).length <= config.wsMaxSubscriptions) return null;
  return new GraphQLError(`At most ${config.wsMaxSubscriptions} operations may run at once on one WebSocket; complete one first.`, { extensions: { code: TOO_MANY_SUBSCRIPTIONS } });
}

/** The open sockets of each account on this instance. */
export class SocketsPerAccount {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more socket of the account until it closes, or closes it with 4429 when the account has its maximum. */
  admit(accountId: string, socket: WebSocket): boolean {
    if (socket.readyState !== socket.OPEN) return false; // gone while its token was checked
    const count = (this.open.get(accountId) ?? 0) + 1;
    if (this.max > 0 && count > this.max) {
      socket.close(TOO_MANY_SOCKETS, `Too many WebSockets for this account (at most ${this.max})`);
      return false;
    }
    this.open.set(accountId, count);
    socket.once('close', () => {
      const left = (this.open.get(accountId) ?? 1) - 1;
      if (left > 0) this.open.set(accountId, left);
      else this.open.delete(accountId);
    });
    return true;
  }
}

/**
 * ws reports a frame over maxPayload as an 'error' on the socket, then closes it with 1009.
 * graphql-ws prints every socket error with its stack (console.error), so each oversized frame
 * would put a stack trace on stderr: such errors become one warning line instead.
 */
export function quietOversizedFrames(wsServer: WebSocketServer, log: Logger): void {
  wsServer.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'error' && (args[0] as { code?: string } | undefined)?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        log.warn({ maxPayload: MAX_FRAME_BYTES }, 'WebSocket frame over the size limit: socket closed (1009)');
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
}
