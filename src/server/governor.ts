import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, ExecutionArgs, GraphQLError, GraphQLSchema, Kind, parse, print, SelectionNode, specifiedRules, validate, visit } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Actor } from '../platform/auth/actor';
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
  resolve(query: unknown, documentId: unknown): string {
    const id = typeof documentId === 'string' ? documentId.replace(/^sha256:/, '') : undefined;
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

/** One operation as a transport received it, before anything was made of it. */
export interface GateRequest {
  /** The document text (HTTP body or query string, or the subscribe payload). */
  query: unknown;
  /** A trusted-document id (`documentId`, or an automatic persisted query's sha256Hash). */
  documentId?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  /** The client address, charged for the public and for refusals. */
  clientKey: string;
}

/** Who is calling, asked only as far as the gate gets: the static checks run before either. */
export interface GateCaller {
  /** The account a refusal is charged to, known without the database (null: none or not verifiable). */
  accountId(): Promise<string | null>;
  /** The caller the operation is admitted for; may throw when the token is bad (the transport answers that). */
  actor(): Promise<Actor | null>;
}

/** What the operation cost and the caller's budget after the charge (for RateLimit-* headers). */
export interface Admission {
  cost: number;
  budget: RateBudget | null;
}

/**
 * The gate's verdict: admitted (run it), refused (answer the error; charged), or invalid (syntax or
 * validation errors, which each transport reports in its own format).
 */
export type GateOutcome =
  | { kind: 'admitted'; query: string; document: DocumentNode; admission: Admission }
  | { kind: 'refused'; error: GraphQLError; admission?: Admission }
  | { kind: 'invalid'; errors: readonly GraphQLError[] };

// Parsed documents are kept (up to ~150 KB each at the token limit): a bounded few hundred.
const VALIDATED_CACHE = 500;

/**
 * What every operation passes before it runs, on HTTP and on WebSocket alike, in one function
 * (`gate`): the trusted-document list (when configured), the static limits (size, tokens, depth,
 * aliases, directives, fragment cycles), validation within a time bound, the cost limit, and the
 * rate limit charged in cost points to the account and the body. The limits run first, before the
 * caller is identified or the database is touched, and are linear in the document's size; a
 * refusal is charged to the caller's account and to the client address as the costliest operation
 * admitted, so refusals are not free. The transports differ only in how they answer (the adapters
 * below: `httpGate`, `apolloPlugin`, `admitWs`).
 */
export class Governor {
  private readonly trusted: TrustedDocuments | null;
  /**
   * Documents that passed the limits and validation, by the hash of their text (most recent last):
   * a repeated operation is neither parsed nor validated again, and its cost without variables is
   * computed once per operation name.
   */
  private readonly validated = new Map<string, { document: DocumentNode; costs: Map<string, number> }>();
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

  /** The gate: trusted documents → size, parse, static limits, bounded validation → cost → identify → rate limit. */
  async gate(request: GateRequest, caller: GateCaller): Promise<GateOutcome> {
    let query: string;
    try {
      query = this.trusted ? this.trusted.resolve(request.query, request.documentId) : (request.query as string);
    } catch (err) {
      // A hash lookup, cheaper than any operation: answered, not charged.
      if (err instanceof GraphQLError) return { kind: 'refused', error: err };
      throw err;
    }
    if (typeof query !== 'string') return { kind: 'invalid', errors: [new GraphQLError('The request has no query document.', { extensions: { code: 'BAD_REQUEST' } })] };
    const checked = this.check(query, request.variables ?? undefined, request.operationName);
    if (checked.kind === 'invalid') return checked;
    if (checked.kind === 'refused') return { kind: 'refused', error: await this.chargeRefusal(checked.error, await caller.accountId(), request.clientKey) };
    const actor = await caller.actor();
    const { ok, admission } = await this.charge(actor, checked.cost, request.clientKey);
    if (!ok) return { kind: 'refused', error: rateLimitedError(admission.budget!, this.config.production), admission };
    return { kind: 'admitted', query, document: checked.document, admission };
  }

  /** Size, parse, static limits, bounded validation and cost of one document. */
  private check(query: string, variables: Record<string, unknown> | undefined, operationName: string | null | undefined):
    | { kind: 'ok'; document: DocumentNode; cost: number }
    | { kind: 'refused'; error: GraphQLError }
    | { kind: 'invalid'; errors: readonly GraphQLError[] } {
    const production = this.config.production;
    if (query.length > LIMITS.documentChars) return { kind: 'refused', error: limitError(production, `${query.length} characters > ${LIMITS.documentChars}`) };
    const hash = createHash('sha256').update(query).digest('hex');
    let known = this.validated.get(hash);
    if (known) {
      this.validated.delete(hash);
      this.validated.set(hash, known);
    } else {
      let document: DocumentNode;
      try {
        document = parse(query, parseOptions);
      } catch (err) {
        if (err instanceof GraphQLError) return { kind: 'invalid', errors: [err] };
        throw err;
      }
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
      this.validated.set(hash, (known = { document, costs: new Map() }));
      if (this.validated.size > VALIDATED_CACHE) this.validated.delete(this.validated.keys().next().value!);
    }
    const { document, costs } = known;
    // The cost depends on the variables (page sizes): only a call without any is remembered, under
    // a client-chosen operation name, so a bounded few per document.
    const constant = (!variables || Object.keys(variables).length === 0) && costs.size < 16;
    let cost = constant ? costs.get(operationName ?? '') : undefined;
    if (cost === undefined) {
      cost = operationCost(this.schema, document, variables, operationName);
      if (constant) costs.set(operationName ?? '', cost);
    }
    if (!(cost <= LIMITS.cost)) return { kind: 'refused', error: limitError(production, `cost ${cost} > ${LIMITS.cost}`) };
    return { kind: 'ok', document, cost };
  }

  /**
   * Charges a refused operation to the caller's account (when known) and the client address, as
   * much as the costliest operation admitted. Returns the error to answer: the refusal itself, or
   * RATE_LIMITED once those budgets are spent.
   */
  private async chargeRefusal(error: GraphQLError, accountId: string | null, clientKey: string): Promise<GraphQLError> {
    const keys = [
      ...(this.publicLimit > 0 ? [{ key: `public:${clientKey}`, limit: this.publicLimit }] : []),
      ...(accountId && this.config.rateLimitAccount > 0 ? [{ key: `account:${accountId}`, limit: this.config.rateLimitAccount }] : []),
    ];
    if (keys.length === 0) return error;
    const { ok, budget } = await this.limiter.charge(keys, LIMITS.cost);
    return ok ? error : rateLimitedError(budget, this.config.production);
  }

  /** Charges an admitted operation's cost to the account and the body (or, for the public, the address). */
  private async charge(actor: Actor | null, cost: number, clientKey: string): Promise<{ ok: boolean; admission: Admission }> {
    const keys: { key: string; limit: number }[] = [];
    if (actor) {
      if (this.config.rateLimitAccount > 0) keys.push({ key: `account:${actor.accountId}`, limit: this.config.rateLimitAccount });
      if (this.config.rateLimitBody > 0) keys.push({ key: `body:${actor.body.code}`, limit: this.config.rateLimitBody });
    } else if (this.publicLimit > 0) {
      // The public portal: one budget per client address (req.ip, right behind a configured proxy).
      keys.push({ key: `public:${clientKey}`, limit: this.publicLimit });
    }
    if (keys.length === 0) return { ok: true, admission: { cost, budget: null } };
    const { ok, budget } = await this.limiter.charge(keys, cost);
    return { ok, admission: { cost, budget } };
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

  /**
   * HTTP adapter, Express middleware first on /graphql after the body is read: runs the gate before
   * a context is built or Apollo sees the request. A refusal is answered here; an admitted
   * operation goes on with its admission in `res.locals` (the context carries it to
   * `apolloPlugin`); syntax and validation errors, and a token that does not identify anyone, go on
   * to Apollo, which reports them in its own format. `identify` looks the caller up once per request
   * (the context reuses it).
   */
  httpGate(identify: (req: Request, res: Response) => Promise<Actor | null>) {
    return async (req: Request, res: Response, next: NextFunction) => {
      const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
      if (!params || typeof params !== 'object' || Array.isArray(params)) return next();
      if (!this.trusted && typeof params.query !== 'string') return next(); // Apollo answers a request without a document
      let variables = params.variables;
      if (typeof variables === 'string') {
        try {
          variables = JSON.parse(variables);
        } catch {
          return next(); // Apollo refuses malformed variables
        }
      }
      let unidentified = false;
      const extensions = typeof params.extensions === 'string' ? parseJson(params.extensions) : params.extensions; // a GET carries it as JSON text
      const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
      try {
        const outcome = await this.gate(
          {
            query: params.query,
            documentId: params.documentId ?? persisted?.sha256Hash,
            variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
            operationName: typeof params.operationName === 'string' ? params.operationName : undefined,
            clientKey: req.ip ?? 'unknown',
          },
          { accountId: () => this.accountOf(req.headers.authorization), actor: () => identify(req, res).catch((err: unknown) => ((unidentified = true), Promise.reject(err))) },
        );
        if (outcome.kind === 'refused') return answerRefusal(req, res, outcome.error, outcome.admission);
        if (outcome.kind === 'admitted') {
          res.locals.admission = outcome.admission;
          // Apollo runs the document the gate admitted (the text behind a trusted-document id).
          if (this.trusted) {
            if (req.method === 'GET') {
              // Apollo reads a GET from req.url (express 5 recomputes req.query from it on every read).
              const url = new URL(req.url, 'http://hub.invalid');
              url.searchParams.set('query', outcome.query);
              url.searchParams.delete('documentId');
              if (persisted) url.searchParams.delete('extensions');
              req.url = url.pathname + url.search;
            } else {
              params.query = outcome.query;
              if (persisted) delete (params.extensions as { persistedQuery?: unknown }).persistedQuery;
            }
          }
        }
        next();
      } catch (err) {
        // A token that identifies no one is answered by the context, as Apollo does; anything else is a failure.
        next(unidentified ? undefined : err);
      }
    };
  }

  /**
   * HTTP adapter inside Apollo: an operation that reached it without the gate's admission (an
   * automatic persisted query sent by hash alone) passes the same gate here; every response carries
   * the cost and the caller's budget.
   */
  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    const governor = this;
    return {
      async requestDidStart({ contextValue }) {
        return {
          async didResolveOperation({ source, request, operationName }) {
            if (contextValue.admission) return;
            const caller = contextValue.actor;
            const outcome = await governor.gate(
              { query: source, variables: request.variables, operationName, clientKey: contextValue.clientKey ?? 'unknown' },
              { accountId: async () => caller?.accountId ?? null, actor: async () => caller },
            );
            if (outcome.kind !== 'invalid') contextValue.admission = outcome.admission;
            if (outcome.kind === 'refused') throw outcome.error;
            if (outcome.kind === 'invalid') throw outcome.errors[0];
          },
          async willSendResponse({ response }) {
            const spent = contextValue.admission;
            if (!spent) return;
            if (spent.budget) for (const [name, value] of rateLimitHeaders(spent.budget)) response.http.headers.set(name, value);
            if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...admissionExtensions(spent) };
          },
        };
      },
    };
  }

  /** WebSocket adapter (graphql-ws onSubscribe): the gate, answered as execution args or errors. */
  async admitWs(ctx: RequestContext, payload: SubscribePayload, clientKey: string): Promise<ExecutionArgs | readonly GraphQLError[]> {
    try {
      const ext = payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
      const outcome = await this.gate(
        { query: payload.query, documentId: (payload as { documentId?: unknown }).documentId ?? ext?.persistedQuery?.sha256Hash, variables: payload.variables, operationName: payload.operationName, clientKey },
        { accountId: async () => ctx.actor?.accountId ?? null, actor: async () => ctx.actor },
      );
      if (outcome.kind === 'refused') return [outcome.error];
      if (outcome.kind === 'invalid') return outcome.errors;
      return { schema: this.schema, document: outcome.document, variableValues: payload.variables, operationName: payload.operationName, contextValue: Object.assign(ctx, { admission: outcome.admission }) };
    } catch (err) {
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
  }
}


// Two different limits, named apart: `cost.maximum` caps one operation, `rateLimit` is the
// caller's per-minute budget (the RateLimit-* headers).
function admissionExtensions({ cost, budget }: Admission): Record<string, unknown> {
  return {
    cost: { requested: cost, maximum: LIMITS.cost },
    ...(budget ? { rateLimit: { limit: budget.limit, remaining: budget.remaining, resetAt: new Date(budget.resetAt).toISOString(), windowSeconds: 60 } } : {}),
  };
}

/** A refusal over HTTP, in the shape and with the status and headers Apollo would give it. */
function answerRefusal(req: Request, res: Response, error: GraphQLError, admission: Admission | undefined): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  for (const [name, value] of [...(admission?.budget ? rateLimitHeaders(admission.budget) : []), ...(http?.headers ?? [])]) res.setHeader(name, value);
  res.status(http?.status ?? 400);
  res.type(req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json' ? 'application/graphql-response+json' : 'application/json');
  res.send(JSON.stringify({ errors: [{ message: error.message, extensions }], ...(admission ? { extensions: admissionExtensions(admission) } : {}) }));
}
