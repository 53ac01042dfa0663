import { Client, ClientConfig } from 'pg';

/** What the pool's `Client` option takes: a pg Client class. */
export type ClientClass = new (config?: string | ClientConfig) => Client;

/** One statement text on one connection: seen once, or prepared under `name`. */
interface Entry {
  name: string | null;
}

/** PostgreSQL's SQLSTATE when a prepared statement's result type changed under it (DDL since it was prepared). */
const CACHED_PLAN_CHANGED = '0A000';

type Callback = (err: Error | null, res?: unknown) => void;

/** The parts of pg's Client this class reads beyond its public API (pg 8): whether a query runs or waits. */
interface ClientState {
  _activeQuery?: unknown;
  _queryQueue?: unknown[];
  connection: { parsedStatements: Record<string, string> };
}

/**
 * A pg Client class that runs a repeated parameterised statement as a named prepared statement, so
 * PostgreSQL parses and plans it once per connection instead of on every call (issue #19: parsing
 * and planning were about two thirds of PostgreSQL's CPU on the inbox dashboard, whose four
 * statements took 2.6 ms of it a request unnamed and 1.2 ms prepared).
 *
 * A text is prepared the second time it comes on a connection (a one-off, such as a batch's `IN`
 * list of an unusual length, costs the server nothing); at most `limit` texts are remembered per
 * connection, and the statements of those forgotten (least recently used, or refused after DDL)
 * are deallocated before the next query that finds the connection idle — never queued beside
 * another query (pg 9 will refuse a query sent while one waits). Texts without parameters go as
 * they are: they may hold several commands (migrations), which a prepared statement cannot.
 * Prepared are calls `query(text, parameters, callback)`, the form hubClient (pg-client.ts) gives
 * every query, TypeORM's included; anything else is passed on unchanged.
 */
export function preparingClient(limit: number): ClientClass {
  let sequence = 0;
  return class PreparingClient extends Client {
    private readonly texts = new Map<string, Entry>();
    /** Names of statements no longer used, to deallocate when the connection is next idle. */
    private readonly unused: string[] = [];

    // pg's query() is overloaded many ways; this takes them all and changes only (text, values[], callback).
    override query(...args: unknown[]): never {
      const [text, values, callback] = args;
      const base = () => (Client.prototype.query as (...a: unknown[]) => never).apply(this, args);
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || typeof callback !== 'function') return this.afterDeallocating(base);
      const name = this.nameFor(text);
      if (name === null) return this.afterDeallocating(base);
      return this.afterDeallocating(() =>
        super.query({ name, text, values }, (err: (Error & { code?: string }) | null, res: unknown) => {
          // After DDL PostgreSQL refuses the old plan once; the text is prepared afresh under a new name next time.
          if (err?.code === CACHED_PLAN_CHANGED) this.forget(text);
          (callback as Callback)(err, res);
        }) as never,
      );
    }

    private nameFor(text: string): string | null {
      let entry = this.texts.get(text);
      if (entry) {
        this.texts.delete(text); // most recently used last
        entry.name ??= `hub_${++sequence}`;
      } else {
        entry = { name: null };
        if (this.texts.size >= limit) this.forget(this.texts.keys().next().value!);
      }
      this.texts.set(text, entry);
      return entry.name;
    }

    private forget(text: string): void {
      const name = this.texts.get(text)?.name;
      this.texts.delete(text);
      if (name) this.unused.push(name);
    }

    /**
     * Runs `send` — after deallocating the unused statements first when the connection is idle (one
     * round trip, in the rare call that finds some). Names are never reused, so a statement left
     * allocated for a while, or for good when the deallocation fails, is only an unused one.
     */
    private afterDeallocating(send: () => never): never {
      const state = this as unknown as ClientState;
      if (!this.unused.length || state._activeQuery || state._queryQueue?.length) return send();
      const names = this.unused.splice(0);
      // With a callback, as every query reaches pg (pg-client.ts says why).
      const deallocated = new Promise<void>((resolve) =>
        (super.query as (text: string, callback: (err: Error | null) => void) => void)(names.map((n) => `DEALLOCATE "${n}"`).join('; '), (err) => {
          if (!err) names.forEach((n) => delete state.connection.parsedStatements[n]);
          resolve();
        }),
      );
      return deallocated.then(send) as never;
    }
  };
}
