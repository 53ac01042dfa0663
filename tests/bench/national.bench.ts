import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { countyRows, insertBodies } from '../../src/domains/bodies/body.seed';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { loadConfig } from '../../src/platform/config';
import { createTempDatabase, DEFAULT_ADMIN_URL, TempDatabase } from '../../src/platform/database/postgres-admin';
import { runInTransaction } from '../../src/platform/database/transaction';
import { createLogger } from '../../src/platform/logger';
import { openDatabase, seedDemoOnce } from '../../src/server/database';
import { Child, quiescent, startChild } from './children';
import type { ClientsCommand, ClientsReply } from './fanout-clients';
import { gql, ms, percentile, SECRET, table } from './support';

const YEAR = new Date().getUTCFullYear();
// Rate limits off: the load generator is one account hammering one body on purpose. In production,
// as the issue measures: a hub in test mode also counts every request's statements for its answers
// (the fan-out's delivery p99 was ~1.5x longer in it).
const hubEnv = (url: string) => ({ DATABASE_URL: url, HUB_JWT_SECRET: SECRET, NODE_ENV: 'production', HUB_RATE_LIMIT_ACCOUNT: '0', HUB_RATE_LIMIT_BODY: '0' });
// Node's flags as `npm start` gives them (the young generation docs/OPERATIONS.md recommends).
const HUB_NODE_ARGS = ['--max-semi-space-size=32'];
const token = (body: string, roles: Role[]) => signToken(SECRET, { sub: `bench:${body}`, body, roles, ttlSeconds: 7200 });

export const QUERIES = {
  inbox: `query Inbox { body(code: "330100") { code name
    directiveInbox(pendingOnly: true, first: 20) { totalCount edges { node { deliveredAt directive { id title priority issuedAt issuer { code name } acknowledgementSummary { total acknowledged overdue } } } } }
    threads(status: OPEN, first: 10) { totalCount edges { node { id subject dueAt overdue lead { code name } } } }
    delegationsReceived(first: 20) { totalCount edges { node { id power { code title } fiscalAllocation { amount fiscalYear } coverage } } } } }`,
  subtree: `query Subtree { bodies(under: "330000", first: 50) { totalCount edges { node { code name level parent { code name } children(first: 10) { totalCount edges { node { code name } } } } } } }`,
  unfunded: `query Unfunded { unfundedMandates(fiscalYear: ${YEAR}, first: 50) { totalCount edges { node { coverage estimatedCost fiscalAllocation { amount } power { code title } grantee { code name level parent { code } } } } } }`,
};

// Levels of lists in each query (the target for SQL statements per request).
const LIST_LEVELS = { inbox: 3, subtree: 2, unfunded: 1 };

const BASELINE_THREADS = `SELECT t.id, t.subject, t.due_at, l.code AS lead_code, l.name AS lead_name FROM coordination_thread t JOIN thread_participant p ON p.thread_id = t.id JOIN body l ON l.id = t.lead_id WHERE p.body_id = $1 AND t.status = 'OPEN' ORDER BY t.id DESC LIMIT 10`;

interface Dataset {
  db: TempDatabase;
  url: string;
  governments: string[];
}

/** The national data set: demo data, every county-level government, and a realistic workload. */
export async function prepare(): Promise<Dataset> {
  const db = await createTempDatabase(process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL, 'hub_bench_national');
  const log = createLogger('warn');
  const config = { ...loadConfig({ HUB_JWT_SECRET: SECRET, HUB_DATA_DIR: '/tmp', LOG_LEVEL: 'warn' }), dialect: 'postgres' as const, databaseUrl: db.url };
  const database = await openDatabase(config, log);
  await seedDemoOnce(database, log);
  const added = await runInTransaction(database, undefined, (em) => insertBodies(em, countyRows()));
  const governments: string[] = (await database.dataSource.query(`SELECT code FROM body WHERE kind = 'GOVERNMENT' AND level IN ('MUNICIPAL', 'COUNTY') ORDER BY code`)).map((r: { code: string }) => r.code);
  await database.dataSource.destroy();
  process.stderr.write(`national data set: ${added} county-level bodies added; ${governments.length} municipal and county governments\n`);
  await analyzed(db);
  return { db, url: db.url, governments };
}

async function workload(url: string): Promise<void> {
  const zj = await token('330000', [Role.LEAD]);
  for (let i = 0; i < 30; i++) {
    await gql(url, zj, 'mutation($t: String!) { issueDirective(input: { title: $t, content: "工作部署", audienceLevel: MUNICIPAL, requiresAcknowledgement: true }) { userErrors { code } } }', { t: `浙江省部署 ${i}` });
  }
  const drc = await token('330000-DRC', [Role.LEAD]);
  for (let i = 0; i < 5; i++) {
    await gql(url, drc, 'mutation($s: String!, $d: DateTime!) { openCoordinationThread(input: { subject: $s, leadBodyCode: "330000-DRC", participantCodes: ["330100", "330000-FIN"], dueAt: $d }) { userErrors { code message } } }', {
      s: `协调事项 ${i}`,
      d: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
  }
  // Every province gets a share of a national power, some short of cost; each province hands part on to three cities.
  const ndrc = await token('CN-NDRC', [Role.LEAD]);
  const provinces = (await gql<{ bodies: { edges: { node: { code: string } }[] } }>(url, undefined, '{ bodies(level: PROVINCIAL, kind: GOVERNMENT, first: 100) { edges { node { code } } } }')).data!.bodies.edges.map((e) => e.node.code);
  for (const [i, province] of provinces.entries()) {
    const p = await gql<{ delegatePower: { delegation: { id: string } | null } }>(
      url,
      ndrc,
      'mutation($to: String!, $a: Money!, $y: Int!) { delegatePower(input: { powerCode: "ENTERPRISE-INVESTMENT-APPROVAL", toBodyCode: $to, fiscalAllocation: { amount: $a, fiscalYear: $y }, estimatedCost: "10000000.00" }) { delegation { id } userErrors { code message } } }',
      { to: province, a: `${5_000_000 + i * 200_000}.00`, y: YEAR },
    );
    const parentId = p.data?.delegatePower.delegation?.id;
    if (!parentId) continue;
    const lead = await token(province, [Role.LEAD]);
    const cities = (await gql<{ bodies: { edges: { node: { code: string } }[] } }>(url, undefined, `{ bodies(under: "${province}", level: MUNICIPAL, kind: GOVERNMENT, first: 3) { edges { node { code } } } }`)).data!.bodies.edges.map((e) => e.node.code);
    for (const city of cities) {
      await gql(url, lead, 'mutation($to: String!, $p: String!, $y: Int!) { delegatePower(input: { powerCode: "ENTERPRISE-INVESTMENT-APPROVAL", toBodyCode: $to, parentDelegationId: $p, fiscalAllocation: { amount: "1000000.00", fiscalYear: $y }, estimatedCost: "1500000.00" }) { userErrors { code } } }', { to: city, p: parentId, y: YEAR });
    }
  }
}

async function load(url: string, body: string, headers: Record<string, string>, seconds = 8, server?: Child) {
  const cpu = server?.cpuMs();
  // Latencies as each response reports them (fractional ms): autocannon's histogram keeps whole
  // milliseconds, which at a p50 of ~14 ms moves a p99 / p50 ratio by up to 0.15.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, method: 'POST', connections: 10, duration: seconds, headers: { 'content-type': 'application/json', ...headers }, body }, (err, res) => (err ? reject(err) : resolve(res)));
    run.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) latencies.push(responseTime);
    });
  });
  const cpuPerRequest = server && cpu !== undefined ? (server.cpuMs() - cpu) / Math.max(1, result.requests.total) : NaN;
  return { rps: result.requests.average, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: result.errors + result.non2xx, cpuPerRequest };
}

/**
 * The SQL statements one operation issues on a hub in production (which reports none in its
 * answers): the change of `hub_sql_statements_per_operation` in its /metrics over one request.
 */
async function statementsInProduction(url: string, query: string, tokenValue: string): Promise<number> {
  const operation = /^\s*query\s+(\w+)/.exec(query)?.[1];
  if (!operation) throw new Error('a measured query needs an operation name');
  const read = async () => {
    const text = await metricsText(url);
    return { sum: metricValue(text, 'hub_sql_statements_per_operation_sum', `operation="${operation}"`), count: metricValue(text, 'hub_sql_statements_per_operation_count', `operation="${operation}"`) };
  };
  const before = await read();
  const r = await gql(url, tokenValue, query);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const after = await read();
  if (after.count !== before.count + 1) throw new Error(`/metrics counted ${after.count - before.count} ${operation} operations, not 1`);
  return after.sum - before.sum;
}

/**
 * The hub's young-generation collections so far (prom-client's `nodejs_gc_duration_seconds` in its
 * /metrics): how many, and their total pause. A request's objects that outlive their request are
 * copied by every collection; the mean pause shows it (issue #19, docs/OPERATIONS.md).
 */
async function minorCollections(url: string): Promise<{ count: number; seconds: number }> {
  const text = await metricsText(url);
  return { count: metricValue(text, 'hub_nodejs_gc_duration_seconds_count', 'kind="minor"'), seconds: metricValue(text, 'hub_nodejs_gc_duration_seconds_sum', 'kind="minor"') };
}

/** The hub's /metrics (Prometheus text) beside its /graphql `url`. */
async function metricsText(url: string): Promise<string> {
  return (await fetch(new URL('/metrics', url).toString())).text();
}

/** One series' value; 0 for a series not yet there (a histogram's labels appear with their first observation). */
function metricValue(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

type System = 'hub' | 'plain' | 'baseline' | 'before';
const SYSTEM_LABELS: Record<System, string> = { before: 'hub, an earlier build (BENCH_BEFORE_DIST)', hub: 'hub', plain: 'plain graphql-js 16 + DataLoader, hub plan', baseline: 'hand-written node:http + pg' };

/** How many rows each system answers with (the comparison is only fair when they match). */
function rowsOf(name: 'inbox' | 'subtree', json: { data?: Record<string, unknown> }): string {
  const d = json.data as never as Record<string, { edges: unknown[]; pending?: unknown[]; delegations?: unknown[]; threads?: unknown[]; directiveInbox?: { edges: unknown[] }; delegationsReceived?: { edges: unknown[] } }>;
  if (name === 'subtree') {
    const edges = (d.bodies.edges as { node: { children: { edges: unknown[] } } }[]) ?? [];
    return `${edges.length} bodies, ${edges.reduce((n, e) => n + e.node.children.edges.length, 0)} children`;
  }
  const b = d.body as never as Record<string, { edges?: unknown[] } | unknown[]>;
  const count = (v: { edges?: unknown[] } | unknown[]) => (Array.isArray(v) ? v.length : (v.edges?.length ?? 0));
  return b.pending ? `${count(b.pending)}/${count(b.threads)}/${count(b.delegations)}` : `${count(b.directiveInbox)}/${count(b.threads)}/${count(b.delegationsReceived)}`;
}

/**
 * Reads side by side: for the inbox and the subtree, the hub, plain graphql-js on the hub's plan
 * and the hand-written baseline take turns in interleaved rounds (the order rotates each round), so
 * a burst of load from elsewhere on the machine hits all three alike. Figures are medians of rounds.
 */
async function readScenarios(hub: Child, baseline: Child, plain: Child, before: Child | null = null, rounds = Number(process.env.BENCH_ROUNDS ?? 3), seconds = Number(process.env.BENCH_SECONDS ?? 4)): Promise<(string | number)[][]> {
  const url = `http://127.0.0.1:${hub.port}/graphql`;
  const viewer = await token('330100', [Role.VIEWER]);
  const rows: (string | number)[][] = [];
  const beforeUrl = `http://127.0.0.1:${before?.port}/graphql`;
  const endpoints: Record<'inbox' | 'subtree', Record<System, { url: string; body: string }>> = {
    inbox: {
      before: { url: beforeUrl, body: JSON.stringify({ query: QUERIES.inbox }) },
      hub: { url, body: JSON.stringify({ query: QUERIES.inbox }) },
      plain: { url: `http://127.0.0.1:${plain.port}/`, body: JSON.stringify({ query: QUERIES.inbox }) },
      baseline: { url: `http://127.0.0.1:${baseline.port}/`, body: '{}' },
    },
    subtree: {
      before: { url: beforeUrl, body: JSON.stringify({ query: QUERIES.subtree }) },
      hub: { url, body: JSON.stringify({ query: QUERIES.subtree }) },
      plain: { url: `http://127.0.0.1:${plain.port}/`, body: JSON.stringify({ query: QUERIES.subtree }) },
      baseline: { url: `http://127.0.0.1:${baseline.port}/subtree`, body: '{}' },
    },
  };
  const headers = { authorization: `Bearer ${viewer}` };
  const servers: Record<System, Child | null> = { hub, plain, baseline, before };
  for (const name of ['inbox', 'subtree'] as const) {
    const statements = await statementsInProduction(url, QUERIES[name], viewer);
    const smaller = await statementsInProduction(url, QUERIES[name].replace(/first: (\d+)/g, 'first: 2'), viewer);
    const beforeStatements = before ? await statementsInProduction(beforeUrl, QUERIES[name], viewer) : NaN;
    const order: System[] = before ? ['hub', 'plain', 'baseline', 'before'] : ['hub', 'plain', 'baseline'];
    const answers: Partial<Record<System, string>> = {};
    for (const system of order) {
      const e = endpoints[name][system];
      const res = await fetch(e.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: e.body });
      answers[system] = rowsOf(name, (await res.json()) as never);
    }
    const results: Record<System, Awaited<ReturnType<typeof load>>[]> = { hub: [], plain: [], baseline: [], before: [] };
    // Between the hub's rounds it is idle: its collections over the scenario are those of its rounds.
    const collectionsBefore = await minorCollections(url);
    // An untimed round each first: compiled queries, optimized code and warm pools, as in service.
    for (const system of order) await load(endpoints[name][system].url, endpoints[name][system].body, headers, 2);
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < order.length; i++) {
        const system = order[(i + r) % order.length];
        const e = endpoints[name][system];
        results[system].push(await load(e.url, e.body, headers, seconds, servers[system] ?? undefined));
      }
    }
    const median = (system: System, pick: (x: Awaited<ReturnType<typeof load>>) => number) => percentile(results[system].map(pick), 50);
    for (const system of order) {
      const sql = system === 'hub' ? `${statements} (page size 2: ${smaller}; list levels ${LIST_LEVELS[name]})` : system === 'plain' ? 'hub plan' : system === 'before' ? String(beforeStatements) : name === 'inbox' ? '4' : '2';
      rows.push([`${name} (${SYSTEM_LABELS[system]})`, median(system, (x) => x.rps).toFixed(0), ms(median(system, (x) => x.p50)), ms(median(system, (x) => x.p99)), `${median(system, (x) => x.cpuPerRequest).toFixed(2)} ms`, sql, answers[system]!, results[system].reduce((n, x) => n + x.errors, 0)]);
    }
    const hubRps = median('hub', (x) => x.rps);
    // The CPU ratio is the other system's CPU per request over the hub's: like req/s, higher is better for the hub.
    const cpuRatio = (system: System) => `${(median(system, (x) => x.cpuPerRequest) / median('hub', (x) => x.cpuPerRequest)).toFixed(2)}×`;
    rows.push([`${name} ratio hub / hand-written`, `${(hubRps / median('baseline', (x) => x.rps)).toFixed(2)}×`, '', '', cpuRatio('baseline'), 'target ≥ 0.70×', '', '']);
    rows.push([`${name} ratio hub / plain graphql-js`, `${(hubRps / median('plain', (x) => x.rps)).toFixed(2)}×`, '', '', cpuRatio('plain'), '', '', '']);
    if (before) rows.push([`${name} ratio hub / hub before`, `${(hubRps / median('before', (x) => x.rps)).toFixed(2)}×`, '', '', cpuRatio('before'), '', '', '']);
    const collections = await minorCollections(url);
    const minor = { count: collections.count - collectionsBefore.count, ms: (collections.seconds - collectionsBefore.seconds) * 1000 };
    rows.push([`${name}: the hub's young-generation collections`, '', '', '', minor.count ? `${minor.count}, mean pause ${(minor.ms / minor.count).toFixed(2)} ms` : 'none', '', '', '']);
    if (name === 'inbox') {
      const tail = (system: System) => `${(median(system, (x) => x.p99) / median(system, (x) => x.p50)).toFixed(2)}×`;
      rows.push(['inbox p99 / p50 (hub)', tail('hub'), '', '', '', 'target ≤ 2×', '', '']);
      // The same ratio of the hand-written server: how much of the hub's tail is the machine's (three busy processes on two cores).
      rows.push(['inbox p99 / p50 (hand-written)', tail('baseline'), '', '', '', '', '', '']);
    }
  }
  const unfunded = await token('CN-MOF', [Role.VIEWER]);
  const statements = await statementsInProduction(url, QUERIES.unfunded, unfunded);
  const r = await load(url, JSON.stringify({ query: QUERIES.unfunded }), { authorization: `Bearer ${unfunded}` }, seconds, hub);
  rows.push(['unfunded (hub)', r.rps.toFixed(0), ms(r.p50), ms(r.p99), `${r.cpuPerRequest.toFixed(2)} ms`, `${statements} (list levels ${LIST_LEVELS.unfunded})`, '', r.errors]);
  return rows;
}

/** A hub to measure: this build's, or with `BENCH_BEFORE_DIST` an earlier build's on a data set of its own. */
interface Build {
  name: string;
  child: Child;
}

/**
 * issueDirective to every municipal and county government, `BENCH_ISSUE_ROUNDS` (default 40) timed
 * requests after 3 untimed ones (the first creates 3,184 delivery counters; later ones update them).
 * Two builds take turns in blocks of 5 requests, so a busy spell of the machine falls on both.
 */
export async function writeScenario(builds: Build[], governments: string[]): Promise<(string | number)[][]> {
  const rounds = Number(process.env.BENCH_ISSUE_ROUNDS ?? 40);
  const lead = await token('CN', [Role.LEAD]);
  const times = builds.map(() => [] as number[]);
  const issue = async (child: Child, title: string) => {
    const t0 = performance.now();
    const r = await gql<{ issueDirective: { userErrors: unknown[] } }>(`http://127.0.0.1:${child.port}/graphql`, lead, 'mutation($t: String!, $to: [String!]!) { issueDirective(input: { title: $t, content: "全国部署", recipientCodes: $to }) { userErrors { code } } }', {
      t: title,
      to: governments,
    });
    if (r.errors || r.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(r));
    return performance.now() - t0;
  };
  for (const b of builds) for (let i = 0; i < 3; i++) await issue(b.child, `全国 预热 ${i}`);
  for (let i = 0; i < rounds; i += 5) {
    for (const [k, b] of builds.entries()) for (let j = i; j < Math.min(i + 5, rounds); j++) times[k].push(await issue(b.child, `全国 ${j}`));
  }
  const rows = builds.map((b, k) => [`issueDirective to ${governments.length} governments (${b.name})`, `${times[k].length} requests`, ms(percentile(times[k], 50)), ms(percentile(times[k], 99)), ms(Math.max(...times[k]))]);
  if (builds.length > 1) rows.push([`p50 ratio ${builds[0].name} / ${builds[1].name}`, '', `${(percentile(times[0], 50) / percentile(times[1], 50)).toFixed(2)}×`, '', '']);
  return rows;
}

interface FanOut {
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
  kbPerSubscription?: number;
  issueTimes?: number[];
  rss?: [before: number, idle: number];
}

/** One timed fan-out round: the issue's latency, each delivery's time from the request, first → last. */
interface FanOutRound {
  issueMs: number;
  latencies: number[];
  span: number;
}

/** Subscribers open on a hub, ready for timed rounds. */
interface FanOutSession {
  rss: [before: number, idle: number];
  round(i: number): Promise<FanOutRound>;
  close(): Promise<void>;
}

/**
 * One graphql-ws subscriber per government, in a forked process of their own (the hub's RSS and
 * CPU are measured without them), subscribed to `subscribeTo`, with directives issued through
 * `issueVia` to all of them: `subscribeTo`'s RSS per idle subscription, then one round per call.
 */
async function openFanOut(subscribeTo: Child, issueVia: Child, governments: string[], label = ''): Promise<FanOutSession> {
  // Titles unique to this run: subscribers replay from cursor 0, so earlier runs' deliveries come back first.
  const run = `fan-${Math.random().toString(36).slice(2, 8)}`;
  const clients = fork(path.join(__dirname, 'fanout-clients.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ask = (cmd: ClientsCommand) =>
    new Promise<ClientsReply>((resolve, reject) => {
      clients.once('message', (reply: ClientsReply) => ('failed' in reply ? reject(new Error(reply.failed)) : resolve(reply)));
      clients.send(cmd);
    });
  try {
    const url = `http://127.0.0.1:${issueVia.port}/graphql`;
    const lead = await token('CN', [Role.LEAD]);
    const issue = async (title: string) => {
      const r = await gql<{ issueDirective: { userErrors: unknown[] } }>(url, lead, 'mutation($t: String!, $to: [String!]!) { issueDirective(input: { title: $t, content: "扇出", recipientCodes: $to }) { userErrors { code } } }', { t: title, to: governments });
      if (r.errors || r.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(r));
    };
    const collect = async (title: string) => ((await ask({ collect: { title, timeoutMs: 120_000 } })) as { collected: { times: number[] } }).collected.times;
    // Issued before anyone subscribes: every subscriber replays it from cursor 0, which proves it live.
    await issue(`${run}-warm-up`);
    await quiescent(subscribeTo);
    const rssBefore = subscribeTo.rssKb();
    const tokens = await Promise.all(governments.map((code) => token(code, [Role.VIEWER])));
    await ask({ open: { url: `ws://127.0.0.1:${subscribeTo.port}/graphql`, tokens, prefix: run, warmUp: `${run}-warm-up` } });
    await quiescent(subscribeTo);
    const rssIdle = subscribeTo.rssKb();
    // One live round untimed, as the issue scenario's first requests: the first live delivery
    // compiles the subscription's selection and warms the delivery path (timed, it was the slowest
    // round in 3 of 4 runs, its last delivery 36–178 ms after any other round's).
    await issue(`${run}-live-warm-up`);
    if ((await collect(`${run}-live-warm-up`)).length < governments.length) throw new Error('the live warm-up round did not reach every subscriber');
    return {
      rss: [rssBefore, rssIdle],
      async round(i) {
        const title = `${run}-${i}`;
        const t0 = performance.timeOrigin + performance.now();
        await issue(title);
        const issueMs = performance.timeOrigin + performance.now() - t0;
        const times = await collect(title);
        if (times.length < governments.length) throw new Error(`round ${i}: ${times.length} of ${governments.length} deliveries`);
        const latencies = times.map((at) => at - t0);
        // Throughput of the fan-out itself: from the first delivery to the last.
        const span = Math.max(...times) - Math.min(...times);
        if (process.env.BENCH_VERBOSE) process.stderr.write(`${label}round ${i}: issue ${Math.round(issueMs)} ms, deliveries ${Math.round(Math.min(...latencies))}–${Math.round(Math.max(...latencies))} ms, median ${Math.round(percentile(latencies, 50))} ms\n`);
        return { issueMs, latencies, span };
      },
      async close() {
        await ask({ close: true }).finally(() => clients.kill());
      },
    };
  } catch (err) {
    clients.kill();
    throw err;
  }
}

function summarize(session: FanOutSession, rounds: FanOutRound[], subscribers: number): FanOut {
  const latencies = rounds.flatMap((r) => r.latencies);
  const [rssBefore, rssIdle] = session.rss;
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    perSecond: subscribers / (percentile(rounds.map((r) => r.span), 50) / 1000),
    kbPerSubscription: (rssIdle - rssBefore) / subscribers,
    issueTimes: rounds.map((r) => r.issueMs),
    rss: session.rss,
  };
}

/** `rounds` timed rounds of one session (see openFanOut). */
async function graphqlFanOut(subscribeTo: Child, issueVia: Child, governments: string[], rounds = 5): Promise<FanOut> {
  const session = await openFanOut(subscribeTo, issueVia, governments);
  try {
    const done: FanOutRound[] = [];
    for (let i = 0; i < rounds; i++) done.push(await session.round(i));
    return summarize(session, done, governments.length);
  } finally {
    await session.close();
  }
}

async function rawFanOut(raw: Child, count: number, payloadBytes: number, rounds = 5): Promise<FanOut> {
  const sockets: WebSocket[] = [];
  let received = 0;
  let t0 = 0;
  const latencies: number[] = [];
  let last = 0;
  for (let i = 0; i < count; i += 200) {
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(200, count - i) }, () => {
          const ws = new WebSocket(`ws://127.0.0.1:${raw.port}/`);
          ws.on('message', () => {
            // latencies are measured from the broadcast request
            received++;
            last = performance.now() - t0;
            latencies.push(last);
          });
          return new Promise<WebSocket>((resolve) => ws.on('open', () => resolve(ws)));
        }),
      )),
    );
  }
  const payload = 'x'.repeat(payloadBytes);
  const spans: number[] = [];
  let firstAt = 0;
  for (let r = 0; r < rounds; r++) {
    received = 0;
    firstAt = 0;
    t0 = performance.now();
    await fetch(`http://127.0.0.1:${raw.port}/broadcast`, { method: 'POST', body: payload });
    while (received < count) await new Promise((res) => setTimeout(res, 2));
    firstAt = Math.min(...latencies.slice(-count));
    spans.push(last - firstAt);
  }
  sockets.forEach((s) => s.close());
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), perSecond: count / (percentile(spans, 50) / 1000) };
}

async function explain(url: string): Promise<void> {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  const hz = (await pg.query(`SELECT id FROM body WHERE code = '330100'`)).rows[0].id;
  const directive = (await pg.query(`SELECT directive_id AS id FROM receipt GROUP BY directive_id ORDER BY COUNT(*) DESC LIMIT 1`)).rows[0].id;
  const cn = (await pg.query(`SELECT id FROM body WHERE code = 'CN'`)).rows[0].id;
  const plans: [string, string, unknown[]][] = [
    ['inbox page (receipts of a body, newest first)', `SELECT r.* FROM receipt r WHERE r.recipient_id = $1 ORDER BY r.seq DESC LIMIT 21`, [hz]],
    [
      'acknowledgement summary (receipts by directive)',
      `SELECT r.directive_id, COUNT(*), SUM(CASE WHEN r.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END) FROM receipt r INNER JOIN directive d ON d.id = r.directive_id WHERE r.directive_id IN ($1) GROUP BY r.directive_id`,
      [directive],
    ],
    [
      'unfunded mandates (delegations by status, year, coverage)',
      `SELECT d.* FROM delegation d INNER JOIN body_ancestry a ON a.descendant_id = d.grantee_id AND a.ancestor_id = $1 WHERE d.status = 'ACTIVE' AND d.fiscal_year = $2 AND d.coverage_ppm < 1000000 ORDER BY d.coverage_ppm ASC, d.id ASC LIMIT 51`,
      [cn, YEAR],
    ],
  ];
  for (const [title, sql, params] of plans) {
    const rows = (await pg.query(`EXPLAIN ANALYZE ${sql}`, params)).rows.map((r: Record<string, string>) => `    ${r['QUERY PLAN']}`);
    process.stdout.write(`\nEXPLAIN ANALYZE — ${title}\n${rows.join('\n')}\n`);
  }
  await pg.end();
}

export async function nationalBench(): Promise<void> {
  const data = await prepare();
  const env = hubEnv(data.url);
  const children: Child[] = [];
  try {
    const hub = await startChild('src/main.js', 4711, env, HUB_NODE_ARGS);
    children.push(hub);
    process.stderr.write('workload…\n');
    await workload(`http://127.0.0.1:${hub.port}/graphql`);
    const baseline = await startChild('tests/bench/baseline-inbox-server.js', 4712, {
      ...env,
      BASELINE_THREADS_SQL: BASELINE_THREADS,
    });
    children.push(baseline);
    const plain = await startChild('tests/bench/plain-graphql-server.js', 4717, env);
    children.push(plain);
    process.stderr.write('read scenarios (interleaved rounds)…\n');
    table(
      `Reads over HTTP (autocannon, 10 connections; interleaved rounds, medians; PostgreSQL, national data set with counties; ${require('node:os').cpus().length} cores, load average ${require('node:os').loadavg()[0].toFixed(1)} at start — other work on the machine skews absolute figures, ratios less)`,
      ['scenario', 'req/s', 'p50', 'p99', 'server CPU per request (ratio: theirs / the hub’s)', 'SQL statements per request', 'rows (inbox/threads/delegations)', 'errors'],
      await readScenarios(hub, baseline, plain),
    );
    process.stderr.write('write scenario…\n');
    table('Write', ['scenario', 'samples', 'p50', 'p99', 'max'], await writeScenario([{ name: 'hub', child: hub }], data.governments));

    process.stderr.write(`fan-out to ${data.governments.length} subscribers…\n`);
    const ours = await graphqlFanOut(hub, hub, data.governments);
    const raw = await startChild('tests/bench/raw-ws-server.js', 4713, {});
    children.push(raw);
    const rawResult = await rawFanOut(raw, data.governments.length, 420);
    await raw.stop();
    process.stderr.write('fan-out through Redis between two instances…\n');
    const redisEnv = { ...env, REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379', HUB_REDIS_PREFIX: `bench-${process.pid}` };
    const a = await startChild('src/main.js', 4714, redisEnv, HUB_NODE_ARGS);
    const b = await startChild('src/main.js', 4715, redisEnv, HUB_NODE_ARGS);
    children.push(a, b);
    const viaRedis = await graphqlFanOut(b, a, data.governments);
    const n = data.governments.length;
    table(`Fan-out of one directive to ${n} live subscribers`, ['path', 'p50 (from request)', 'p99', 'max', 'deliveries/s (first→last)', 'RSS per idle subscription'], [
      ['graphql-ws, one instance', ms(ours.p50), ms(ours.p99), ms(ours.max), ours.perSecond.toFixed(0), `${ours.kbPerSubscription!.toFixed(1)} KB`],
      ['raw ws broadcast (baseline)', ms(rawResult.p50), ms(rawResult.p99), ms(rawResult.max), rawResult.perSecond.toFixed(0), '—'],
      ['graphql-ws via Redis, A → B', ms(viaRedis.p50), ms(viaRedis.p99), ms(viaRedis.max), viaRedis.perSecond.toFixed(0), `${viaRedis.kbPerSubscription!.toFixed(1)} KB`],
      ['targets', '', 'p99 ≤ 1000 ms', '', `≥ 0.5× raw: ${(ours.perSecond / rawResult.perSecond).toFixed(2)}×`, '≤ 50 KB'],
      ['Redis cost at p50', `+${(viaRedis.p50 - ours.p50).toFixed(1)} ms`, '', '', '', 'target ≤ +2 ms'],
    ]);
    await explain(data.url);
  } finally {
    for (const c of children.reverse()) await c.stop();
    await data.db.drop();
  }
}

/**
 * This build's hub on a fresh national data set (PostgreSQL), and with `BENCH_BEFORE_DIST=<dir>` (an
 * earlier build, relative to the checkout) that build's on a data set of its own, on `port` and the
 * next; `run` measures them, then both are stopped and their databases dropped.
 */
async function withBuilds<T>(port: number, run: (builds: Build[], governments: string[]) => Promise<T>): Promise<T> {
  const beforeDist = process.env.BENCH_BEFORE_DIST;
  const scripts = [{ name: 'hub', script: 'src/main.js' }, ...(beforeDist ? [{ name: 'hub before', script: `../${beforeDist}/src/main.js` }] : [])];
  const datasets: Dataset[] = [];
  const builds: Build[] = [];
  try {
    for (const [i, { name, script }] of scripts.entries()) {
      const data = await prepare();
      datasets.push(data);
      builds.push({ name, child: await startChild(script, port + i, hubEnv(data.url), HUB_NODE_ARGS) });
    }
    return await run(builds, datasets[0].governments);
  } finally {
    for (const b of builds) await b.child.stop();
    for (const d of datasets) await d.db.drop();
  }
}

/** The write path alone: issueDirective to every municipal and county government (PostgreSQL). */
export async function issueDirectiveBench(): Promise<void> {
  await withBuilds(4716, async (builds, governments) =>
    table(`Write (PostgreSQL; load average ${require('node:os').loadavg()[0].toFixed(1)})`, ['scenario', 'samples', 'p50', 'p99', 'max'], await writeScenario(builds, governments)),
  );
}

/**
 * Fan-out at national scale alone: one subscriber per municipal and county government (3,184) on
 * one hub process; issueDirective with them live, delivery from request start, RSS per idle
 * subscription. Two builds (withBuilds) each get subscribers of their own and take turns round by round.
 */
export async function fanOutBench(rounds = Number(process.env.BENCH_ROUNDS ?? 10)): Promise<void> {
  await withBuilds(4765, async (builds, governments) => {
    const n = governments.length;
    const systems: { name: string; session: FanOutSession; rounds: FanOutRound[] }[] = [];
    try {
      for (const b of builds) systems.push({ name: b.name, session: await openFanOut(b.child, b.child, governments, builds.length > 1 ? `${b.name}: ` : ''), rounds: [] });
      for (let i = 0; i < rounds; i++) for (const s of systems) s.rounds.push(await s.session.round(i));
      // The floor on this machine: a plain `ws` server sending one payload to as many sockets.
      const raw = await startChild('tests/bench/raw-ws-server.js', 4767, {});
      const floor = await rawFanOut(raw, n, 420).finally(() => raw.stop());
      const rows: (string | number)[][] = [];
      const results = systems.map((s) => summarize(s.session, s.rounds, n));
      for (const [k, f] of results.entries()) {
        const [before, idle] = f.rss!;
        const who = systems.length > 1 ? ` (${systems[k].name})` : '';
        rows.push(
          [`issueDirective to ${n}, subscribers live${who}`, f.issueTimes!.length, ms(percentile(f.issueTimes!, 50)), ms(percentile(f.issueTimes!, 99)), ms(Math.max(...f.issueTimes!)), 'p50 ≤ 150 ms'],
          [`delivery from request start${who}`, n * rounds, ms(f.p50), ms(f.p99), ms(f.max), 'p99 ≤ 400 ms'],
          [`deliveries per second, first → last: hub / raw ws${who}`, '', f.perSecond.toFixed(0), floor.perSecond.toFixed(0), `${(f.perSecond / floor.perSecond).toFixed(2)}×`, ''],
          [`hub RSS per idle subscription${who}`, n, `${f.kbPerSubscription!.toFixed(1)} KB`, `(${(before / 1024).toFixed(0)} → ${(idle / 1024).toFixed(0)} MB)`, '', '≤ 30 KB'],
        );
      }
      rows.push([`raw ws broadcast to ${n} sockets, from request (floor)`, n * 5, ms(floor.p50), ms(floor.p99), ms(floor.max), '']);
      if (results.length > 1) rows.push([`delivery p99 ratio ${systems[0].name} / ${systems[1].name}`, '', '', `${(results[0].p99 / results[1].p99).toFixed(2)}×`, '', '']);
      table(`Fan-out to ${n} live subscribers (PostgreSQL; subscribers in their own process; ${rounds} rounds${systems.length > 1 ? ', the two builds in turns' : ''}; load average ${require('node:os').loadavg()[0].toFixed(1)})`, ['measure', 'samples', 'p50', 'p99', 'max', 'target'], rows);
    } finally {
      for (const s of systems) await s.session.close();
    }
  });
}

/**
 * The national data set after the workload, kept between runs as a template database
 * (`BENCH_TEMPLATE`, default below): the first run builds it (minutes), later runs clone it
 * (seconds). `BENCH_TEMPLATE=none` builds a fresh one and keeps nothing.
 */
async function preparedReads(env: Record<string, string>): Promise<TempDatabase> {
  const admin = process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL;
  const template = process.env.BENCH_TEMPLATE ?? 'hub_bench_national_template';
  const exists = async () => {
    const pg = new PgClient({ connectionString: admin });
    await pg.connect();
    try {
      return (await pg.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1;
    } finally {
      await pg.end();
    }
  };
  if (template !== 'none' && (await exists())) {
    process.stderr.write(`national data set from the template database ${template} (drop it to rebuild)\n`);
    return analyzed(await createTempDatabase(admin, 'hub_bench_national', template));
  }
  const data = await prepare();
  const hub = await startChild('src/main.js', 4718, { ...env, DATABASE_URL: data.url, NODE_ENV: 'test' });
  try {
    process.stderr.write('workload…\n');
    await workload(`http://127.0.0.1:${hub.port}/graphql`);
  } finally {
    await hub.stop();
  }
  if (template !== 'none') {
    const pg = new PgClient({ connectionString: admin });
    await pg.connect();
    await pg.query(`CREATE DATABASE "${template}" TEMPLATE "${data.db.name}"`).finally(() => pg.end());
    process.stderr.write(`kept the national data set as the template database ${template}\n`);
  }
  return analyzed(data.db);
}

/**
 * The planner's statistics as autovacuum keeps them on a live database: a copy made minutes after
 * 11,404 bodies were added has none for them (a template made before autovacuum came round), and
 * plans a sequential scan where an index serves (children pages 2.7 ms → 0.4 ms once analyzed).
 */
/**
 * A freshly loaded data set as a running hub's would be: statistics, visibility maps (autovacuum
 * would otherwise start on the new tables in the middle of a measurement) and no dirty buffers
 * left from the load for a checkpoint to write during one.
 */
async function analyzed(db: TempDatabase): Promise<TempDatabase> {
  const pg = new PgClient({ connectionString: db.url });
  await pg.connect();
  try {
    await pg.query('VACUUM ANALYZE');
    await pg.query('CHECKPOINT');
  } finally {
    await pg.end();
  }
  return db;
}

/** The reads alone (`npm run bench -- --only=reads`): the national data set and workload, then the interleaved comparison. */
// Every system of the read comparison runs with the young generation `npm start` gives the hub (docs/OPERATIONS.md).

export async function readsBench(): Promise<void> {
  const env = { HUB_JWT_SECRET: SECRET, NODE_ENV: 'production', HUB_RATE_LIMIT_ACCOUNT: '0', HUB_RATE_LIMIT_BODY: '0' };
  const db = await preparedReads(env);
  const children: Child[] = [];
  try {
    const withDb = { ...env, DATABASE_URL: db.url };
    // In production, as the issue measures it (statements per operation come from /metrics).
    const hub = await startChild('src/main.js', 4718, withDb, HUB_NODE_ARGS);
    children.push(hub);
    const baseline = await startChild('tests/bench/baseline-inbox-server.js', 4719, { ...withDb, BASELINE_THREADS_SQL: BASELINE_THREADS }, HUB_NODE_ARGS);
    const plain = await startChild('tests/bench/plain-graphql-server.js', 4720, withDb, HUB_NODE_ARGS);
    children.push(baseline, plain);
    // A build of an earlier commit (its dist/, relative to this one) as a fourth system: before/after.
    const before = process.env.BENCH_BEFORE_DIST ? await startChild(`../${process.env.BENCH_BEFORE_DIST}/src/main.js`, 4723, withDb, HUB_NODE_ARGS) : null;
    if (before) children.push(before);
    table(
      `Reads over HTTP (interleaved rounds, medians; machine shared with other work, load average ${require('node:os').loadavg()[0].toFixed(1)} at start)`,
      ['scenario', 'req/s', 'p50', 'p99', 'server CPU per request (ratio: theirs / the hub’s)', 'SQL statements per request', 'rows', 'errors'],
      await readScenarios(hub, baseline, plain, before),
    );
  } finally {
    for (const c of children.reverse()) await c.stop();
    await db.drop();
  }
}
