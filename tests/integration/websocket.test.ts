import { describe, expect, it } from 'vitest';
import { trySubscribe } from '../support/raw';
import { TestHubFixture, useTestHub } from '../support/test-hub';

// WebSocket handshakes against the Origin allow-list (HUB_WS_ORIGINS), and errors on that transport
// masked like on HTTP.

const VIEWER = '{ viewer { accountId } }';

async function handshake(t: TestHubFixture, origin: string | undefined, host?: string) {
  const token = await t.token('330100', 'VIEWER');
  const headers: Record<string, string> = {};
  if (origin !== undefined) headers.origin = origin;
  if (host) headers.host = host;
  return trySubscribe(t.hub.wsUrl, token, VIEWER, {}, 600, headers);
}

// One hub with the defaults for the file; its last test breaks its database on purpose.
const dev = useTestHub();

describe('with HUB_WS_ORIGINS set', () => {
  const t = useTestHub({ config: { wsOrigins: ['https://hub.example.gov.cn', 'http://localhost:5173'] } });

  it('lets in a page of a listed origin, and a client that sends no Origin', async () => {
    expect(await handshake(t, 'https://hub.example.gov.cn')).toMatchObject({ kind: 'next' });
    expect(await handshake(t, 'https://hub.example.gov.cn:443')).toMatchObject({ kind: 'next' }); // same origin, default port spelled out
    expect(await handshake(t, 'http://localhost:5173')).toMatchObject({ kind: 'next' });
    expect(await handshake(t, undefined)).toMatchObject({ kind: 'next' });
  });

  it('refuses any other origin with 403 before the upgrade', async () => {
    for (const origin of ['https://evil.example.com', 'https://hub.example.gov.cn.evil.com', 'http://hub.example.gov.cn', 'http://localhost:5174', 'null', 'garbage']) {
      expect(await handshake(t, origin), origin).toEqual({ kind: 'closed', code: 403, reason: 'HTTP 403' });
    }
  });
});

describe('with HUB_WS_ORIGINS unset', () => {
  const prod = useTestHub({ config: { production: true, explorer: false } });

  it('outside production, lets in any origin (frontends on other local ports)', async () => {
    expect(await handshake(dev, 'http://localhost:5173')).toMatchObject({ kind: 'next' });
    expect(await handshake(dev, 'https://anything.example')).toMatchObject({ kind: 'next' });
  });

  it('in production, lets in only pages of the hub’s own host, and clients without an Origin', async () => {
    const host = `localhost:${prod.hub.port}`;
    expect(await handshake(prod, `http://${host}`)).toMatchObject({ kind: 'next' });
    expect(await handshake(prod, undefined)).toMatchObject({ kind: 'next' });
    expect(await handshake(prod, 'http://localhost:5173')).toEqual({ kind: 'closed', code: 403, reason: 'HTTP 403' });
    expect(await handshake(prod, 'https://hub.example.gov.cn', 'hub.internal:4000')).toEqual({ kind: 'closed', code: 403, reason: 'HTTP 403' });
  });
});

describe('errors over WebSocket', () => {
  const t = dev;

  it('a variable that does not coerce is BAD_USER_INPUT, as over HTTP', async () => {
    const token = await t.token('330100', 'VIEWER');
    const r = await trySubscribe(t.hub.wsUrl, token, 'query ($code: String!) { body(code: $code) { code } }', { code: 42 });
    expect(r).toMatchObject({ kind: 'error', codes: ['BAD_USER_INPUT'] });
  });

  it('an internal error is masked and names nothing of the database', async () => {
    const token = await t.token('330000', 'VIEWER');
    await t.hub.db.dataSource.query('DROP TABLE receipt'); // last test of this hub: break it on purpose
    const r = await trySubscribe(t.hub.wsUrl, token, '{ body(code: "330000") { directiveInbox { totalCount } } }', {});
    expect(r).toEqual({ kind: 'error', codes: ['INTERNAL_SERVER_ERROR'], messages: ['Internal server error'] });
  });
});
