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

const logged = (from: number) => lines.slice(from).map((l) => JSON.parse(l) as { level: number; msg: string; operations?: number });

describe('a hub that stops', () => {
  it('lets an operation whose caller has gone finish before it closes the database', async () => {
    const token = await t.token('330000', ['VIEWER']);
    // Its first statement (the caller's body) waits on the lock; the page and the children follow it.
    const query = '{ bodies(under: "330000", first: 5) { edges { node { code children(first: 2) { edges { node { code } } } } } } }';
    const caller = new AbortController();
    const from = lines.length;
    let restarted: Promise<void> | undefined;
    const answer = await withTableLocked(
      admin,
      'body',
      () =>
        fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }), signal: caller.signal }).then(
          (r) => r.json(),
          (err: Error) => err.name,
        ),
      async () => {
        caller.abort(); // the caller goes while its operation waits on the lock
        restarted = t.restart();
        await waitFor(() => logged(from).some((l) => l.msg === 'stopping: waiting for operations in progress'), { what: 'the stopping hub to wait for the operation' }).catch((err: Error) => {
          throw new Error(`${err.message}; logged instead: ${lines.slice(from).join('')}`);
        });
      },
    );
    expect(answer).toBe('AbortError');
    await restarted; // the lock is released: the operation reads its children and ends, the hub stops, and starts again
    const during = logged(from);
    expect(during.find((l) => l.msg === 'stopping: waiting for operations in progress')?.operations).toBe(1);
    expect(during.filter((l) => l.level >= 50)).toEqual([]); // no internal error: no statement found the pool ended
    expect(during.some((l) => l.msg === 'hub listening')).toBe(true); // started again
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
    const query = '{ bodies(under: "330000", first: 5) { edges { node { code children(first: 2) { edges { node { code } } } } } } }';
    const from = lines.length;
    let restarted: Promise<void> | undefined;
    const code = await withTableLocked(
      admin,
      'body',
      () => {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        return closed;
      },
      async () => {
        ws.terminate(); // the caller goes while its query waits on the lock
        restarted = t.restart();
        await waitFor(() => logged(from).some((l) => l.msg === 'stopping: waiting for operations in progress'), { what: 'the stopping hub to wait for the query' }).catch((err: Error) => {
          throw new Error(`${err.message}; logged instead: ${lines.slice(from).join('')}`);
        });
      },
    );
    expect(code).toBe(1006); // terminated by this side, no close frame
    await restarted;
    const during = logged(from);
    expect(during.find((l) => l.msg === 'stopping: waiting for operations in progress')?.operations).toBe(1);
    expect(during.filter((l) => l.level >= 50)).toEqual([]);
    expect(during.some((l) => l.msg === 'hub listening')).toBe(true);
  });
});
