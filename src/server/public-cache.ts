import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { PUBLIC } from '../platform/auth/roles';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
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
  etag: string;
}

/**
 * Public reads over GET, cacheable by anyone: a query whose root fields are all @Public(), asked
 * without a token, is answered with `Cache-Control: public, max-age` and a strong ETag (a hash of
 * the body), 304 to a matching If-None-Match, and kept in an in-process cache keyed by document
 * hash, operation name and variables. Every other answer is `private, no-store`.
 *
 * The cache holds answers of one generation of the event log: every committed event (this
 * instance's commits at COMMIT, other instances' when this instance's relay publishes them) starts
 * a new generation and empties it, and an answer computed while a generation ended is not kept.
 * Every change the public can see is recorded as an event (the hub's one way to have side
 * effects), so an answer from the cache equals what executing the query would return — on another
 * instance, from the moment its relay has read the event (the Redis hint: milliseconds; the poll:
 * at most a second).
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
            key = `${queryHash}\n${operation.name?.value ?? ''}\n${stableJson(request.variables ?? {})}`;
            generation = cache.generation;
            hit = cache.config.publicCacheEntries > 0 ? cache.entries.get(key) : undefined;
            if (!hit) return null;
            cache.entries.delete(key); // most recently used last
            cache.entries.set(key, hit);
            // A copy: the other plugins add their extensions to the answer they are given.
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { ...hit.result, extensions: { ...hit.result.extensions } } } };
          },
          async willSendResponse(rc) {
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
    if (response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return false;
    const result = response.body.singleResult;
    if (result.errors?.length) return false; // a refusal or a failure is never shared
    // What differs between callers or executions stays out of a shared body: the caller's budget is in the RateLimit-* headers.
    if (result.extensions) {
      const { rateLimit: _budget, sqlStatements: _statements, ...rest } = result.extensions as Record<string, unknown>;
      result.extensions = Object.keys(rest).length ? rest : undefined;
      if (!result.extensions) delete result.extensions;
    }
    let entry = hit;
    if (!entry) {
      entry = { result: { ...result }, etag: `"${createHash('sha256').update(JSON.stringify(result)).digest('base64url')}"` };
      if (this.config.publicCacheEntries > 0 && generation === this.generation) {
        this.entries.set(key, entry);
        if (this.entries.size > this.config.publicCacheEntries) this.entries.delete(this.entries.keys().next().value!);
      }
    }
    const headers = response.http.headers;
    headers.set('cache-control', this.cacheControl());
    headers.set('etag', entry.etag);
    headers.set('vary', 'Accept, Authorization');
    headers.set('x-hub-cache', hit ? 'hit' : 'miss');
    const match = rc.request.http?.headers.get('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')) {
      response.http.status = 304;
      this.metrics?.publicCache.inc({ result: 'not_modified' });
    } else this.metrics?.publicCache.inc({ result: hit ? 'hit' : 'miss' });
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
