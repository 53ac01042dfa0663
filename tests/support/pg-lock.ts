import type pg from 'pg';
import { waitFor } from './wait';

/**
 * Sends a request while another session (`admin`, connected to the hub's database) holds an ACCESS
 * EXCLUSIVE lock on `table`; once one of the hub's statements waits on that lock, runs
 * `whileWaiting(pid)` (e.g. ends that connection), then answers what the request answered and
 * releases the lock. For timing a failure exactly at one statement of a request (PostgreSQL only:
 * SQLite's readers never wait on a lock).
 */
export async function withTableLocked<T>(admin: pg.Client, table: string, send: () => Promise<T>, whileWaiting: (pid: number) => Promise<unknown> = async () => undefined): Promise<T> {
  await admin.query('BEGIN');
  try {
    await admin.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
    const pending = send();
    // A request that answers without ever waiting on the lock fails the test at once, with its answer.
    const answeredFirst = pending.then((answer) => {
      throw new Error(`the request answered before waiting on the ${table} table: ${JSON.stringify(answer)}`);
    });
    // pg_stat_activity is read once per transaction unless the snapshot is cleared: each poll clears it.
    const lockWait = waitFor(
      async () => {
        await admin.query('SELECT pg_stat_clear_snapshot()');
        return ((await admin.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")).rows as { pid: number }[])[0];
      },
      { timeoutMs: 10_000, what: `the hub to wait on the ${table} table` },
    ).catch(async (err: Error) => {
      // What the database's sessions were doing instead, for the failure's message.
      const { rows } = await admin.query('SELECT pid, state, wait_event_type, wait_event, left(query, 160) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      throw new Error(`${err.message}; sessions: ${JSON.stringify(rows)}`);
    });
    const waiting = await Promise.race([answeredFirst, lockWait]);
    await whileWaiting(waiting.pid);
    return await pending;
  } finally {
    await admin.query('ROLLBACK');
  }
}
