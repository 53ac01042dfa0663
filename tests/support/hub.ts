import fs from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { inject } from 'vitest';
import { Role } from '../../src/platform/auth/roles';
import { signToken, tokenAudience } from '../../src/platform/auth/tokens';
import type { HubConfig } from '../../src/platform/config';
import { createTempDatabase, TempDatabase } from '../../src/platform/database/postgres-admin';
import { Hub, HubOptions, startHub } from '../../src/server/hub';
import { execute, GraphQLResult } from './client';
import { adminUrl, copyPrefix, TEST_SECRET, tempDir, testConfig, testDialect } from './env';
import { seedFromTemplate } from './template';

export interface TestHub {
  hub: Hub;
  config: HubConfig;
  url: string;
  /** A token for an account of `body` with these roles. */
  token(body: string, roles: `${Role}` | `${Role}`[], ttlSeconds?: number): Promise<string>;
  /** Runs an operation, with a token for body/roles when given. */
  run<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, as?: string | { token: string }): Promise<GraphQLResult<TData>>;
  /** Stops the server and starts it again on the same database; `whileStopped` runs in between. */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface StorageHandle {
  config: HubConfig;
  dispose(): Promise<void>;
}

// A copy of the PostgreSQL template costs ~120 ms of CREATE DATABASE and ~160 ms of DROP DATABASE
// (it waits for every backend to let go of the files) under the suite's load: 19 s of the
// PostgreSQL project's 130 worker-seconds, spent waiting. A worker copies the next file's
// database while the current file runs and drops a finished one without waiting; what a worker
// leaves when it exits is swept with the template at the end of the run (global-setup.ts).
let spare: { template: string; db: Promise<TempDatabase> } | null = null;

async function copyOfTemplate(template: string): Promise<TempDatabase> {
  const copy = () => createTempDatabase(adminUrl(), copyPrefix(template), template);
  // A spare of another template is left to the sweep; one that failed (PostgreSQL restarted while
  // it was made) is made again, now.
  const db = await (spare?.template === template ? spare.db : copy()).catch(copy);
  spare = { template, db: copy() };
  spare.db.catch(() => undefined); // the next file's to report
  return db;
}

/** A fresh database for one test file, copied from the seeded template of this run. */
export async function freshStorage(overrides: Partial<HubConfig> = {}): Promise<StorageHandle> {
  const dir = tempDir();
  const template = inject('template');
  if (testDialect() === 'postgres') {
    const db = await copyOfTemplate(template);
    return {
      config: testConfig({ dataDir: dir, dialect: 'postgres', databaseUrl: db.url, dbPoolSize: 10, ...overrides }),
      async dispose() {
        void db.drop().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const file = seedFromTemplate(dir);
  return {
    config: testConfig({ dataDir: dir, sqliteFile: file, ...overrides }),
    async dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startTestHub(options: { config?: Partial<HubConfig>; hub?: HubOptions } = {}): Promise<TestHub> {
  const storage = await freshStorage(options.config);
  let hub = await startHub(storage.config, options.hub);
  const tokens = new Map<string, string>();
  const testHub: TestHub = {
    hub,
    config: storage.config,
    url: hub.url,
    async token(body, roles, ttlSeconds = 3600) {
      const list = (Array.isArray(roles) ? roles : [roles]) as Role[];
      return signToken(TEST_SECRET, { sub: `test:${body}:${list.join('+')}`, body, roles: list, ttlSeconds }, tokenAudience(storage.config));
    },
    async run(document, variables, as) {
      let token: string | undefined;
      if (typeof as === 'string') {
        // "330100:OFFICER+LEAD" — a token for that body and those roles, cached per run.
        token = tokens.get(as);
        if (!token) {
          const [body, roles] = as.split(':');
          token = await testHub.token(body, (roles ?? 'VIEWER').split('+') as Role[]);
          tokens.set(as, token);
        }
      } else if (as) token = as.token;
      return execute(testHub.url, document, variables, { token });
    },
    async restart(whileStopped) {
      await hub.stop();
      await whileStopped?.();
      hub = await startHub({ ...storage.config, port: hub.port }, options.hub);
      testHub.hub = hub;
      testHub.url = hub.url;
    },
    async stop() {
      await hub.stop();
      await storage.dispose();
    },
  };
  return testHub;
}
