import autocannon from 'autocannon';
import type { EntityManager } from 'typeorm';
import { Body } from '../../src/domains/bodies/body.entities';
import { ReformTask } from '../../src/domains/tasks/task.entities';
import { createTask } from '../../src/domains/tasks/task.service';
import { publishObject, recordDisclosureReview } from '../../src/domains/transparency/publication.service';
import type { HubConfig } from '../../src/platform/config';
import { LoaderRegistry, type RequestContext } from '../../src/platform/context';
import { runInTransaction } from '../../src/platform/database/transaction';
import { transactionEvents } from '../../src/platform/events/outbox';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import type { Hub } from '../../src/server/hub';
import { Role } from '../../src/platform/auth/roles';
import { benchHub, gql, ms, table } from './support';

/**
 * A public read over GET, answered from the in-process public cache vs executed every time (the
 * same hub configuration with HUB_PUBLIC_CACHE_ENTRIES=0). The query is a parameter: the default
 * is a page of 50 of a province's 1,000 public tasks (issue #15); `--public-read=directives` is a
 * page of publicDirectives; `--public-query` / `--public-variables` switch to any other, with
 * `prepare` inserting what it reads.
 */
export interface PublicReadOptions {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** Inserts the data the query reads, once per hub. */
  prepare?: (hub: Hub, token: (body: string, roles: Role[]) => Promise<string>) => Promise<void>;
  seconds?: number;
}

/** The earlier default, kept for `--public-read=directives`: a page of 50 of 120 public directives. */
export const PUBLIC_DIRECTIVES_READ: PublicReadOptions = {
  label: 'publicDirectives(first: 50), 120 public directives',
  query: `query PublicDirectivesPage($first: Int, $after: String) { publicDirectives(first: $first, after: $after) { edges { cursor node { id title issuedAt issuer { code name } } } pageInfo { hasNextPage endCursor } } }`,
  variables: { first: 50 },
  prepare: async (hub, token) => {
    const lead = await token('330000', [Role.LEAD]);
    for (let i = 0; i < 120; i++) {
      const r = await gql(hub.url, lead, `mutation Issue($input: IssueDirectiveInput!) { issueDirective(input: $input) { userErrors { code } } }`, {
        input: { title: `公开指令 ${i}`, content: '阳光改革', recipientCodes: ['330100'], public: true },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  },
};

/** A context acting for a body with these roles inside `em`'s transaction (as the demo seed's `kit.as`). */
async function actingAs(hub: Hub, em: EntityManager, bodyCode: string, roles: Role[], requestId: string): Promise<RequestContext> {
  const body = await em.findOneOrFail(Body, { where: { code: bodyCode } });
  const actor = { accountId: `bench:${bodyCode}`, body: { rowId: body.rowId, code: body.code, level: body.level, kind: body.kind, parentId: body.parentId }, roles: new Set(roles), expiresAt: null };
  return { requestId, actor, events: transactionEvents(em, hub.db, actor, requestId), db: hub.db, em, loaders: new LoaderRegistry(), log: hub.log, pubsub: hub.pubsub };
}

const ZHEJIANG_CITIES = ['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100'];
const PUBLIC_TASKS = 1000;
const BATCH = 250;

/**
 * Issue #15: a page of 50 of Zhejiang's public tasks (1,000 published by the bench, plus the demo's
 * Zhejiang share) — its subtree join, the count and the executor/assigner bodies.
 */
export const PUBLIC_TASKS_READ: PublicReadOptions = {
  label: `publicTasks(330000, year, first: 50), ${PUBLIC_TASKS.toLocaleString('en')} bench tasks`,
  query: `query PublicTasksPage($bodyCode: String, $year: Int, $first: Int, $after: String) { publicTasks(bodyCode: $bodyCode, year: $year, first: $first, after: $after) { totalCount edges { cursor node { id code title target year deadline progress status overdue executor { code name level } assignedBy { code } } } pageInfo { hasNextPage endCursor } } }`,
  variables: { bodyCode: '330000', year: new Date().getUTCFullYear(), first: 50 },
  // Through the services, not bulk rows: createTask, then recordDisclosureReview and publishObject
  // by Zhejiang's OFFICER and LEAD — what the portal's demo does — in transactions of 250 tasks, so
  // the rows, Publication rows, audit and events are exactly what the act writes (seconds per hub).
  prepare: async (hub) => {
    const year = new Date().getUTCFullYear();
    // Due in this year (the query's year), later than now.
    const deadline = new Date(Math.max(Date.UTC(year, 11, 31, 12), Date.now() + 86_400_000));
    for (let start = 0; start < PUBLIC_TASKS; start += BATCH) {
      await runInTransaction(hub.db, undefined, async (em) => {
        const assigner = await actingAs(hub, em, '330000', [Role.LEAD], `bench-public-tasks-${start}`);
        const officer = await actingAs(hub, em, '330000', [Role.OFFICER], `bench-public-tasks-${start}`);
        for (let i = start; i < Math.min(start + BATCH, PUBLIC_TASKS); i++) {
          const task = await createTask(assigner, { code: `BENCH-PUB-${i}`, title: `公开任务 ${i}`, target: '按期完成并公开进展', executorCode: ZHEJIANG_CITIES[i % ZHEJIANG_CITIES.length], deadline });
          const id = toGlobalId(ReformTask.typename, task.rowId);
          await recordDisclosureReview(officer, id);
          await publishObject(assigner, id);
        }
      });
    }
    const page = await gql<{ publicTasks: { totalCount: number; edges: unknown[] } }>(hub.url, undefined, PUBLIC_TASKS_READ.query, PUBLIC_TASKS_READ.variables);
    if (!page.data || page.data.publicTasks.totalCount < PUBLIC_TASKS || page.data.publicTasks.edges.length !== 50) throw new Error(`the bench's tasks are not public: ${JSON.stringify(page).slice(0, 300)}`);
  },
};

export const DEFAULT_PUBLIC_READ: PublicReadOptions = PUBLIC_TASKS_READ;

/**
 * `--public-read=directives` picks the publicDirectives variant; `--public-query='query …'` and
 * `--public-variables='{"first":50}'` measure any other public query (nothing prepared).
 */
export function publicReadFromArgs(argv: string[]): PublicReadOptions {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const query = arg('public-query');
  if (!query) return arg('public-read') === 'directives' ? PUBLIC_DIRECTIVES_READ : DEFAULT_PUBLIC_READ;
  return { label: arg('public-label') ?? query.slice(0, 60), query, variables: JSON.parse(arg('public-variables') ?? '{}') as Record<string, unknown> };
}

async function measure(url: string, seconds: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url, method: 'GET', connections: 10, duration: seconds, headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Rows: [database, request, served, SQL statements, p50, p99, req/s, errors]; the last row is the ratio. */
export async function benchPublicRead(dialect: 'sqlite' | 'postgres', options: PublicReadOptions = DEFAULT_PUBLIC_READ): Promise<(string | number)[][]> {
  const seconds = options.seconds ?? 8;
  const rows: (string | number)[][] = [];
  const figures: Record<string, number> = {};
  // Throughput is measured here, not the per-address budget (0: off).
  const variants: [string, Partial<HubConfig>][] = [
    ['from the cache', { publicCacheEntries: 1000 }],
    ['executed (cache off)', { publicCacheEntries: 0 }],
  ];
  for (const [served, extra] of variants) {
    const b = await benchHub(dialect, { rateLimitAccount: 0, rateLimitBody: 0, rateLimitPublic: 0, ...extra });
    try {
      await options.prepare?.(b.hub, b.token);
      const url = `${b.hub.url}?query=${encodeURIComponent(options.query)}&variables=${encodeURIComponent(JSON.stringify(options.variables))}`;
      const check = await fetch(url, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
      const body = (await check.json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
      if (check.status !== 200 || body.errors) throw new Error(`public read failed: ${check.status} ${JSON.stringify(body)}`);
      const statements = await gql(b.hub.url, undefined, options.query, options.variables).then((r) => Number(r.extensions?.sqlStatements));
      const m = await measure(url, seconds);
      figures[served] = m.rps;
      rows.push([b.label, options.label, served, served === 'from the cache' ? 0 : statements, ms(m.p50), ms(m.p99), Math.round(m.rps), m.errors]);
    } finally {
      await b.stop();
    }
  }
  rows.push([rows[0][0], options.label, 'cache ÷ executed', '', '', '', `${(figures['from the cache'] / figures['executed (cache off)']).toFixed(1)}×`, '']);
  return rows;
}

export function printPublicRead(rows: (string | number)[][]): void {
  table('Public read over GET: from the public cache vs executed (10 connections)', ['database', 'request', 'served', 'SQL statements', 'p50', 'p99', 'req/s', 'errors'], rows);
}
