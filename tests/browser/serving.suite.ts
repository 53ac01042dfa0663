import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/server/web';
import { startTestHub, TestHub } from '../support/hub';
import { post } from '../support/raw';
import { closePages, launchBrowser, newPage, originOf } from './support/browser';

// How the hub serves the app (HTTP only, no browser needed), and the development sign-in endpoint.
const devToken = (t: TestHub, body: unknown) => fetch(`${originOf(t)}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('outside production', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => t?.stop());

  it('serves the app at / and for every client-side route, always revalidated', async () => {
    for (const route of ['/', '/inbox', '/threads/abc', '/public']) {
      const res = await fetch(`${originOf(t)}${route}`, { headers: { accept: 'text/html' } });
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control'), route).toBe('no-cache');
      expect(await res.text(), route).toContain('<div id="root"></div>');
      expect(res.headers.get('content-security-policy'), route).toMatch(/script-src 'self';.*connect-src 'self';.*frame-ancestors 'none'/);
    }
  });

  it('serves hashed assets as immutable for a year, and a missing one as 404', async () => {
    const asset = fs.readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const res = await fetch(`${originOf(t)}/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${originOf(t)}/assets/missing-abc.js`)).status).toBe(404);
    expect((await fetch(`${originOf(t)}/missing.png`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('leaves the hub’s own paths alone: the explorer at GET /graphql, JSON 404 for APIs', async () => {
    const explorer = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toMatch(/ruru/i);
    const viewer = await post(t.url, '{ body(code: "CN") { code } }');
    expect(viewer.data).toEqual({ body: { code: 'CN' } });
    const api = await fetch(`${originOf(t)}/no-such-api`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toHaveProperty('errors');
    expect((await fetch(`${originOf(t)}/healthz`)).status).toBe(200);
  });

  it('POST /dev/token signs a token for a demo body and roles that the hub accepts', async () => {
    const res = await devToken(t, { body: '330100', roles: ['OFFICER'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const viewer = await post(t.url, '{ viewer { roles body { code } } }', {}, token);
    expect(viewer.data).toEqual({ viewer: { roles: ['OFFICER'], body: { code: '330100' } } });
  });

  it('POST /dev/token answers only this machine: 403 and no token over a network interface', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4');
    expect(external, 'a non-loopback IPv4 interface to call from').toBeDefined();
    const res = await fetch(`http://${external!.address}:${t.hub.port}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: '330000', roles: ['LEAD'] }) });
    expect(res.status).toBe(403);
    expect(await res.json()).not.toHaveProperty('token');
  });

  it('POST /dev/token refuses bad input with 400 and no token', async () => {
    for (const body of [{}, { body: '330100' }, { body: '330100', roles: ['KING'] }, { body: '33 01', roles: ['LEAD'] }, { body: '330100', roles: [] }]) {
      const res = await devToken(t, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json(), JSON.stringify(body)).not.toHaveProperty('token');
    }
  });
});

describe('in production (NODE_ENV=production)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ config: { production: true, explorer: false, exposeSqlCount: false } });
  });
  afterAll(async () => t?.stop());

  it('the development sign-in does not exist: 404, no token', async () => {
    const res = await devToken(t, { body: '330000', roles: ['LEAD', 'ADMIN'] });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/token"\s*:/);
    expect((await fetch(`${originOf(t)}/dev/token`)).status).toBe(404);
  });

  it('still serves the app, whose sign-in then offers only a pasted identity-provider token', async () => {
    const res = await fetch(`${originOf(t)}/signin`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root"></div>');
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await newPage(browser);
      const probed = page.waitForResponse((r) => r.url().endsWith('/dev/token'));
      await page.goto(`${originOf(t)}/signin`);
      expect((await probed).status()).toBe(404);
      await page.locator('#token').waitFor();
      expect(await page.locator('#dev-signin, input[name=body]').count()).toBe(0);
    } finally {
      await closePages(browser);
    }
  });
});
