import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, ExecutionArgs, GraphQLError, GraphQLSchema, Kind, parse, print, SelectionNode, specifiedRules, validate, visit } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { TokenVerifier } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
import { LIMITS, limitError, limitRules, operationCost, parseOptions, staticLimitError, validationDeadlineRule, ValidationTimeout } from '../platform/graphql/limits';
import { RateBudget, rateLimitedError, RateLimiter } from '../platform/rate-limit';
import { bearerToken } from './identity';

export const UNTRUSTED_OPERATION = 'OPERATION_NOT_TRUSTED';

/** The persisted-document manifest of the generated client: hash → document. */
class TrustedDocuments {
  private readonly byHash = new Map<string, string>();
  private readonly canonical = new Set<string>();

  constructor(file: string) {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [hash, document] of Object.entries(manifest)) {
      this.byHash.set(hash.replace(/^sha256:/, ''), document);
      this.canonical.add(canonical(parse(document)));
    }
  }

  /** The query to run for a request, or an error when it is not in the manifest. */
  resolve(query: unknown, documentId: unknown, persistedHash: unknown): string {
    const id = typeof documentId === 'string' ? documentId.replace(/^sha256:/, '') : typeof persistedHash === 'string' ? persistedHash : undefined;
    if (id !== undefined) {
      const found = this.byHash.get(id);
      if (!found) throw untrusted('No trusted document has this id.');
      return found;
    }
    if (typeof query !== 'string') throw untrusted('Send a documentId from the trusted-document manifest.');
    if (this.byHash.has(createHash('sha256').update(query).digest('hex'))) return query;
    try {
      if (this.canonical.has(canonical(parse(query, parseOptions)))) return query;
    } catch {
      // unparsable: not trusted either
    }
    throw untrusted('Only the operations of the trusted-document manifest are accepted.');
  }
}

/** Order-insensitive print: the manifest stores documents with their selections sorted. */
function canonical(document: DocumentNode): string {
  const sorted = visit(document, {
    Document: (node) => ({ ...node, definitions: [...node.definitions].sort((a, b) => print(a).localeCompare(print(b))) }),
    SelectionSet: (node) => ({ ...node, selections: [...node.selections].sort((a, b) => key(a).localeCompare(key(b))) }),
  });
  return print(sorted).replace(/\s+/g, ' ');
}

function key(node: SelectionNode): string {
  if (node.kind === Kind.FIELD) return `1${node.alias?.value ?? node.name.value}`;
  if (node.kind === Kind.FRAGMENT_SPREAD) return `2${node.name.value}`;
  return `3${node.typeCondition?.name.value ?? ''}`;
}

/** A refusal answered by express, before Apollo: the error's status and headers, a GraphQL error body. */
export function sendError(req: Request, res: Response, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  res.status(http?.status ?? 400);
  res.type(req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json' ? 'application/graphql-response+json' : 'application/json');
  res.send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}

/** The RateLimit-* headers of a budget. */
export function rateLimitHeaders(budget: RateBudget): [string, string][] {
  return [
    ['ratelimit-limit', String(budget.limit)],
    ['ratelimit-remaining', String(budget.remaining)],
    ['ratelimit-reset', String(Math.max(0, Math.ceil((budget.resetAt - Date.now()) / 1000)))],
  ];
}

function parseJson(text: string | null): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function untrusted(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNTRUSTED_OPERATION, http: { status: 400 } } });
}

/** What the first checks made of a document: go on, refused (charged), or invalid (reported by the transport). */
export type Verdict = { kind: 'ok'; document: DocumentNode } | { kind: 'refused'; error: GraphQLError } | { kind: 'invalid'; errors: readonly GraphQLError[] };

const VALIDATED_CACHE = 1000;

/**
 * What every operation passes before it runs, on HTTP and on WebSocket alike: the trusted-document
 * list (when configured), the static limits (size, tokens, depth, aliases, directives, fragment
 * cycles), validation within a time bound, the cost limit, and the rate limit charged in cost
 * points to the account and the body. The limits run first, before the caller is identified or the
 * database is touched, and are linear in the document's size; a refusal is charged to the caller's
 * account and to the client address as the costliest operation admitted, so refusals are not free.
 */
export class Governor {
  private readonly trusted: TrustedDocuments | null;
  private readonly budgets = new WeakMap<object, { cost: number; budget: RateBudget | null }>();
  /** Hashes of documents that passed the limits and validation (most recent last). */
  private readonly validated = new Map<string, true>();
  readonly rules: ReturnType<typeof limitRules>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly config: HubConfig,
    private readonly limiter: RateLimiter,
    private readonly verifier?: TokenVerifier,
  ) {
    this.trusted = config.trustedDocuments ? new TrustedDocuments(config.trustedDocuments) : null;
    this.rules = limitRules(config.production);
  }

  /** Cost points per minute of one client address without a token. */
  private get publicLimit(): number {
    return this.config.rateLimitPublic ?? this.config.rateLimitAccount;
  }

  /** Size, parse, static limits, bounded validation and cost of one request's document. */
  check(query: string, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined): Verdict {
    const production = this.config.production;
    if (query.length > LIMITS.documentChars) return { kind: 'refused', error: limitError(production, `${query.length} characters > ${LIMITS.documentChars}`) };
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (err) {
      if (err instanceof GraphQLError) return { kind: 'invalid', errors: [err] };
      throw err;
    }
    const hash = createHash('sha256').update(query).digest('hex');
    if (this.validated.has(hash)) {
      this.validated.delete(hash);
      this.validated.set(hash, true);
    } else {
      const limited = staticLimitError(document, production);
      if (limited) return { kind: 'refused', error: limited };
      let errors: readonly GraphQLError[];
      try {
        errors = validate(this.schema, document, [...specifiedRules, validationDeadlineRule()]);
      } catch (err) {
        if (err instanceof ValidationTimeout) return { kind: 'refused', error: limitError(production, err.message) };
        throw err;
      }
      if (errors.length) return { kind: 'invalid', errors };
      this.validated.set(hash, true);
      if (this.validated.size > VALIDATED_CACHE) this.validated.delete(this.validated.keys().next().value!);
    }
    const cost = operationCost(this.schema, document, variables, operationName);
    if (!(cost <= LIMITS.cost)) return { kind: 'refused', error: limitError(production, `cost ${cost} > ${LIMITS.cost}`) };
    return { kind: 'ok', document };
  }

  /**
   * Charges a refused operation to the caller's account (when known) and the client address, as
   * much as the costliest operation admitted. Returns the error to answer: the refusal itself, or
   * RATE_LIMITED once those budgets are spent.
   */
  async refuse(error: GraphQLError, accountId: string | null, clientKey: string): Promise<GraphQLError> {
    const keys = [
      ...(this.publicLimit > 0 ? [{ key: `public:${clientKey}`, limit: this.publicLimit }] : []),
      ...(accountId && this.config.rateLimitAccount > 0 ? [{ key: `account:${accountId}`, limit: this.config.rateLimitAccount }] : []),
    ];
    if (keys.length === 0) return error;
    const { ok, budget } = await this.limiter.charge(keys, LIMITS.cost);
    return ok ? error : rateLimitedError(budget, this.config.production);
  }

  /** Cost check and rate-limit charge; remembers the budget for the response. */
  async admit(ctx: RequestContext, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, clientKey: string): Promise<void> {
    const cost = operationCost(this.schema, document, variables, operationName);
    if (!(cost <= LIMITS.cost)) throw await this.refuse(limitError(this.config.production, `cost ${cost} > ${LIMITS.cost}`), ctx.actor?.accountId ?? null, clientKey);
    const keys: { key: string; limit: number }[] = [];
    if (ctx.actor) {
      if (this.config.rateLimitAccount > 0) keys.push({ key: `account:${ctx.actor.accountId}`, limit: this.config.rateLimitAccount });
      if (this.config.rateLimitBody > 0) keys.push({ key: `body:${ctx.actor.body.code}`, limit: this.config.rateLimitBody });
    } else if (this.publicLimit > 0) {
      // The public portal: one budget per client address (req.ip, right behind a configured proxy).
      keys.push({ key: `public:${clientKey}`, limit: this.publicLimit });
    }
    if (keys.length === 0) {
      this.budgets.set(ctx, { cost, budget: null });
      return;
    }
    const { ok, budget } = await this.limiter.charge(keys, cost);
    this.budgets.set(ctx, { cost, budget });
    if (!ok) throw rateLimitedError(budget, this.config.production);
  }

  /**
   * Express middleware, first on /graphql after the body is read: refuses a document over the
   * limits before the caller's token is looked up, a context is built or Apollo sees it. Syntax
   * and validation errors go on to Apollo, which reports them in its own format.
   */
  httpGate() {
    return async (req: Request, res: Response, next: NextFunction) => {
      const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
      if (!params || typeof params !== 'object' || Array.isArray(params) || typeof params.query !== 'string') return next();
      let variables = params.variables;
      if (typeof variables === 'string') {
        try {
          variables = JSON.parse(variables);
        } catch {
          return next(); // Apollo refuses malformed variables
        }
      }
      const verdict = this.check(params.query, variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined, typeof params.operationName === 'string' ? params.operationName : undefined);
      if (verdict.kind !== 'refused') return next();
      try {
        sendError(req, res, await this.refuse(verdict.error, await this.accountOf(req.headers.authorization), req.ip ?? 'unknown'));
      } catch (err) {
        next(err);
      }
    };
  }

  /**
   * Charges an answer served from the public cache to the client address, as much as executing
   * it costs: one gate, whichever way the answer is made. Null when the address has no budget.
   */
  async chargePublic(clientKey: string, cost: number): Promise<{ refused: GraphQLError | null; budget: RateBudget | null }> {
    if (this.publicLimit <= 0) return { refused: null, budget: null };
    const { ok, budget } = await this.limiter.charge([{ key: `public:${clientKey}`, limit: this.publicLimit }], cost);
    return { refused: ok ? null : rateLimitedError(budget, this.config.production), budget };
  }

  /** The account a bearer token names, verified without the database; null when absent or invalid. */
  private async accountOf(authorization: unknown): Promise<string | null> {
    try {
      const token = bearerToken(authorization);
      return token && this.verifier ? (await this.verifier.verify(token)).sub : null;
    } catch {
      return null;
    }
  }

  /** Express middleware: swaps a trusted document id for its text, refuses untrusted text. */
  httpTrustedDocuments() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!this.trusted) return next();
      try {
        if (req.method === 'GET') {
          // Apollo reads a GET from req.url (express 5's req.query is recomputed from it on every read).
          const url = new URL(req.url, 'http://hub.invalid');
          const params = url.searchParams;
          const ext = parseJson(params.get('extensions')) as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
          params.set('query', this.trusted.resolve(params.get('query') ?? undefined, params.get('documentId') ?? undefined, ext?.persistedQuery?.sha256Hash));
          params.delete('documentId');
          if (ext?.persistedQuery) params.delete('extensions');
          req.url = url.pathname + url.search;
        } else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
          const body = req.body as { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
          body.query = this.trusted.resolve(body.query, body.documentId, body.extensions?.persistedQuery?.sha256Hash);
          if (body.extensions?.persistedQuery) delete body.extensions.persistedQuery;
        }
        next();
      } catch (err) {
        res.status(400).json({ errors: [{ message: (err as Error).message, extensions: { code: UNTRUSTED_OPERATION } }] });
      }
    };
  }

  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    const governor = this;
    return {
      async requestDidStart({ contextValue }) {
        return {
          async didResolveOperation({ document, request, operationName }) {
            await governor.admit(contextValue, document, request.variables, operationName, contextValue.clientKey ?? 'unknown');
          },
          async willSendResponse({ response }) {
            const spent = governor.budgets.get(contextValue);
            if (!spent) return;
            if (spent.budget) for (const [name, value] of rateLimitHeaders(spent.budget)) response.http.headers.set(name, value);
            if (response.body.kind === 'single') {
              // Two different limits, named apart: `cost.maximum` caps one operation, `rateLimit`
              // is the caller's per-minute budget (the RateLimit-* headers).
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                cost: { requested: spent.cost, maximum: LIMITS.cost },
                ...(spent.budget
                  ? { rateLimit: { limit: spent.budget.limit, remaining: spent.budget.remaining, resetAt: new Date(spent.budget.resetAt).toISOString(), windowSeconds: 60 } }
                  : {}),
              };
            }
          },
        };
      },
    };
  }

  /** graphql-ws onSubscribe: the same checks as HTTP; returns execution args or errors. */
  async admitWs(ctx: RequestContext, payload: SubscribePayload, clientKey: string): Promise<ExecutionArgs | readonly GraphQLError[]> {
    try {
      const ext = payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
      const query = this.trusted ? this.trusted.resolve(payload.query, (payload as { documentId?: unknown }).documentId, ext?.persistedQuery?.sha256Hash) : payload.query;
      const verdict = this.check(query, payload.variables, payload.operationName);
      if (verdict.kind === 'refused') return [await this.refuse(verdict.error, ctx.actor?.accountId ?? null, clientKey)];
      if (verdict.kind === 'invalid') return verdict.errors;
      await this.admit(ctx, verdict.document, payload.variables ?? undefined, payload.operationName, clientKey);
      return { schema: this.schema, document: verdict.document, variableValues: payload.variables, operationName: payload.operationName, contextValue: ctx };
    } catch (err) {
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
  }
}
