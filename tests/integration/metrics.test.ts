import { describe, expect, it } from 'vitest';
import { DirectiveIssuedDocument, IssueDirectiveDocument, PublicDirectivesPageDocument } from '../generated/graphql';
import { subscribe } from '../support/subscriptions';
import { useTestHub, waitFor } from '../support/test-hub';

// GET /metrics: Prometheus series of the hub, readable by local callers (default) or with a token.

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const t = useTestHub({ config: { rateLimitPublic: 150 } });
const withToken = useTestHub({ config: { metrics: 'token', metricsToken: METRICS_TOKEN } });
const off = useTestHub({ config: { metrics: 'off' } });

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function scrape(headers: Record<string, string> = {}): Promise<string> {
  const r = await fetch(metricsUrl(t.url), { headers });
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return r.text();
}

/** The value of one sample, e.g. `hub_live_subscriptions` or `x_count{operation="A",transport="http"}`; 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const publicGet = (first: number, headers: Record<string, string> = {}) =>
  fetch(`${t.url}?query=${encodeURIComponent(`query PublicDirectivesPage($first: Int) { publicDirectives(first: $first) { edges { node { id title } } } }`)}&variables=${encodeURIComponent(JSON.stringify({ first }))}`, {
    headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true', ...headers },
  });

describe('/metrics', () => {
  it('counts requests by operation and transport, root-field time, statements per operation and cache results', async () => {
    const before = await scrape();
    expect(await t.run(PublicDirectivesPageDocument, { first: 3 })).toMatchObject({ status: 200 });
    expect((await publicGet(2)).headers.get('x-hub-cache')).toBe('miss');
    expect((await publicGet(2)).headers.get('x-hub-cache')).toBe('hit');
    const after = await scrape();
    const requests = 'hub_graphql_request_duration_seconds_count{operation="PublicDirectivesPage",transport="http"}';
    expect(sample(after, requests) - sample(before, requests)).toBe(3);
    const field = 'hub_graphql_root_field_duration_seconds_count{field="publicDirectives"}';
    // The cache hit runs no resolver.
    expect(sample(after, field) - sample(before, field)).toBe(2);
    const statements = 'hub_sql_statements_per_operation_count{operation="PublicDirectivesPage"}';
    expect(sample(after, statements) - sample(before, statements)).toBe(2);
    const sum = 'hub_sql_statements_per_operation_sum{operation="PublicDirectivesPage"}';
    expect(sample(after, sum) - sample(before, sum)).toBeGreaterThan(0);
    expect(sample(after, 'hub_public_cache_requests_total{result="hit"}') - sample(before, 'hub_public_cache_requests_total{result="hit"}')).toBe(1);
    expect(sample(after, 'hub_public_cache_requests_total{result="miss"}') - sample(before, 'hub_public_cache_requests_total{result="miss"}')).toBe(1);
    expect(after).toContain('# TYPE hub_process_cpu_seconds_total counter');
  });

  it('times queries over WebSocket under transport="ws"', async () => {
    const series = 'hub_graphql_request_duration_seconds_count{operation="PublicDirectivesPage",transport="ws"}';
    const before = sample(await scrape(), series);
    const op = subscribe(t.testHub.hub.wsUrl, await t.token('330100', 'VIEWER'), PublicDirectivesPageDocument, { first: 2 });
    const [result] = await op.waitFor(1);
    expect(result.publicDirectives.edges.length).toBeGreaterThan(0);
    await op.close();
    expect(sample(await scrape(), series) - before).toBe(1);
  });

  it('gauges live subscriptions and the event relay lag', async () => {
    const before = await scrape();
    expect(before).toContain('# TYPE hub_event_relay_lag gauge');
    const token = await t.token('330100', 'VIEWER');
    const sub = subscribe(t.testHub.hub.wsUrl, token, DirectiveIssuedDocument, { after: await t.inboxCursor('330100') });
    await waitFor(async () => sample(await scrape(), 'hub_live_subscriptions') === sample(before, 'hub_live_subscriptions') + 1);
    const issued = await t.run(IssueDirectiveDocument, { input: { title: 'metrics', content: '指标', recipientCodes: ['330100'] } }, '330000:LEAD');
    expect(issued.data?.issueDirective.userErrors).toEqual([]);
    await sub.waitFor(1);
    await t.hub.relay.flush();
    expect(sample(await scrape(), 'hub_event_relay_lag')).toBe(0);
    await sub.close();
    await waitFor(async () => sample(await scrape(), 'hub_live_subscriptions') === sample(before, 'hub_live_subscriptions'));
  });

  it('counts rate-limit refusals of the public budget', async () => {
    const before = await scrape();
    const statuses: number[] = [];
    for (let i = 0; i < 10 && statuses.at(-1) !== 429; i++) statuses.push((await publicGet(5)).status);
    expect(statuses.at(-1)).toBe(429);
    const after = await scrape();
    expect(sample(after, 'hub_rate_limit_refusals_total{scope="public"}') - sample(before, 'hub_rate_limit_refusals_total{scope="public"}')).toBe(1);
  });

  it('local mode: refuses a request a proxy forwarded', async () => {
    const r = await fetch(metricsUrl(t.url), { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(r.status).toBe(403);
    expect(await r.text()).not.toContain('hub_');
  });

  it('token mode: 401 without the token or with another, 200 with it', async () => {
    const url = metricsUrl(withToken.url);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('hub_graphql_request_duration_seconds');
  });

  it('off: there is no /metrics', async () => {
    expect((await fetch(metricsUrl(off.url))).status).toBe(404);
  });
});
