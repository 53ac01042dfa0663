import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, FormattedExecutionResult, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { PUBLIC } from '../platform/auth/roles';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
import { operationCost } from '../platform/graphql/limits';
import { type Governor, rateLimitHeaders, sendError } from './governor';
import type { HubMetrics } from './metrics';

/** Answers never shared between callers. */
export const PRIVATE = 'private, no-store';

/** Root query fields declared @Public() — what a caller without a token may ask for. */
export function publicRootQueries(): Set<string> {
  const storage = getMetadataStorage();
  const isPublic = new Set(storage.authorizedFields.filter((a) => a.roles.includes(PUBLIC)).map((a) => `${a.target.name}.${a.fieldName}`));
  return new Set(storage.queries.filter((q) => isPublic.has(`${q.target.name}.${q.methodName}`)).map((q) => q.schemaName));
}

/** The root field names an operation selects, through fragments; null when one of them is not public. */
function allRootFieldsPublic(document: DocumentNode, operation: OperationDefinitionNode, publicFields: Set<string>): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__typename' || publicFields.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return true;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return !!fragment && walk(fragment.selectionSet);
    });
  return walk(operation.selectionSet);
}

interface Entry {
  result: FormattedExecutionResult;
  /** The body as Apollo writes it (JSON and a newline): what the express fast path sends. */
  body: string;
  etag: string;
  /** What executing it costs: a hit is charged the same. */
  cost: number;
  /** Date.now() when it was stored. */
  storedAt: number;
  operation: string | null;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/**
 * The media type of a shared answer, chosen by the hub (not left to Apollo) so that an answer from
 * either path has the same headers: the acceptable type of the highest q, the client's first on a
 * tie; null (Apollo answers 406) when neither JSON type is acceptable.
 */
export function sharedMediaType(accept: string | undefined | null): string | null {
  if (!accept) return JSON_TYPE;
  let best: { type: string; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    const type = range === 'application/graphql-response+json' ? GRAPHQL_RESPONSE_TYPE : range === 'application/json' || range === 'application/*' || range === '*/*' ? JSON_TYPE : null;
    if (type && (!best || q > best.q)) best = { type, q };
  }
  return best?.type ?? null;
}

/** Apollo's CSRF rule for a GET: a header a cross-site page cannot send without a preflight. */
function passesCsrfCheck(req: Request): boolean {
  if (req.headers['apollo-require-preflight'] !== undefined || req.headers['x-apollo-operation-name'] !== undefined) return true;
  const type = req.headers['content-type'];
  return type !== undefined && !/^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i.test(type);
}

function cacheKey(queryHash: string, operationName: string | null | undefined, variables: unknown): string {
  return `${queryHash}\n${operationName ?? ''}\n${stableJson(variables ?? {})}`;
}

/**
 * Public reads over GET, cacheable by anyone: a query whose root fields are all @Public(), asked
 * without a token, is answered with `Cache-Control: public, max-age` and a strong ETag (a hash of
 * the body), 304 to a matching If-None-Match, and kept in an in-process cache keyed by document
 * hash, operation name and variables. Every other answer is `private, no-store`.
 *
 * The cache holds answers of one generation: every committed event (this instance's at COMMIT,
 * other instances' when this instance's relay publishes them) and every mutation on this instance
 * starts a new generation and empties it, and an answer computed while a generation ended is not
 * kept. So an answer from the cache equals what executing the query would return — on another
 * instance, from the moment its relay has read the event (the Redis hint: milliseconds; the poll:
 * at most a second). Entries also age out after max-age (see `fresh`).
 */
export class PublicResponseCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly publicFields = publicRootQueries();
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly config: Pick<HubConfig, 'publicCacheEntries' | 'publicCacheMaxAge'>,
    private readonly metrics: HubMetrics | null,
  ) {}

  /** A committed event may have changed what the public sees. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private cacheable(queryHash: string, document: DocumentNode, operation: OperationDefinitionNode): boolean {
    const key = `${queryHash}:${operation.name?.value ?? ''}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = operation.operation === 'query' && allRootFieldsPublic(document, operation, this.publicFields);
      if (this.verdicts.size > 10_000) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /**
   * Express middleware before Apollo: answers a tokenless GET that is in the cache without parsing,
   * a context or Apollo's pipeline — charging the address the operation's cost all the same. Anything
   * it is not sure of goes on to Apollo, which answers it (from the cache too, when it can).
   */
  httpFastPath(governor: Governor) {
    return async (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || this.entries.size === 0 || req.headers.authorization !== undefined || !passesCsrfCheck(req)) return next();
      const started = performance.now();
      const url = new URL(req.url, 'http://hub.invalid');
      const params = url.searchParams;
      const query = params.get('query');
      let hash: string | undefined;
      let variables: unknown;
      try {
        // A trusted-document id is the sha256 of the document's text, as is an automatic persisted query's hash.
        hash = query
          ? createHash('sha256').update(query).digest('hex')
          : (params.get('documentId')?.replace(/^sha256:/, '') ?? (JSON.parse(params.get('extensions') ?? 'null') as { persistedQuery?: { sha256Hash?: string } } | null)?.persistedQuery?.sha256Hash);
        variables = JSON.parse(params.get('variables') ?? '{}');
      } catch {
        return next(); // Apollo reports malformed parameters
      }
      const type = sharedMediaType(req.headers.accept);
      const entry = hash && type ? this.fresh(cacheKey(hash, params.get('operationName'), variables)) : undefined;
      if (!entry || !type) return next();
      try {
        const { refused, budget } = await governor.chargePublic(req.ip ?? 'unknown', entry.cost);
        if (refused) return sendError(req, res, refused);
        if (budget) for (const [name, value] of rateLimitHeaders(budget)) res.setHeader(name, value);
        this.setSharedHeaders((name, value) => res.setHeader(name, value), entry, true, type);
        if (this.notModified(req.headers['if-none-match'], entry.etag, true)) res.status(304).end();
        else res.status(200).send(entry.body);
        this.metrics?.requestSeconds.observe({ operation: this.metrics.operationLabel(entry.operation), transport: 'http' }, (performance.now() - started) / 1000);
      } catch (err) {
        next(err);
      }
    };
  }

  /**
   * An entry young enough to serve. Besides the event log, entries age out after max-age (at least
   * a second): that bounds answers that change with the clock (overdue counts) and changes recorded
   * without a hub event on another instance (body and post administration, audited only).
   */
  private fresh(key: string): Entry | undefined {
    if (this.config.publicCacheEntries <= 0) return undefined;
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.storedAt < Math.max(1, this.config.publicCacheMaxAge) * 1000) return entry;
    if (entry) this.entries.delete(key);
    return undefined;
  }

  /** Whether If-None-Match holds the answer's tag (304); counts the answer as not_modified, hit or miss. */
  private notModified(ifNoneMatch: string | undefined | null, etag: string, hit: boolean): boolean {
    const match = !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
    this.metrics?.publicCache.inc({ result: match ? 'not_modified' : hit ? 'hit' : 'miss' });
    return match;
  }

  private setSharedHeaders(set: (name: string, value: string) => void, entry: Entry, hit: boolean, type: string): void {
    set('cache-control', this.cacheControl());
    set('etag', entry.etag);
    set('vary', 'Accept, Authorization');
    set('content-type', type);
    set('x-hub-cache', hit ? 'hit' : 'miss');
  }

  private cacheControl(): string {
    return this.config.publicCacheMaxAge > 0 ? `public, max-age=${this.config.publicCacheMaxAge}` : 'public, no-cache';
  }

  /** Registered last: it reads the body as the other plugins left it. */
  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    const cache = this;
    return {
      async requestDidStart({ request, contextValue }) {
        let key: string | null = null;
        let generation = -1;
        let hit: Entry | undefined;
        return {
          async responseForOperation({ queryHash, document, operation }) {
            if (request.http?.method !== 'GET' || contextValue.actor || request.http.headers.has('authorization')) return null;
            if (!operation || !queryHash || !cache.cacheable(queryHash, document, operation)) return null;
            key = cacheKey(queryHash, request.operationName, request.variables);
            generation = cache.generation;
            hit = cache.fresh(key);
            if (!hit) return null;
            cache.entries.delete(key); // most recently used last
            cache.entries.set(key, hit);
            // A copy: the other plugins add their extensions to the answer they are given.
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { ...hit.result, extensions: { ...hit.result.extensions } } } };
          },
          async willSendResponse(rc) {
            // A change that records no hub event (body administration) still ends this instance's generation.
            if (rc.operation?.operation === 'mutation') cache.invalidate();
            const headers = rc.response.http.headers;
            if (key === null || !cache.share(rc, key, generation, hit)) headers.set('cache-control', PRIVATE);
          },
        };
      },
    };
  }

  /** Makes a public answer shareable (headers, 304, storing); false when it is not to be shared after all. */
  private share(rc: GraphQLRequestContextWillSendResponse<RequestContext>, key: string, generation: number, hit: Entry | undefined): boolean {
    const { response } = rc;
    const type = sharedMediaType(rc.request.http?.headers.get('accept'));
    if (!type || response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return false;
    const result = response.body.singleResult;
    if (result.errors?.length) return false; // a refusal or a failure is never shared
    // What differs between callers or executions stays out of a shared body: the caller's budget is in the RateLimit-* headers.
    if (result.extensions) {
      const { rateLimit: _budget, sqlStatements: _statements, ...rest } = result.extensions as Record<string, unknown>;
      if (Object.keys(rest).length) result.extensions = rest;
      else delete result.extensions;
    }
    let entry = hit;
    if (!entry) {
      const body = JSON.stringify(result) + '\n'; // as Apollo writes it
      const cost = rc.document ? operationCost(rc.schema, rc.document, rc.request.variables, rc.request.operationName) : 0;
      entry = { result: { ...result }, body, etag: `"${createHash('sha256').update(body).digest('base64url')}"`, cost, operation: rc.operationName ?? null, storedAt: Date.now() };
      if (this.config.publicCacheEntries > 0 && generation === this.generation) {
        this.entries.set(key, entry);
        if (this.entries.size > this.config.publicCacheEntries) this.entries.delete(this.entries.keys().next().value!);
      }
    }
    const headers = response.http.headers;
    this.setSharedHeaders((name, value) => headers.set(name, value), entry, !!hit, type);
    if (this.notModified(rc.request.http?.headers.get('if-none-match'), entry.etag, !!hit)) response.http.status = 304;
    return true;
  }
}

/** JSON with sorted keys: `{a,b}` and `{b,a}` are one cache entry. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}
