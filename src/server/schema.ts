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
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(buildHubSchema())) + '\n';
}
