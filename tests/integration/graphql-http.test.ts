import { auditServer, AuditResult } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestHub } from '../support/test-hub';

// GraphQL-over-HTTP conformance, audited by the graphql-http package against the started hub.
//
// The hub keeps Apollo's CSRF prevention: a GET (or a POST without a JSON content type) must carry
// a header that a plain cross-site browser request cannot set (`apollo-require-preflight`,
// `x-apollo-operation-name`), or it is refused with 400 before any operation runs. Browsers do not
// attach our bearer tokens by themselves, so the risk it covers is small today — but it also stops
// a foreign page from using a visitor's browser to query a hub deployed on an intranet, and it is
// Apollo's default. Disabling it to please an audit would trade a protection for a cosmetic score.
// So the audits run twice: as a plain client (the CSRF refusals are part of what is audited), and
// as a non-browser client that sends the preflight header, so that the GET paths are audited too.

const preflightFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

// SHOULDs the hub knowingly does not follow: Apollo answers 400, not 200, to a document that does
// not parse or validate and to variables that do not coerce, whatever the Accept header. Clients
// of `application/json` read the body all the same; changing Apollo's status mapping is not worth it.
const KNOWN_WARNINGS = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

const t = useTestHub();

function summary(results: AuditResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = `${r.name.split(' ')[0]} ${r.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe.each([
  ['a plain client', fetch],
  ['a client sending the CSRF preflight header', preflightFetch],
])('GraphQL over HTTP audits, as %s', (label, fetchFn) => {
  it('passes every MUST audit; warnings are only the known SHOULDs', async () => {
    const results = await auditServer({ url: t.url, fetchFn });
    const counts = summary(results);
    const ok = results.filter((r) => r.status === 'ok').length;
    const warn = results.filter((r) => r.status === 'warn');
    const error = results.filter((r) => r.status === 'error');
    process.stdout.write(`graphql-http audits (${label}): ${results.length} audits, ${ok} ok, ${warn.length} warn, ${error.length} error — ${JSON.stringify(counts)}\n`);
    const describe = (r: AuditResult) => `${r.name}: ${'reason' in r ? r.reason : ''}`;
    expect(error.filter((r) => r.name.startsWith('MUST')).map(describe)).toEqual([]);
    expect(error.map(describe)).toEqual([]);
    expect(warn.map((r) => r.name).filter((n) => !KNOWN_WARNINGS.includes(n))).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});

describe('GET, as the API promises it', () => {
  it('answers a query over GET with the preflight header, and refuses it without', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ body(code: "330000") { code } }')}`;
    const withHeader = await fetch(url, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toMatchObject({ data: { body: { code: '330000' } } });
    const plain = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(plain.status).toBe(400);
  });

  it('refuses a mutation over GET with 405', async () => {
    const url = `${t.url}?query=${encodeURIComponent('mutation { markDirectiveRead(input: { directiveId: "x" }) { __typename } }')}`;
    const r = await fetch(url, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
    expect(r.status).toBe(405);
  });
});
