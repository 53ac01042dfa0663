import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express, Request } from 'express';
import { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
import type { RateLimiter } from '../platform/rate-limit';

/** Operation names come from clients: past this many distinct ones, the rest share the label `other`. */
const MAX_OPERATION_LABELS = 200;
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100];

/** What the gauges read when Prometheus scrapes. */
export interface MetricSources {
  /** Operations running on the WebSockets of this instance. */
  liveSubscriptions(): number;
  /** Highest seq committed to the event log, and the highest this instance's relay has published. */
  relaySeqs(): Promise<{ committed: number; published: number }>;
}

/**
 * The hub's Prometheus series, one registry per hub (tests run several hubs in one process). Cheap
 * by construction: one histogram observation per request, one per root field (never per nested
 * field), gauges computed at scrape time.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requestSeconds = this.histogram(
    'hub_graphql_request_duration_seconds',
    'GraphQL operations, from the request to the answer, by operation name and transport (http, ws).',
    ['operation', 'transport'],
    LATENCY_BUCKETS,
  );
  readonly rootFieldSeconds = this.histogram(
    'hub_graphql_root_field_duration_seconds',
    'Resolver time of root query and mutation fields (nested fields are not measured: too costly).',
    ['field'],
    LATENCY_BUCKETS,
  );
  readonly statements = this.histogram(
    'hub_sql_statements_per_operation',
    'SQL statements one GraphQL operation issued over HTTP (answers from the public cache issue none).',
    ['operation'],
    STATEMENT_BUCKETS,
  );
  readonly rateLimitRefusals = this.counter(
    'hub_rate_limit_refusals_total',
    'Charges refused by a rate limit, by the kinds of budget charged (public = per client address without a token).',
    ['scope'],
  );
  readonly publicCache = this.counter(
    'hub_public_cache_requests_total',
    'Cacheable public GETs: hit (answered from memory), miss (executed), not_modified (304 to If-None-Match).',
    ['result'],
  );

  constructor(sources: MetricSources) {
    new Gauge({
      name: 'hub_live_subscriptions',
      help: 'Operations running on this instance’s WebSockets (subscriptions, mostly).',
      registers: [this.registry],
      collect() {
        this.set(sources.liveSubscriptions());
      },
    });
    const seqs = () => sources.relaySeqs().catch(() => null);
    new Gauge({
      name: 'hub_event_relay_lag',
      help: 'Events committed to the log and not yet published by this instance’s relay (seq committed − seq published).',
      registers: [this.registry],
      async collect() {
        const s = await seqs();
        if (s) this.set(Math.max(0, s.committed - s.published));
      },
    });
  }

  // Every series goes to this hub's registry, never the global one (tests run several hubs in one process).
  private histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** The text a scrape answers: this hub's series and the process's. */
  async text(): Promise<string> {
    return (await processRegistry().metrics()) + (await this.registry.metrics());
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Request latency and statements per operation over HTTP. */
  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    const metrics = this;
    return {
      async requestDidStart({ contextValue }) {
        const started = performance.now();
        let before: number | undefined;
        return {
          async didResolveOperation() {
            before = contextValue.statements?.count;
          },
          async willSendResponse({ operationName, response }) {
            const operation = metrics.operationLabel(operationName);
            metrics.requestSeconds.observe({ operation, transport: 'http' }, (performance.now() - started) / 1000);
            const now = contextValue.statements?.count;
            if (before !== undefined && now !== undefined && response.http.headers.get('x-hub-cache') !== 'hit') metrics.statements.observe({ operation }, now - before);
          },
        };
      },
    };
  }

  /** The limiter, counting its refusals. */
  countRefusals(limiter: RateLimiter): RateLimiter {
    return {
      charge: async (keys, cost) => {
        const result = await limiter.charge(keys, cost);
        if (!result.ok) this.rateLimitRefusals.inc({ scope: [...new Set(keys.map((k) => k.key.slice(0, k.key.indexOf(':'))))].sort().join('+') });
        return result;
      },
      close: () => limiter.close(),
    };
  }
}

let processSeries: Registry | undefined;

/** CPU, memory, event loop, GC: one set per process (they monitor the process, and hubs in tests share one). */
function processRegistry(): Registry {
  if (!processSeries) {
    processSeries = new Registry();
    collectDefaultMetrics({ register: processSeries, prefix: 'hub_' });
  }
  return processSeries;
}

const instrumented = new WeakSet<GraphQLSchema>();

/**
 * Times the root query and mutation fields through `ctx.observeRootField` (absent: no timing, one
 * property read). Wrapping only the roots keeps the cost per request, not per field.
 */
export function instrumentRootFields(schema: GraphQLSchema): void {
  if (instrumented.has(schema)) return;
  instrumented.add(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const timed: GraphQLFieldResolver<unknown, RequestContext> = (source, args, ctx, info) => {
        const observe = ctx?.observeRootField;
        if (!observe) return resolve(source, args, ctx, info);
        const started = performance.now();
        const done = () => observe(info.fieldName, (performance.now() - started) / 1000);
        try {
          const result = resolve(source, args, ctx, info);
          if (result instanceof Promise) return result.finally(done);
          done();
          return result;
        } catch (err) {
          done();
          throw err;
        }
      };
      field.resolve = timed as typeof resolve;
    }
  }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Who may read /metrics: `local` — a loopback socket that no proxy forwarded; `token` — the configured bearer token. */
export function metricsAllowed(config: HubConfig, req: Request): { ok: true } | { ok: false; status: 401 | 403 } {
  if (config.metrics === 'token') {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '');
    const expected = Buffer.from(config.metricsToken ?? '');
    return given.length === expected.length && expected.length > 0 && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, status: 401 };
  }
  // A proxy on the same host connects from loopback: a forwarding header marks a request that came from further away.
  const forwarded = req.header('x-forwarded-for') !== undefined || req.header('forwarded') !== undefined || req.header('x-real-ip') !== undefined;
  return LOOPBACK.test(req.socket.remoteAddress ?? '') && !forwarded ? { ok: true } : { ok: false, status: 403 };
}

/** GET /metrics in the Prometheus text format, unless HUB_METRICS=off. */
export function mountMetrics(app: Express, config: HubConfig, metrics: HubMetrics | null): void {
  if (!metrics || config.metrics === 'off') return;
  app.get('/metrics', async (req, res, next) => {
    const allowed = metricsAllowed(config, req);
    if (!allowed.ok) {
      if (allowed.status === 401) res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.status(allowed.status).type('text/plain').send(allowed.status === 401 ? 'Unauthorized\n' : 'Forbidden: /metrics answers local callers only (HUB_METRICS)\n');
      return;
    }
    try {
      const body = await metrics.text();
      res.setHeader('cache-control', 'no-store');
      res.type(metrics.registry.contentType).send(body);
    } catch (err) {
      next(err);
    }
  });
}
