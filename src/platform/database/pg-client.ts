import { Client } from 'pg';
import { ClientClass, preparingClient } from './prepared-statements';

/** The part of pg's Client that pg-pool reads beyond the public API (pg 8) to decide whether a returned client may be lent again. */
interface PoolReadState {
  _queryable: boolean;
}

/**
 * The pg Client class of the hub's pool: statements prepared per connection (`preparedLimit` > 0,
 * see preparingClient), and a connection the server ends with a FATAL error (an administrator's
 * pg_terminate_backend, a shutdown) never lent again. PostgreSQL sends the error, then closes the
 * socket a moment later; the failed query's runner is released in between, and the pool, which
 * looks only at whether the client is still queryable, would lend the dying connection to the next
 * request ("Connection terminated unexpectedly"). Marking it unqueryable when the error arrives
 * makes the pool drop it on release.
 */
export function hubClient(preparedLimit: number): ClientClass {
  const Base: ClientClass = preparedLimit > 0 ? preparingClient(preparedLimit) : Client;
  return class HubClient extends Base {
    // pg-pool calls connect(callback); a Client used on its own, connect().
    override connect(): Promise<Client>;
    override connect(callback: (err: Error | null) => void): void;
    override connect(callback?: (err: Error | null) => void): Promise<Client> | void {
      if (!callback) return super.connect().then((client) => (this.watch(), client));
      super.connect(((err: Error | null) => (err || this.watch(), callback(err))) as (err: Error) => void);
    }

    /**
     * pg's promise form of query() — what TypeORM's runner calls — kept each query's rows alive
     * through V8's young-generation collections into the old generation (issue #19: ~50 KB a
     * request with it, 0.1 KB with a callback; the cause inside pg is not known). The same call goes
     * to pg with a callback, in a promise of this class's own; the stack of a failure is rewritten
     * to lead back to the caller, as pg's own promise does.
     */
    // pg's query() is overloaded many ways; this takes them all and adds only the callback.
    override query(...args: unknown[]): never {
      const send = super.query as (...a: unknown[]) => never;
      const submittable = typeof (args[0] as { submit?: unknown } | null | undefined)?.submit === 'function';
      if (submittable || args.some((a) => typeof a === 'function')) return send.apply(this, args);
      return new Promise((resolve, reject) => send.call(this, ...args, (err: Error | null, res: unknown) => (err ? reject(err) : resolve(res)))).catch((err: Error) => {
        Error.captureStackTrace(err);
        throw err;
      }) as never;
    }

    private watch(): void {
      this.connection.on('errorMessage', (msg: { severity?: string }) => this.onServerError(msg));
    }

    private onServerError(msg: { severity?: string }): void {
      // Registered after pg's own handler, so the failed query has its error already; its runner releases it later.
      if (msg.severity === 'FATAL' || msg.severity === 'PANIC') (this as unknown as PoolReadState)._queryable = false;
    }
  };
}
