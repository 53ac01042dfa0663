import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../platform/context';
import type { Database } from '../platform/database/data-source';
import type { Logger } from '../platform/logger';

export type Progress = (done: number, total: number) => void;

/** What a domain's demo seed gets: the transaction, and contexts acting as a given body. */
export interface SeedKit {
  em: EntityManager;
  db: Database;
  log: Logger;
  progress: (label: string) => Progress;
  /** A request context inside the seed transaction, acting for `bodyCode` with these roles. */
  as(bodyCode: string, roles: string[]): Promise<RequestContext>;
}
