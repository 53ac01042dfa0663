import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { useTestHub } from '../support/test-hub';

// A WebSocket may not cost the hub more than an HTTP request may: frames are bounded like bodies,
// and the operations of one socket and the sockets of one account are bounded too.

type Message = { type: string; id?: string; payload?: unknown };

/** A raw graphql-transport-ws connection that records every message and its close. */
class RawSocket {
  readonly messages: Message[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly ws: WebSocket;

  constructor(url: string) {
    this.ws = new WebSocket(url, 'graphql-transport-ws');
    this.ws.on('message', (raw) => this.messages.push(JSON.parse(raw.toString()) as Message));
    this.ws.on('error', () => undefined); // the close reports it
    this.closed = new Promise((resolve) => this.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  opened(): Promise<void> {
    return this.ws.readyState === WebSocket.OPEN ? Promise.resolve() : new Promise((resolve) => this.ws.once('open', () => resolve()));
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /** The first message matching `match`, waiting up to 10 s; rejects if the socket closes first. */
  async next(match: (m: Message) => boolean): Promise<Message> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message; got ${JSON.stringify(this.messages).slice(0, 500)}`);
      await Promise.race([new Promise((resolve) => this.ws.once('message', resolve)), this.closed.then((c) => Promise.reject(new Error(`closed ${c.code} ${c.reason}`)))]);
    }
  }

  async init(token: string): Promise<void> {
    await this.opened();
    this.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    await this.next((m) => m.type === 'connection_ack');
  }

  close(): void {
    this.ws.close(1000, 'done');
  }
}

const LIVE = 'subscription { directiveIssued { cursor directive { title } } }';

describe('WebSocket limits', () => {
  const t = useTestHub({ config: { wsMaxSubscriptions: 2, wsMaxSocketsPerAccount: 2 } });

  it('closes a socket whose frame exceeds the HTTP body limit (1 MB), without buffering it', async () => {
    const token = await t.token('330100', 'VIEWER');
    const socket = new RawSocket(t.hub.wsUrl);
    await socket.init(token);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ body(code: "${'x'.repeat(2 * 1024 * 1024)}") { code } }` } }));
    expect((await socket.closed).code).toBe(1009); // "message too big"
    // A frame just under the limit is still read.
    const ok = new RawSocket(t.hub.wsUrl);
    await ok.init(token);
    ok.send({ id: '1', type: 'subscribe', payload: { query: '{ body(code: "330100") { code } }', variables: { pad: 'y'.repeat(900_000) } } });
    const next = await ok.next((m) => m.id === '1' && m.type === 'next');
    expect(next.payload).toEqual({ data: { body: { code: '330100' } } });
    ok.close();
  });

  it('refuses an operation beyond the limit per socket, and accepts one again when another completes', async () => {
    const socket = new RawSocket(t.hub.wsUrl);
    await socket.init(await t.token('330000', 'VIEWER'));
    socket.send({ id: 'a', type: 'subscribe', payload: { query: LIVE } });
    socket.send({ id: 'b', type: 'subscribe', payload: { query: LIVE } });
    socket.send({ id: 'c', type: 'subscribe', payload: { query: LIVE } });
    const refused = await socket.next((m) => m.id === 'c' && m.type === 'error');
    expect((refused.payload as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(socket.messages.filter((m) => m.type === 'error' && m.id !== 'c')).toEqual([]);
    socket.send({ id: 'a', type: 'complete' });
    socket.send({ id: 'd', type: 'subscribe', payload: { query: '{ body(code: "330000") { code } }' } });
    const answered = await socket.next((m) => m.id === 'd' && m.type !== 'complete');
    expect(answered).toMatchObject({ type: 'next', payload: { data: { body: { code: '330000' } } } });
    socket.close();
  });

  it('closes a socket beyond the limit per account with 4429, and lets one in again once another closes', async () => {
    const token = await t.token('320000', 'VIEWER');
    const first = new RawSocket(t.hub.wsUrl);
    const second = new RawSocket(t.hub.wsUrl);
    await first.init(token);
    await second.init(token);
    const third = new RawSocket(t.hub.wsUrl);
    await third.opened();
    third.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await third.closed).toMatchObject({ code: 4429 });
    // Another account is not affected.
    const other = new RawSocket(t.hub.wsUrl);
    await other.init(await t.token('320100', 'VIEWER'));
    first.close();
    await first.closed;
    // The server counts the close when it sees it: retry until it has (bounded).
    const deadline = Date.now() + 10_000;
    for (;;) {
      const again = new RawSocket(t.hub.wsUrl);
      try {
        await again.init(token);
        again.close();
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
    }
    second.close();
    other.close();
  });
});
