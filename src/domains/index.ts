// Every domain of the hub, in one place: its tables, its GraphQL resolvers, the object types it
// serves through `node(id:)`, and its demo data. The server, the CLI and the tests read this list.
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../platform/audit/audit-event.entity';
import { HubMeta } from '../platform/database/hub-meta.entity';
import type { NodeFetcher } from '../platform/graphql/node.resolver';
import { Body, BodyAncestry } from './bodies/body.entity';
import { BodyResolver } from './bodies/body.resolver';
import { centralAndProvincialRows, insertBodies, Progress } from './bodies/body.seed';
import { findBodyById } from './bodies/body.service';
import { ViewerResolver } from './identity/viewer.resolver';

export interface Domain {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  nodes?: Record<string, NodeFetcher>;
  /** Loads this domain's demo data; runs once, in order, inside one transaction. */
  seedDemo?: (em: EntityManager, progress: (label: string) => Progress) => Promise<void>;
}

export const domains: Domain[] = [
  {
    name: 'platform',
    entities: [AuditEvent, HubMeta],
    resolvers: [],
  },
  {
    name: 'bodies',
    entities: [Body, BodyAncestry],
    resolvers: [BodyResolver],
    nodes: { [Body.typename]: findBodyById },
    seedDemo: async (em, progress) => {
      await insertBodies(em, centralAndProvincialRows(), progress('bodies'));
    },
  },
  {
    name: 'identity',
    entities: [],
    resolvers: [ViewerResolver],
  },
];

export const entities = domains.flatMap((d) => d.entities);
export const nodeFetchers: Record<string, NodeFetcher> = Object.assign({}, ...domains.map((d) => d.nodes ?? {}));
