import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { ViewerDocument } from '../generated/graphql';
import { TEST_SECRET } from '../support/env';
import { expectErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub();

async function forge(claims: Record<string, unknown>, secret = TEST_SECRET, exp = '1h'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('acct-1').setIssuedAt().setExpirationTime(exp).sign(new TextEncoder().encode(secret));
}

describe('identity over HTTP', () => {
  it('answers viewer with the token’s body and roles', async () => {
    const r = await t.run(ViewerDocument, {}, '330100:OFFICER');
    expect(r.data?.viewer).toMatchObject({ roles: ['OFFICER'], body: { code: '330100', name: '杭州市', level: 'MUNICIPAL' } });
  });

  it('treats a caller without a token as the public', async () => {
    const r = await t.run(ViewerDocument, {});
    expect(r.errors).toBeUndefined();
    expect(r.data?.viewer).toBeNull();
  });

  it.each([
    ['signed with another secret', () => forge({ body: '330100', roles: ['OFFICER'] }, 'another-secret-another-secret-another-secret')],
    ['expired', () => forge({ body: '330100', roles: ['OFFICER'] }, TEST_SECRET, '-10s')],
    ['for an unknown body', () => forge({ body: '999999', roles: ['OFFICER'] })],
    ['with an unknown role', () => forge({ body: '330100', roles: ['KING'] })],
    ['without a body claim', () => forge({ roles: ['OFFICER'] })],
    ['not a JWT at all', async () => 'garbage'],
  ])('refuses a token %s with UNAUTHENTICATED', async (_name, make) => {
    const r = await t.run(ViewerDocument, {}, { token: await make() });
    expect(r.status).toBe(401);
    expectErrorCodes(r, ['UNAUTHENTICATED']);
    expect(r.data ?? null).toBeNull();
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token abc' },
      body: JSON.stringify({ query: '{ viewer { accountId } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

function closeOf(url: string, connectionParams?: Record<string, unknown>): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.on('error', reject);
    ws.on('message', (data) => {
      if (JSON.parse(data.toString()).type === 'connection_ack') ws.close(1000, 'test done');
    });
  });
}

describe('identity over WebSocket', () => {
  const wsUrl = () => t.hub.wsUrl;

  it('accepts a valid token in connection_init', async () => {
    const token = await t.token('330100', ['OFFICER']);
    expect(await closeOf(wsUrl(), { authorization: `Bearer ${token}` })).toMatchObject({ code: 1000 });
  });

  it('closes with 4401 without a token or with a bad one', async () => {
    expect((await closeOf(wsUrl(), {})).code).toBe(4401);
    expect((await closeOf(wsUrl(), { authorization: 'Bearer garbage' })).code).toBe(4401);
    const foreign = await forge({ body: '330100', roles: ['OFFICER'] }, 'another-secret-another-secret-another-secret');
    expect((await closeOf(wsUrl(), { authorization: `Bearer ${foreign}` })).code).toBe(4401);
  });

  it('closes the socket with 4401 when the token expires', async () => {
    const token = await t.token('330100', ['OFFICER'], 1);
    const closed = await new Promise<{ code: number; ms: number }>((resolve) => {
      const started = Date.now();
      const ws = new WebSocket(wsUrl(), 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      ws.on('close', (code) => resolve({ code, ms: Date.now() - started }));
    });
    expect(closed.code).toBe(4401);
    expect(closed.ms).toBeLessThan(5000);
  });
});
