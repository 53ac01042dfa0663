import autocannon from 'autocannon';
import type { HubConfig } from '../../src/platform/config';
import type { Hub } from '../../src/server/hub';
import { Role } from '../../src/platform/auth/roles';
import { benchHub, gql, ms, table } from './support';

/**
 * A public read over GET, answered from the in-process public cache vs executed every time (the
 * same hub configuration with HUB_PUBLIC_CACHE_ENTRIES=0). The query is a parameter: the default
 * is a page of publicDirectives; `--public-query` / `--public-variables` switch it, e.g. to
 * publicTasks of a province at page 50, with `prepare` inserting what it reads.
 */
export interface PublicReadOptions {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** Inserts the data the query reads, once per hub. */
  prepare?: (hub: Hub, token: (body: string, roles: Role[]) => Promise<string>) => Promise<void>;
  seconds?: number;
}

export const DEFAULT_PUBLIC_READ: PublicReadOptions = {
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

/** `--public-query='query …'` and `--public-variables='{"first":50}'` override the default query. */
export function publicReadFromArgs(argv: string[]): PublicReadOptions {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const query = arg('public-query');
  if (!query) return DEFAULT_PUBLIC_READ;
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
