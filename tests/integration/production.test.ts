import { describe, expect, it } from 'vitest';
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
