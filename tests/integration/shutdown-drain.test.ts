import pg from 'pg';
import pino from 'pino';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTableLocked } from '../support/pg-lock';
import { useTestHub } from '../support/test-hub';
import { waitFor } from '../support/wait';

// A hub that stops closes its connections first (HTTP and WebSocket), but an operation whose
// caller has already gone goes on running: the hub waits for it before it closes the database, so its next statement does
// not fail on an ended pool (logged as an internal error, and a write cut short). PostgreSQL only
// (tests/vitest.config.mts): a statement is held on a table lock, which SQLite's readers never wait on.

const lines: string[] = [];
const t = useTestHub({ hub: { log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) } });
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: t.config.databaseUrl });
  await admin.connect();
});
afterAll(() => admin.end());

type Logged = { level: number; msg: string; operations?: number };
const WAITING = 'stopping: waiting for operations in progress';
// Its first statement waits on the lock on `body`; the page and the children follow it.
const QUERY = '{ bodies(under: "330000", first: 5) { edges { node { code children(first: 2) { edges { node { code } } } } } } }';

/**
 * Sends a request while `body` is locked; once it waits on the lock, its caller `leave`s and the
 * hub restarts, which must log that it waits for it; then the lock goes. Answers what `send`
 * answered and what the hub logged meanwhile, once it has started again.
 */
async function restartUnder<T>(send: () => Promise<T>, leave: () => void): Promise<{ answer: T; logged: Logged[] }> {
  const from = lines.length;
  const logged = () => lines.slice(from).map((l) => JSON.parse(l) as Logged);
  let restarted: Promise<void> | undefined;
  const answer = await withTableLocked(admin, 'body', send, async () => {
    leave();
    restarted = t.restart();
    await waitFor(() => logged().some((l) => l.msg === WAITING), { what: 'the stopping hub to wait for the operation' }).catch((err: Error) => {
      throw new Error(`${err.message}; logged instead: ${lines.slice(from).join('')}`);
    });
  });
  await restarted; // the lock is gone: the operation reads its children and ends, the hub stops, and starts again
  return { answer, logged: logged() };
}

describe('a hub that stops', () => {
  it('lets an operation whose caller has gone finish before it closes the database', async () => {
    const token = await t.token('330000', ['VIEWER']);
    const caller = new AbortController();
    const { answer, logged } = await restartUnder(
      () =>
        fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }), signal: caller.signal }).then(
          (r) => r.json(),
          (err: Error) => err.name,
        ),
      () => caller.abort(), // the caller goes while its operation waits on the lock
    );
    expect(answer).toBe('AbortError');
    expect(logged.find((l) => l.msg === WAITING)?.operations).toBe(1);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]); // no internal error: no statement found the pool ended
    expect(logged.some((l) => l.msg === 'hub listening')).toBe(true); // started again
  });

  it('lets a query over a WebSocket that has closed finish too', async () => {
    // Connected and acknowledged before the lock: the socket's caller is looked up then.
    const ws = new WebSocket(t.hub.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      ws.on('error', reject);
      ws.on('open', async () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await t.token('330000', ['VIEWER'])}` } })));
      ws.on('message', (data) => (JSON.parse(data.toString()).type === 'connection_ack' ? resolve() : undefined));
    });
    const { answer: code, logged } = await restartUnder(
      () => {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
        return closed;
      },
      () => ws.terminate(), // the caller goes while its query waits on the lock
    );
    expect(code).toBe(1006); // terminated by this side, no close frame
    expect(logged.find((l) => l.msg === WAITING)?.operations).toBe(1);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    expect(logged.some((l) => l.msg === 'hub listening')).toBe(true);
  });
});
