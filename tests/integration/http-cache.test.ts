import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { BodyDocument, InboxDocument, IssueDirectiveDocument, PublicDirectivesPageDocument, UpdateBodyDocument, ViewerDocument } from '../generated/graphql';
import { useTestHub } from '../support/test-hub';

// Public reads over GET are shareable (Cache-Control public, strong ETag, 304) and answered from an
// in-process cache that every committed event empties; everything else is private, no-store.

const MANIFEST = path.resolve(__dirname, '..', 'generated', 'persisted-documents.json');
const t = useTestHub({ config: { trustedDocuments: MANIFEST, publicCacheMaxAge: 45 } });

const idOf = (document: TypedDocumentNode<unknown, never>) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
// Apollo's CSRF prevention stays on: a GET carries a header a cross-site page cannot set.
const PREFLIGHT = { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' };

function getUrl(base: string, documentId: string, variables: Record<string, unknown> = {}): string {
  return `${base}?documentId=${encodeURIComponent(documentId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers: { ...PREFLIGHT, ...headers } });
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, body: text ? (JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> }) : null };
}

/** The same persisted operation over POST: executed every time, never shared. */
async function post(documentId: string, variables: Record<string, unknown>) {
  const r = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ documentId, variables }) });
  expect(r.headers.get('cache-control')).toBe('private, no-store');
  return (await r.json()) as { data?: unknown };
}

const page = (first = 5) => getUrl(t.url, idOf(PublicDirectivesPageDocument as never), { first });

async function issuePublic(title: string) {
  const r = await t.run(IssueDirectiveDocument, { input: { title, content: '公开', recipientCodes: ['330100'], public: true } }, '330000:LEAD');
  expect(r.errors).toBeUndefined();
  expect(r.data?.issueDirective.userErrors).toEqual([]);
}

describe('public reads over GET', () => {
  it('answer with public Cache-Control and a strong ETag, from the cache the second time, equal to the uncached answer', async () => {
    const first = await get(page());
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=45');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{43}"$/); // strong: no W/ prefix
    expect(first.headers.get('vary')).toBe('Accept, Authorization');
    const edges = (first.body?.data as { publicDirectives: { edges: unknown[] } }).publicDirectives.edges;
    expect(edges.length).toBeGreaterThan(0);
    // The caller's budget is in the headers, not in a body shared with others.
    expect(first.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    expect(first.body?.extensions?.rateLimit).toBeUndefined();

    const second = await get(page());
    expect(second.headers.get('x-hub-cache')).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(etag);

    // The same operation over POST is executed every time and never shared: same data.
    const posted = await post(idOf(PublicDirectivesPageDocument as never), { first: 5 });
    expect(posted.data).toEqual(first.body?.data);
  });

  it('answers 304 without a body to a matching If-None-Match, 200 to another', async () => {
    const first = await get(page(3));
    const etag = first.headers.get('etag')!;
    const again = await get(page(3), { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const stale = await get(page(3), { 'if-none-match': '"not-this-one"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it('keys the cache by variables: another page size is another answer', async () => {
    const two = await get(page(2));
    const four = await get(page(4));
    expect(two.headers.get('etag')).not.toBe(four.headers.get('etag'));
    expect((two.body?.data as { publicDirectives: { edges: unknown[] } }).publicDirectives.edges).toHaveLength(2);
  });

  it('a committed publication invalidates: the next GET is executed and shows it, with a new ETag', async () => {
    const before = await get(page());
    expect((await get(page())).headers.get('x-hub-cache')).toBe('hit');
    await issuePublic('新公开指令 cache-invalidation');
    const after = await get(page());
    expect(after.headers.get('x-hub-cache')).toBe('miss');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const titles = (after.body?.data as { publicDirectives: { edges: { node: { title: string } }[] } }).publicDirectives.edges.map((e) => e.node.title);
    expect(titles).toContain('新公开指令 cache-invalidation');
    // The old validator no longer matches: a client holding it gets the new answer.
    const revalidated = await get(page(), { 'if-none-match': before.headers.get('etag')! });
    expect(revalidated.status).toBe(200);
    expect(revalidated.text).toBe(after.text);
    const posted = await post(idOf(PublicDirectivesPageDocument as never), { first: 5 });
    expect(posted.data).toEqual(after.body?.data);
  });
});

describe('changes without a hub event', () => {
  it('a body renamed (audited, no hub event) invalidates this instance’s cached public answer', async () => {
    const url = getUrl(t.url, idOf(BodyDocument as never), { code: '330100' });
    const before = await get(url);
    expect((await get(url)).headers.get('x-hub-cache')).toBe('hit');
    const r = await t.run(UpdateBodyDocument, { input: { code: '330100', name: '杭州市（缓存）' } }, '330000:ADMIN');
    expect(r.data?.updateBody.userErrors).toEqual([]);
    const after = await get(url);
    expect(after.headers.get('x-hub-cache')).toBe('miss');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(JSON.stringify(after.body?.data)).toContain('杭州市（缓存）');
  });
});

describe('never shared', () => {
  it('an authenticated GET of a public query is private, no-store, without an ETag, and not served from the cache', async () => {
    await get(page()); // fills the cache for the public
    const token = await t.token('330100', 'VIEWER');
    const r = await get(page(), { authorization: `Bearer ${token}` });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('etag')).toBeNull();
    expect(r.headers.get('x-hub-cache')).toBeNull();
  });

  it('a tokenless GET of an operation that is not public is private, no-store', async () => {
    const r = await get(getUrl(t.url, idOf(InboxDocument as never), { code: '330100' }));
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('etag')).toBeNull();
  });

  it('a public root field that answers per caller (viewer) is shared only for the tokenless caller', async () => {
    const anonymous = await get(getUrl(t.url, idOf(ViewerDocument as never)));
    expect(anonymous.body?.data).toEqual({ viewer: null });
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=45');
    const token = await t.token('330100', 'VIEWER');
    const signedIn = await get(getUrl(t.url, idOf(ViewerDocument as never)), { authorization: `Bearer ${token}` });
    expect(signedIn.body?.data).not.toEqual({ viewer: null });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
  });

  it('POST answers, refusals and untrusted documents are private, no-store', async () => {
    const post = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: idOf(PublicDirectivesPageDocument as never), variables: { first: 1 } }) });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('private, no-store');
    expect(post.headers.get('etag')).toBeNull();
    const untrusted = await get(`${t.url}?query=${encodeURIComponent('{ publicDirectives(first: 1) { totalCount } }')}`);
    expect(untrusted.status).toBe(400);
    expect(untrusted.headers.get('cache-control')).toBe('private, no-store');
  });

  it('a GET never runs a mutation: 405, nothing issued, nothing cached', async () => {
    const before = await t.snapshot();
    const r = await get(getUrl(t.url, idOf(IssueDirectiveDocument as never), { input: { title: 'via GET', content: 'x', recipientCodes: ['330100'], public: true } }), {
      authorization: `Bearer ${await t.token('330000', 'LEAD')}`,
    });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('the public portal is rate-limited per client address', () => {
  // Budget for two reads of PublicDirectivesPage(first: 5), which costs 61 points.
  const untrusted = useTestHub({ config: { trustedDocuments: MANIFEST, rateLimitPublic: 150 } });
  const behindProxy = useTestHub({ config: { trustedDocuments: MANIFEST, rateLimitPublic: 150, trustProxy: ['loopback'] } });

  async function spend(url: string, headers: Record<string, string>) {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof get>> | undefined;
    for (let i = 0; i < 20; i++) {
      last = await get(getUrl(url, idOf(PublicDirectivesPageDocument as never), { first: 5 }), headers);
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    return { statuses, last: last! };
  }

  it('without a trusted proxy, X-Forwarded-For is ignored: every claimed address shares the socket’s budget', async () => {
    const { statuses, last } = await spend(untrusted.url, { 'x-forwarded-for': '203.0.113.1' });
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.headers.get('cache-control')).toBe('private, no-store');
    expect(last.body?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // A spoofed address is no way around it, and cache hits are charged as well.
    const spoofed = await get(getUrl(untrusted.url, idOf(PublicDirectivesPageDocument as never), { first: 5 }), { 'x-forwarded-for': '198.51.100.7' });
    expect(spoofed.status).toBe(429);
  });

  it('behind a trusted proxy, each forwarded client address has its own budget', async () => {
    const { statuses, last } = await spend(behindProxy.url, { 'x-forwarded-for': '203.0.113.1' });
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await get(getUrl(behindProxy.url, idOf(PublicDirectivesPageDocument as never), { first: 5 }), { 'x-forwarded-for': '198.51.100.7' });
    expect(other.status).toBe(200);
    // The client is the first address the trusted proxy did not add: a prefix the client wrote itself does not help it.
    const prefixed = await get(getUrl(behindProxy.url, idOf(PublicDirectivesPageDocument as never), { first: 5 }), { 'x-forwarded-for': '198.51.100.99, 203.0.113.1' });
    expect(prefixed.status).toBe(429);
  });

  it('an authenticated caller is charged to its account, not to the spent address budget', async () => {
    const token = await untrusted.token('330100', 'VIEWER');
    const r = await get(getUrl(untrusted.url, idOf(PublicDirectivesPageDocument as never), { first: 5 }), { authorization: `Bearer ${token}` });
    expect(r.status).toBe(200);
  });
});
