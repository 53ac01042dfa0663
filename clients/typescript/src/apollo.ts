import { connectionFields, possibleTypes, valueObjects } from './cache-shape.generated.js';

// Apollo Client cache configuration for the hub, written against Apollo's types structurally so
// the package does not depend on @apollo/client:
//   new InMemoryCache(hubCacheConfig)   or   new InMemoryCache({ possibleTypes, typePolicies })

/** The options of a field policy this package uses (a subset of Apollo's `FieldPolicy`). */
export interface HubFieldPolicy {
  keyArgs: string[] | false;
  merge(existing: Connection | undefined, incoming: Connection, options: { args: Record<string, any> | null }): Connection;
}

/** The options of a type policy this package uses (a subset of Apollo's `TypePolicy`). */
export interface HubTypePolicy {
  merge?: boolean;
  fields?: Record<string, HubFieldPolicy>;
}

interface Edge {
  cursor?: string;
  [key: string]: unknown;
}

interface Connection {
  edges?: Edge[];
  pageInfo?: { hasNextPage?: boolean; hasPreviousPage?: boolean; startCursor?: string | null; endCursor?: string | null; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Relay cursor pagination: pages fetched with `after` are appended after that cursor, pages with
 * `before` prepended before it, and a page without a cursor replaces the list (a refetch). One list
 * is kept per combination of the other arguments (`keyArgs`: filters, order).
 */
export function relayPagination(keyArgs: string[] | false = false): HubFieldPolicy {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing?.edges || !incoming.edges) return incoming;
      const at = (cursor: unknown) => existing.edges!.findIndex((e) => e.cursor === cursor);
      if (args?.after) {
        const i = at(args.after);
        const kept = i >= 0 ? existing.edges.slice(0, i + 1) : existing.edges;
        return { ...incoming, edges: [...kept, ...incoming.edges], pageInfo: { ...incoming.pageInfo, hasPreviousPage: !!existing.pageInfo?.hasPreviousPage, startCursor: existing.pageInfo?.startCursor ?? incoming.pageInfo?.startCursor ?? null } };
      }
      if (args?.before) {
        const i = at(args.before);
        const kept = i >= 0 ? existing.edges.slice(i) : existing.edges;
        return { ...incoming, edges: [...incoming.edges, ...kept], pageInfo: { ...incoming.pageInfo, hasNextPage: !!existing.pageInfo?.hasNextPage, endCursor: existing.pageInfo?.endCursor ?? incoming.pageInfo?.endCursor ?? null } };
      }
      return incoming;
    },
  };
}

function buildTypePolicies(): Record<string, HubTypePolicy> {
  const policies: Record<string, HubTypePolicy> = {};
  // Objects without an id (FiscalAllocation, AcknowledgementSummary, …) belong to their parent:
  // merge them, or a second query selecting other fields of them would drop the first's.
  for (const name of valueObjects) policies[name] = { merge: true };
  for (const [typeName, fields] of Object.entries(connectionFields)) {
    const policy = (policies[typeName] ??= {});
    policy.fields = Object.fromEntries(Object.entries(fields).map(([field, keyArgs]) => [field, relayPagination(keyArgs.length ? keyArgs : false)]));
  }
  return policies;
}

/** Type policies for every connection field and every id-less value object of the schema. */
export const typePolicies: Record<string, HubTypePolicy> = buildTypePolicies();

export { possibleTypes };

/** Everything an Apollo `InMemoryCache` needs for the hub: `new InMemoryCache(hubCacheConfig)`. */
export const hubCacheConfig = { possibleTypes, typePolicies };
