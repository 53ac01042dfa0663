import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, ExecutionArgs, GraphQLError, GraphQLSchema, Kind, parse, print, SelectionNode, specifiedRules, validate, visit } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { HubConfig } from '../platform/config';
import type { RequestContext } from '../platform/context';
import { assertCost, LIMITS, limitRules, operationCost, parseOptions } from '../platform/graphql/limits';
import { RateBudget, rateLimitedError, RateLimiter } from '../platform/rate-limit';

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

function untrusted(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNTRUSTED_OPERATION, http: { status: 400 } } });
}

/**
 * What every operation passes before it runs, on HTTP and on WebSocket alike: the trusted-document
 * list (when configured), the static limits (tokens, depth, aliases, directives), the cost limit,
 * and the rate limit charged in cost points to the account and the body.
 */
export class Governor {
  private readonly trusted: TrustedDocuments | null;
  private readonly budgets = new WeakMap<object, { cost: number; budget: RateBudget | null }>();
  readonly rules: ReturnType<typeof limitRules>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly config: HubConfig,
    private readonly limiter: RateLimiter,
  ) {
    this.trusted = config.trustedDocuments ? new TrustedDocuments(config.trustedDocuments) : null;
    this.rules = limitRules(config.production);
  }

  /** Cost check and rate-limit charge; remembers the budget for the response. */
  async admit(ctx: RequestContext, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, clientKey: string): Promise<void> {
    const cost = operationCost(this.schema, document, variables, operationName);
    assertCost(cost, this.config.production);
    const keys: { key: string; limit: number }[] = [];
    if (ctx.actor) {
      if (this.config.rateLimitAccount > 0) keys.push({ key: `account:${ctx.actor.accountId}`, limit: this.config.rateLimitAccount });
      if (this.config.rateLimitBody > 0) keys.push({ key: `body:${ctx.actor.body.code}`, limit: this.config.rateLimitBody });
    } else if (this.config.rateLimitAccount > 0) {
      keys.push({ key: `public:${clientKey}`, limit: this.config.rateLimitAccount });
    }
    if (keys.length === 0) {
      this.budgets.set(ctx, { cost, budget: null });
      return;
    }
    const { ok, budget } = await this.limiter.charge(keys, cost);
    this.budgets.set(ctx, { cost, budget });
    if (!ok) throw rateLimitedError(budget, this.config.production);
  }

  /** Express middleware: swaps a trusted document id for its text, refuses untrusted text. */
  httpTrustedDocuments() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!this.trusted) return next();
      try {
        if (req.method === 'GET') {
          req.query.query = this.trusted.resolve(req.query.query, req.query.documentId, undefined);
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
            if (spent.budget) {
              response.http.headers.set('ratelimit-limit', String(spent.budget.limit));
              response.http.headers.set('ratelimit-remaining', String(spent.budget.remaining));
              response.http.headers.set('ratelimit-reset', String(Math.max(0, Math.ceil((spent.budget.resetAt - Date.now()) / 1000))));
            }
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
      const document = parse(query, parseOptions);
      const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
      if (errors.length) return errors;
      await this.admit(ctx, document, payload.variables ?? undefined, payload.operationName, clientKey);
      return { schema: this.schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue: ctx };
    } catch (err) {
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
  }
}
