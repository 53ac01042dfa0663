import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AuthChecker, buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { AUTHENTICATED, PUBLIC } from '../platform/auth/roles';
import type { RequestContext } from '../platform/context';
import { forbidden, unauthenticated } from '../platform/errors/api-errors';
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

export function buildHubSchema(): GraphQLSchema {
  if (cached) return cached;
  const resolvers = [createNodeResolver(nodeFetchers), ...domains.flatMap((d) => d.resolvers)] as unknown as NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  cached = buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    // Every subscription brings its own `subscribe` over the hub's pub/sub in the request context;
    // type-graphql only insists that one is configured.
    pubSub: { publish: () => undefined, subscribe: () => { throw new Error('subscriptions subscribe through ctx.pubsub'); } },
  });
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
