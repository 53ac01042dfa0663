import path from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { BodyDocument, IssueDirectiveDocument, ViewerDocument } from '../generated/graphql';
import { errorCodes, execute } from '../support/client';
import { inParallel } from '../support/raw';
import { clientFor } from '../support/subscriptions';
import { inboxCursorOf, settleDeadlines, useTestHub } from '../support/test-hub';

const COST_BOMB = '{ bodies(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } } }';
const TOO_DEEP = '{ body(code: "CN") { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } }';

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
}

describe('limits on HTTP and WebSocket alike', () => {
  const t = useTestHub();

  it('refuses a cost bomb, a deep query and a token flood over HTTP, before running them', async () => {
    await settleDeadlines(t.hub); // the hub's own start-up work is not what this counts
    const before = t.hub.db.statements.total;
    for (const query of [COST_BOMB, TOO_DEEP]) {
      const r = await post(t.url, query);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    const flood = await post(t.url, `{ viewer { ${'accountId '.repeat(1200)} } }`);
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.[0].message).toMatch(/tokens/);
    expect(t.hub.db.statements.total).toBe(before);
  });

  it('refuses the same over WebSocket', async () => {
    const client = clientFor(t.hub.wsUrl, await t.token('330100', ['VIEWER']));
    for (const query of [COST_BOMB, TOO_DEEP]) {
      const errors = await new Promise<unknown>((resolve) => client.subscribe({ query }, { next: () => undefined, error: resolve, complete: () => resolve(null) }));
      expect(JSON.stringify(errors)).toMatch(/QUERY_TOO_COMPLEX|exceeds the limits/);
    }
    await client.dispose();
  });

  it('reports the cost against the per-operation maximum, and the per-minute budget apart from it', async () => {
    const r = await execute(t.url, BodyDocument, { code: '330100' }, { token: await t.token('330100', ['VIEWER']) });
    expect(r.extensions?.cost).toEqual({ requested: expect.any(Number), maximum: 5000 });
    expect(r.extensions?.rateLimit).toMatchObject({ limit: t.config.rateLimitAccount, remaining: expect.any(Number), resetAt: expect.any(String), windowSeconds: 60 });
  });
});

describe('rate limits in cost points', () => {
  const t = useTestHub({ config: { rateLimitAccount: 120, rateLimitBody: 1000 } });

  it('charges each operation its cost, reports it in headers, and refuses with the reset time once spent', async () => {
    const token = await t.token('330100', ['VIEWER']);
    const query = '{ body(code: "330100") { code name parent { code name } } }';
    const first = await post(t.url, query, { authorization: `Bearer ${token}` });
    expect(first.status).toBe(200);
    const remaining = Number(first.headers.get('ratelimit-remaining'));
    expect(first.headers.get('ratelimit-limit')).toBe('120');
    expect(remaining).toBe(120 - (first.body.extensions?.cost as { requested: number }).requested);
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await post(t.url, query, { authorization: `Bearer ${token}` });
      if (r.status === 429) refused = r;
    }
    expect(refused?.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', resetAt: expect.any(String), retryAfterSeconds: expect.any(Number) });
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another account of another body has its own budget.
    const other = await post(t.url, query, { authorization: `Bearer ${await t.token('330200', ['VIEWER'])}` });
    expect(other.status).toBe(200);
  });

  it('refuses a rate-limited mutation without changing anything', async () => {
    const token = await t.token('330000', ['LEAD']);
    let codes: string[] = [];
    for (let i = 0; i < 40 && !codes.includes('RATE_LIMITED'); i++) {
      codes = errorCodes(await execute(t.url, IssueDirectiveDocument, { input: { title: `限流 ${i}`, content: '内容', recipientCodes: ['330100'] } }, { token }));
    }
    expect(codes).toEqual(['RATE_LIMITED']);
  });
});

describe('trusted documents', () => {
  const t = useTestHub({ config: { trustedDocuments: path.resolve(__dirname, '..', 'generated', 'persisted-documents.json') } });

  it('accepts the generated client’s operations, by text or by id, and nothing else', async () => {
    const token = await t.token('330100', ['VIEWER']);
    expect((await execute(t.url, ViewerDocument, {}, { token })).data?.viewer?.body.code).toBe('330100');
    const hash = (ViewerDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const byId = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ documentId: hash }) });
    expect(((await byId.json()) as { data: { viewer: { body: { code: string } } } }).data.viewer.body.code).toBe('330100');
    const other = await post(t.url, '{ viewer { accountId } }', { authorization: `Bearer ${token}` });
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    const client = clientFor(t.hub.wsUrl, token);
    const ws = await new Promise<unknown>((resolve) => client.subscribe({ query: 'subscription { directiveIssued { cursor } }' }, { next: () => undefined, error: resolve, complete: () => resolve(null) }));
    expect(JSON.stringify(ws)).toMatch(/OPERATION_NOT_TRUSTED|trusted/);
    await client.dispose();
  });
});

describe('a subscriber that stops reading', () => {
  const t = useTestHub({ config: { subscriptionBuffer: 20 } });

  it('is cut off with a clear close code instead of growing server memory', async () => {
    const token = await t.token('330900', ['VIEWER']);
    // From the present end of the inbox: whatever the server's timing, every delivery below is sent.
    const after = await inboxCursorOf(t.hub, '330900');
    const ws = new WebSocket(t.hub.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      ws.on('message', (data) => {
        if (JSON.parse(data.toString()).type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription ($after: String) { directiveIssued(after: $after) { cursor directive { content } } }', variables: { after } } }));
          resolve();
        }
      });
    });
    (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    // ~150 KB per delivery: the kernel's socket buffers fill, graphql-ws waits for the flush, and
    // live events pile up in the subscription's buffer until it overflows.
    const big = '长'.repeat(50_000);
    const lead = await t.token('330000', ['LEAD']);
    await inParallel([...Array(150).keys()], 4, async (i) => {
      const r = await execute(t.url, IssueDirectiveDocument, { input: { title: `大文件 ${i}`, content: big, recipientCodes: ['330900'] } }, { token: lead });
      expect(r.data?.issueDirective.userErrors).toEqual([]);
    });
    (ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toBe(4413);
  }, 120_000);
});
