import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { Hub, startHub } from '../../src/server/hub';
import { execute } from '../support/client';
import { TEST_SECRET } from '../support/env';
import { freshStorage, StorageHandle } from '../support/hub';
import { waitFor } from '../support/test-hub';
import { IssueDirectiveDocument } from '../generated/graphql';

// Two instances over one PostgreSQL database and one Redis: a publication committed through A
// empties B's public cache as soon as B's relay reads the event, so B never keeps serving the
// answer from before it.
let storage: StorageHandle;
let a: Hub;
let b: Hub;

beforeAll(async () => {
  storage = await freshStorage();
  const config = { ...storage.config, redisUrl: process.env.HUB_TEST_REDIS_URL || 'redis://127.0.0.1:6379', redisPrefix: `hub-cache-${randomBytes(4).toString('hex')}` };
  a = await startHub(config);
  b = await startHub(config);
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await storage?.dispose();
});

const QUERY = 'query PublicTitles($first: Int) { publicDirectives(first: $first) { edges { node { title } } } }';

async function publicTitles(hub: Hub) {
  const r = await fetch(`${hub.url}?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(JSON.stringify({ first: 50 }))}`, {
    headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
  });
  expect(r.status).toBe(200);
  const body = (await r.json()) as { data: { publicDirectives: { edges: { node: { title: string } }[] } } };
  return { cache: r.headers.get('x-hub-cache'), etag: r.headers.get('etag'), titles: body.data.publicDirectives.edges.map((e) => e.node.title) };
}

describe('the public cache across instances', () => {
  it('a publication through A invalidates B’s cached answer; cached and executed answers agree on both', async () => {
    await publicTitles(b);
    const cached = await publicTitles(b);
    expect(cached.cache).toBe('hit');
    const token = await signToken(TEST_SECRET, { sub: 'test:330000', body: '330000', roles: [Role.LEAD], ttlSeconds: 3600 });
    const r = await execute(a.url, IssueDirectiveDocument, { input: { title: '跨实例公开', content: '阳光', recipientCodes: ['330100'], public: true } }, { token });
    expect(r.data?.issueDirective.userErrors).toEqual([]);
    // A's own commit invalidates at once; B's when its relay reads the log (a Redis hint away).
    const onA = await publicTitles(a);
    expect(onA.titles).toContain('跨实例公开');
    const onB = await waitFor(async () => {
      const now = await publicTitles(b);
      return now.titles.includes('跨实例公开') ? now : null;
    });
    expect(onB.etag).not.toBe(cached.etag);
    expect(onB.titles).toEqual(onA.titles);
    const again = await publicTitles(b);
    expect(again.cache).toBe('hit');
    expect(again.titles).toEqual(onA.titles);
  });
});
