import path from 'node:path';
import { DEFAULT_ADMIN_URL } from './database/postgres-admin';

export type Dialect = 'sqlite' | 'postgres';

/** Everything the hub reads from its environment, parsed once. */
export interface HubConfig {
  port: number;
  production: boolean;
  dialect: Dialect;
  databaseUrl?: string;
  /** Directory of the embedded database and the generated development secret. */
  dataDir: string;
  /** File of the embedded database; ':memory:' is allowed for tools. */
  sqliteFile: string;
  redisUrl?: string;
  /** Prefix of the hub's Redis channels (several deployments may share one Redis). */
  redisPrefix: string;
  jwtSecret?: string;
  jwksUrl?: string;
  /** The only `iss` accepted in tokens (HUB_JWT_ISSUER; unset: not checked). `hub token` and the development sign-in set it. */
  jwtIssuer?: string;
  /** The `aud` values, one of which a token must name (HUB_JWT_AUDIENCE, comma-separated; unset: not checked). */
  jwtAudience?: string[];
  logLevel: string;
  /** Serve the GraphiQL explorer on GET /graphql for browsers. */
  explorer: boolean;
  /** Report `extensions.sqlStatements` per response (never in production). */
  exposeSqlCount: boolean;
  dbPoolSize: number;
  /** Statement texts each PostgreSQL connection keeps prepared (0: none, e.g. behind a transaction-pooling proxy). */
  preparedStatements: number;
  /** Cost points per minute per account (0: no limit). */
  rateLimitAccount: number;
  /** Cost points per minute per body (0: no limit). */
  rateLimitBody: number;
  /** Cost points per minute per client address for tokenless requests (HUB_RATE_LIMIT_PUBLIC; unset: rateLimitAccount; 0: no limit). */
  rateLimitPublic?: number;
  /**
   * Express `trust proxy` (HUB_TRUST_PROXY): which proxies may name the client address in
   * X-Forwarded-For — a hop count or a list of addresses/subnets (`loopback`, `10.0.0.0/8`). False
   * (unset): the socket's address is the client, and a forwarded header is ignored.
   */
  trustProxy: false | number | string[];
  /** max-age of public cacheable GET answers, seconds (HUB_PUBLIC_CACHE_MAX_AGE; 0: revalidate every time). */
  publicCacheMaxAge: number;
  /** Answers held by the in-process cache of public GETs (HUB_PUBLIC_CACHE_ENTRIES; 0: off). */
  publicCacheEntries: number;
  /** GET /metrics (HUB_METRICS): `off`, `local` (loopback callers without forwarding headers) or `token` (HUB_METRICS_TOKEN as a bearer token). */
  metrics: 'off' | 'local' | 'token';
  metricsToken?: string;
  /** Public writes (comments, suggestions) per minute per client address (0: no limit). */
  publicWritesPerAddress: number;
  /** Public writes per minute per target (a decision in consultation, a body) (0: no limit). */
  publicWritesPerTarget: number;
  /** Live events held per subscription for a slow subscriber before its connection is closed. */
  subscriptionBuffer: number;
  /** Persisted-document manifest; when set, only its operations are accepted. */
  trustedDocuments?: string;
  statementTimeoutMs: number;
  /** Stack traces in error responses (NODE_ENV=development only). */
  stackTraces: boolean;
  /** PostgreSQL server used by tools that create scratch databases (migration generate, tests). */
  pgAdminUrl: string;
  /** Origins whose pages may open the WebSocket (HUB_WS_ORIGINS); unset: see websocketOriginAllowed. */
  wsOrigins?: string[];
  /** Operations one WebSocket may have running at once (HUB_WS_MAX_SUBSCRIPTIONS); 0: no limit. */
  wsMaxSubscriptions: number;
  /** Open WebSockets per account on one instance (HUB_WS_MAX_SOCKETS_PER_ACCOUNT); 0: no limit. */
  wsMaxSocketsPerAccount: number;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** A comma-separated list; unset or blank: undefined. */
function listOf(value: string | undefined): string[] | undefined {
  const items = (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** Parses HUB_WS_ORIGINS (origins are compared normalized, e.g. without a default port): comma-separated origins (`https://hub.example.gov.cn`), or `*` for any. */
export function parseOrigins(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      if (o === '*') return o;
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new Error(`HUB_WS_ORIGINS: "${o}" is not an origin such as https://hub.example.gov.cn`);
      }
      if (url.origin === 'null' || url.pathname !== '/' || url.search || url.hash) throw new Error(`HUB_WS_ORIGINS: "${o}" is not an origin such as https://hub.example.gov.cn`);
      return url.origin;
    });
}

/** Parses HUB_TRUST_PROXY: unset/false/0, a hop count, or comma-separated addresses, subnets and `loopback`/`linklocal`/`uniquelocal`. */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const v = value?.trim() ?? '';
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  // `true` would believe any X-Forwarded-For, so any caller could pick its own rate-limit key.
  if (v.toLowerCase() === 'true') throw new Error('HUB_TRUST_PROXY=true would trust a forwarded address from anyone: give the hop count or the proxies\' addresses');
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function metricsMode(value: string | undefined, token: string | undefined): HubConfig['metrics'] {
  const mode = (value || 'local').toLowerCase();
  if (mode !== 'off' && mode !== 'local' && mode !== 'token') throw new Error(`HUB_METRICS must be off, local or token, got "${value}"`);
  if (mode === 'token' && (!token || token.length < 16)) throw new Error('HUB_METRICS=token needs HUB_METRICS_TOKEN of at least 16 characters');
  return mode;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded database)');
  }
  const dataDir = path.resolve(env.HUB_DATA_DIR || './data');
  return {
    port: int('PORT', env.PORT, 4000),
    production,
    dialect: databaseUrl ? 'postgres' : 'sqlite',
    databaseUrl,
    dataDir,
    sqliteFile: env.HUB_SQLITE_FILE || path.join(dataDir, 'hub.sqlite'),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.HUB_REDIS_PREFIX || 'hub',
    jwtSecret: env.HUB_JWT_SECRET || undefined,
    jwksUrl: env.HUB_JWKS_URL || undefined,
    jwtIssuer: env.HUB_JWT_ISSUER || undefined,
    jwtAudience: listOf(env.HUB_JWT_AUDIENCE),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    explorer: bool(env.HUB_EXPLORER, !production),
    exposeSqlCount: !production && bool(env.HUB_EXPOSE_SQL_COUNT, true),
    dbPoolSize: int('HUB_DB_POOL_SIZE', env.HUB_DB_POOL_SIZE, 10),
    preparedStatements: int('HUB_PG_PREPARED_STATEMENTS', env.HUB_PG_PREPARED_STATEMENTS, 100),
    rateLimitAccount: int('HUB_RATE_LIMIT_ACCOUNT', env.HUB_RATE_LIMIT_ACCOUNT, 100_000),
    rateLimitBody: int('HUB_RATE_LIMIT_BODY', env.HUB_RATE_LIMIT_BODY, 500_000),
    rateLimitPublic: env.HUB_RATE_LIMIT_PUBLIC ? int('HUB_RATE_LIMIT_PUBLIC', env.HUB_RATE_LIMIT_PUBLIC, 0) : undefined,
    trustProxy: parseTrustProxy(env.HUB_TRUST_PROXY),
    publicCacheMaxAge: int('HUB_PUBLIC_CACHE_MAX_AGE', env.HUB_PUBLIC_CACHE_MAX_AGE, 30),
    publicCacheEntries: int('HUB_PUBLIC_CACHE_ENTRIES', env.HUB_PUBLIC_CACHE_ENTRIES, 1000),
    metrics: metricsMode(env.HUB_METRICS, env.HUB_METRICS_TOKEN),
    metricsToken: env.HUB_METRICS_TOKEN || undefined,
    publicWritesPerAddress: int('HUB_PUBLIC_WRITES_PER_ADDRESS', env.HUB_PUBLIC_WRITES_PER_ADDRESS, 10),
    publicWritesPerTarget: int('HUB_PUBLIC_WRITES_PER_TARGET', env.HUB_PUBLIC_WRITES_PER_TARGET, 600),
    trustedDocuments: env.HUB_TRUSTED_DOCUMENTS || undefined,
    subscriptionBuffer: int('HUB_SUBSCRIPTION_BUFFER', env.HUB_SUBSCRIPTION_BUFFER, 500),
    statementTimeoutMs: int('HUB_STATEMENT_TIMEOUT_MS', env.HUB_STATEMENT_TIMEOUT_MS, 15_000),
    wsOrigins: parseOrigins(env.HUB_WS_ORIGINS),
    stackTraces: !production && env.NODE_ENV === 'development',
    pgAdminUrl: env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL,
    wsMaxSubscriptions: int('HUB_WS_MAX_SUBSCRIPTIONS', env.HUB_WS_MAX_SUBSCRIPTIONS, 50),
    wsMaxSocketsPerAccount: int('HUB_WS_MAX_SOCKETS_PER_ACCOUNT', env.HUB_WS_MAX_SOCKETS_PER_ACCOUNT, 20),
  };
}
