import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestHub } from '../support/hub';
import { useTestHub } from '../support/test-hub';

// The hub as it runs with NODE_ENV=production: no introspection, no field suggestions, no
// explorer, no limit details, no statement counts, no batched requests.
const t = useTestHub({ config: { production: true, explorer: false, exposeSqlCount: false } });

async function post(body: unknown) {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('production mode', () => {
  it('refuses introspection', async () => {
    const r = await post({ query: '{ __schema { types { name } } }' });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/introspection/i);
  });

  it('suggests no field names and reveals no limits', async () => {
    const typo = await post({ query: '{ bodys(first: 1) { totalCount } }' });
    expect(typo.text).not.toMatch(/Did you mean/);
    expect(typo.text).not.toMatch(/"bodies"/);
    const deep = await post({ query: '{ body(code: "CN") { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } }' });
    expect(deep.text).toMatch(/QUERY_TOO_COMPLEX/);
    expect(deep.text).not.toMatch(/depth|\d+ >/);
  });

  it('does not run batched requests, serve the explorer or count statements', async () => {
    const batch = await post([{ query: '{ viewer { accountId } }' }, { query: '{ viewer { accountId } }' }]);
    expect(batch.status).toBe(400);
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/ruru/i);
    const ok = await post({ query: '{ body(code: "CN") { code } }' });
    expect(JSON.parse(ok.text)).not.toHaveProperty('extensions.sqlStatements');
  });
});

describe('production mode with an identity provider', () => {
  // The key set is not fetched at start (nor here): the warning is about configuration only.
  const withJwks = async (audience: string[] | undefined) => {
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const hub = await startTestHub({ config: { production: true, explorer: false, exposeSqlCount: false, jwtSecret: undefined, jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json', jwtAudience: audience }, hub: { log } });
    await hub.stop();
    return lines.filter((l) => l.includes('HUB_JWT_AUDIENCE'));
  };

  it('warns at start when tokens are not bound to an audience, and not when they are', async () => {
    expect(await withJwks(undefined)).toHaveLength(1);
    expect(await withJwks(['coordination-hub'])).toEqual([]);
  });
});
