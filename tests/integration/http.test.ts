import { beforeAll, describe, expect, it } from 'vitest';
import { useTestHub } from '../support/test-hub';

const t = useTestHub();
let base: string;
beforeAll(() => {
  base = `http://localhost:${t.hub.port}`;
});

describe('HTTP transport and operations endpoints', () => {
  it('answers /healthz and /readyz with JSON', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: true, pubsub: true });
  });

  it('answers a malformed JSON body with a GraphQL-shaped 400', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ viewer' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/Malformed JSON/);
  });

  it('serves queries over GET, with a CSRF-preflight header', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ body(code: "330000") { name } }')}`;
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(400); // a "simple" cross-site request
    const res = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { body: { name: '浙江省' } } });
  });

  it('refuses mutations over GET', async () => {
    const q = 'mutation { updateBody(input: { code: "330100" }) { userErrors { code } } }';
    const res = await fetch(`${t.url}?query=${encodeURIComponent(q)}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it('answers a validation error with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('serves the explorer offline, from the hub itself', async () => {
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/ruru/i);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./);
    const script = html.match(/\/graphql\/explorer\/[\w.-]+\.js/)?.[0];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
  });

  it('echoes a request id', async () => {
    const res = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'req-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-123');
    const generated = await fetch(`${base}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
