import 'reflect-metadata';
import { GraphQLSchema, GraphQLTypeResolver, isAbstractType, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { GraphQLDateTime } from '../platform/graphql/scalars';
import { AuthChecker, buildSchemaSync, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { AUTHENTICATED, PUBLIC } from '../platform/auth/roles';
import type { RequestContext } from '../platform/context';
import { forbidden, unauthenticated } from '../platform/errors/api-errors';
import { callFieldResolversDirectly } from '../platform/graphql/direct-resolvers';
import { createNodeResolver } from '../platform/graphql/node.resolver';
import { domains, nodeFetchers } from '../domains';

/** Every operation declares PUBLIC, AUTHENTICATED or roles; this enforces the declaration. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, declared) => {
  if (declared.includes(PUBLIC)) return true;
  if (!context.actor) throw unauthenticated();
  if (declared.includes(AUTHENTICATED)) return true;
  if (declared.some((role) => context.actor!.roles.has(role as never))) return true;
  throw forbidden(`This operation requires one of the roles ${declared.join(', ')} in the acting body.`);
};

let cached: GraphQLSchema | undefined;

// Arguments are checked by the services (platform/validation.ts), not by class-validator.
const VALIDATE = false;

export function buildHubSchema(): GraphQLSchema {
  if (cached) return cached;
  const resolvers = [createNodeResolver(nodeFetchers), ...domains.flatMap((d) => d.resolvers)] as unknown as NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  // A field read straight off its object (no @FieldResolver, same name in the schema) gets
  // graphql-js's default resolver, not type-graphql's per-field wrapper (an object and a middleware
  // dispatch for every value of every row). type-graphql's `simple` skips roles and middlewares, so
  // a field that has either is refused below rather than left unguarded.
  const simple = getMetadataStorage().fields.filter((f) => f.simple === undefined && f.name === f.schemaName);
  for (const field of simple) field.simple = true;
  cached = buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: VALIDATE,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    // Every subscription brings its own `subscribe` over the hub's pub/sub (ctx.pubsub); type-graphql
    // insists on a PubSub all the same, and this one is never published to.
    pubSub: createPubSub(),
  });
  // type-graphql wraps a declared resolveType in an async function: graphql-jit (executor.ts) cannot
  // await a type resolver, and graphql-js would pay a promise per abstract value. The hub's return
  // a type name (or nothing) at once, which is used as it is.
  for (const declared of [...getMetadataStorage().interfaceTypes, ...getMetadataStorage().unions]) {
    const type = cached.getType(declared.name);
    if (!declared.resolveType || !isAbstractType(type)) continue;
    const resolve = declared.resolveType as (...args: Parameters<GraphQLTypeResolver<unknown, RequestContext>>) => unknown;
    type.resolveType = (...args) => {
      const name = resolve(...args);
      if (name !== undefined && typeof name !== 'string') throw new Error(`resolveType of ${type.name} must return a type name, not ${String(name)}`);
      return name as string | undefined;
    };
  }
  callFieldResolversDirectly(cached, { validate: VALIDATE });
  const guarded = simple.filter((f) => f.roles?.length || f.middlewares?.length);
  if (guarded.length) throw new Error(`Fields with roles or middlewares cannot be simple: ${guarded.map((f) => `${f.target.name}.${f.name}`).join(', ')}`);
  const roots: [ReturnType<GraphQLSchema['getQueryType']>, string][] = [
    [cached.getQueryType(), 'Reads. Without a token the caller is the public and sees only what is public.'],
    [cached.getMutationType(), 'Changes. Each takes one `input` and answers a payload with `userErrors`; a refusal changes nothing.'],
    [cached.getSubscriptionType(), 'Live streams over WebSocket (graphql-transport-ws); resumable from a delivery cursor.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(buildHubSchema())) + '\n';
}
