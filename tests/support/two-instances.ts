import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import type { HubConfig } from '../../src/platform/config';
import { HubDeadline } from '../../src/platform/events/hub-event.entity';
import type { HubEventKind } from '../../src/platform/events/event-map';
import { Hub, startHub } from '../../src/server/hub';
import { TEST_SECRET } from './env';
import { freshStorage, StorageHandle } from './hub';
import { waitFor } from './test-hub';

/** A configuration on the shared Redis, under a key prefix of its own. */
export function withRedis(config: HubConfig, prefix = 'hub-test', overrides: Partial<HubConfig> = {}): HubConfig {
  return { ...config, redisUrl: process.env.HUB_TEST_REDIS_URL || 'redis://127.0.0.1:6379', redisPrefix: `${prefix}-${randomBytes(4).toString('hex')}`, port: 0, ...overrides };
}

/** A token for an account of `body` with these roles. */
export const token = (body: string, roles: Role[]) => signToken(TEST_SECRET, { sub: `test:${body}`, body, roles, ttlSeconds: 3600 });

export interface TwoInstances {
  readonly a: Hub;
  readonly b: Hub;
  /** The fresh database both share (and its configuration). */
  readonly storage: StorageHandle;
  /** Stops both, runs `whileStopped`, and starts both again on the same database and Redis. */
  restart(whileStopped?: () => Promise<unknown>): Promise<void>;
}

/** Two hub instances over one fresh PostgreSQL database and one Redis, for the test file. */
export function useTwoInstances(): TwoInstances {
  let storage: StorageHandle | undefined;
  let config: HubConfig;
  let hubs: [Hub, Hub] | undefined;
  const current = () => {
    if (!hubs || !storage) throw new Error('useTwoInstances(): the hubs start in beforeAll');
    return { hubs, storage };
  };
  beforeAll(async () => {
    storage = await freshStorage();
    config = withRedis(storage.config);
    hubs = [await startHub(config), await startHub(config)];
  });
  afterAll(async () => {
    for (const hub of hubs ?? []) await hub.stop();
    await storage?.dispose();
  });
  return {
    get a() {
      return current().hubs[0];
    },
    get b() {
      return current().hubs[1];
    },
    get storage() {
      return current().storage;
    },
    async restart(whileStopped) {
      await Promise.all(current().hubs.map((hub) => hub.stop()));
      await whileStopped?.();
      hubs = await Promise.all([startHub(config), startHub(config)]);
    },
  };
}

/** Waits until both schedulers consumed these deadlines, then asserts `kind` was written once per subject. */
export async function expectFiredOnce(pair: TwoInstances, deadlineKeys: string[], kind: HubEventKind, subjectIds: string[]): Promise<void> {
  const em = pair.a.db.dataSource.manager;
  await waitFor(async () => (await em.countBy(HubDeadline, { key: In(deadlineKeys) })) === 0, { what: 'both schedulers to consume every deadline' });
  for (const hub of [pair.a, pair.b]) {
    hub.scheduler.wake();
    await hub.scheduler.idle();
  }
  const fired: { subject_id: string; n: string }[] = await pair.a.db.dataSource.query(
    `SELECT subject_id, COUNT(*) AS n FROM hub_event WHERE kind = $1 AND subject_id = ANY($2) GROUP BY subject_id`,
    [kind, subjectIds],
  );
  expect(subjectIds.length).toBeGreaterThan(0);
  expect(fired.map((r) => [r.subject_id, Number(r.n)]).sort()).toEqual(subjectIds.map((id) => [id, 1]).sort());
}
