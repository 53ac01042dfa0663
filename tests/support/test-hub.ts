import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, expect } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { DeliveryCounter } from '../../src/domains/channels/channel.entities';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import type { Role } from '../../src/platform/auth/roles';
import { type EntityManager, LessThanOrEqual } from 'typeorm';
import { HubDeadline } from '../../src/platform/events/hub-event.entity';
import { lastSeq } from '../../src/platform/events/relay';
import type { HubConfig } from '../../src/platform/config';
import type { Hub, HubOptions } from '../../src/server/hub';
import { errorCodes, GraphQLResult } from './client';
import { startTestHub, TestHub } from './hub';

export { waitFor } from './wait';

export interface TestHubOptions {
  config?: Partial<HubConfig>;
  hub?: HubOptions;
  /** The demo's due deadlines fire before the tests, so they cannot change a snapshot. */
  settled?: boolean;
}

/** What a test file gets from useTestHub(): valid inside tests and hooks (the hub starts in beforeAll). */
export interface TestHubFixture {
  readonly hub: Hub;
  readonly config: HubConfig;
  readonly url: string;
  /** The hub's own entity manager, for reading (or arranging) rows behind the API. */
  readonly em: EntityManager;
  /** The underlying handle (restart, stop). */
  readonly testHub: TestHub;
  token(body: string, roles: `${Role}` | `${Role}`[], ttlSeconds?: number): Promise<string>;
  /** Runs an operation; `as` is "BODYCODE:ROLE[+ROLE]" or a token. */
  run<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, as?: string | { token: string }): Promise<GraphQLResult<TData>>;
  /** Row count and a digest of the contents of every table: equal before and after proves nothing changed. */
  snapshot(): Promise<Record<string, string>>;
  /** Runs a refused change and proves, by snapshots before and after, that no table changed. */
  unchanged<R>(change: () => Promise<R>): Promise<R>;
  restart(whileStopped?: () => Promise<void>): Promise<void>;
  /** Stops the hub early (afterAll stops it otherwise). */
  stop(): Promise<void>;
  /**
   * A cursor at the present end of a body's inbox: a subscription with `after` set to it receives
   * everything from now on, however long the server takes to start the stream (no sleep needed).
   */
  inboxCursor(bodyCode: string, stream?: 'directive' | 'feedback'): Promise<string>;
  /** The same for reformEvents: the present end of the event log. */
  eventCursor(): Promise<string>;
}

/**
 * One started hub for the test file, on a fresh database of the project's dialect (SQLite or
 * PostgreSQL), stopped after the file. Replaces the beforeAll/afterAll/snapshot header.
 */
export function useTestHub(options: TestHubOptions = {}): TestHubFixture {
  let t: TestHub | undefined;
  beforeAll(async () => {
    t = await startTestHub(options);
    if (options.settled) await settleDeadlines(t.hub);
  });
  afterAll(async () => {
    await t?.stop();
    t = undefined;
  });
  const current = (): TestHub => {
    if (!t) throw new Error('useTestHub(): the hub starts in beforeAll; use it inside tests and hooks');
    return t;
  };
  return {
    get hub() {
      return current().hub;
    },
    get config() {
      return current().config;
    },
    get url() {
      return current().url;
    },
    get em() {
      return current().hub.db.dataSource.manager;
    },
    get testHub() {
      return current();
    },
    token: (body, roles, ttl) => current().token(body, roles, ttl),
    run: (document, variables, as) => current().run(document, variables, as),
    snapshot: () => snapshotTables(current().hub),
    unchanged: (change) => unchangedTables(current().hub, change),
    restart: (whileStopped) => current().restart(whileStopped),
    async stop() {
      await current().stop();
      t = undefined;
    },
    inboxCursor: (bodyCode, stream) => inboxCursorOf(current().hub, bodyCode, stream),
    eventCursor: async () => encodeEventCursor(await lastSeq(current().hub.db)),
  };
}

/** A cursor at the present end of a body's inbox (see TestHubFixture.inboxCursor). */
export async function inboxCursorOf(hub: Hub, bodyCode: string, stream: 'directive' | 'feedback' = 'directive'): Promise<string> {
  const em = hub.db.dataSource.manager;
  const body = await em.findOneByOrFail(Body, { code: bodyCode });
  const counter = await em.findOneBy(DeliveryCounter, { bodyId: body.rowId, stream });
  return encodeDeliveryCursor(counter?.lastSeq ?? 0);
}

/**
 * Every table of the hub: its row count and a digest of its rows, computed by the database in one
 * statement for all tables, so a snapshot costs a round trip rather than a read of every row
 * through the driver. PostgreSQL sums a 64-bit hash of each whole row (order-independent: no
 * sort); SQLite concatenates each row's columns as SQL literals in the order of a table scan,
 * which stays put while rows are only read or updated (a row deleted and inserted again reads as
 * a change: a loud failure, never a vacuous pass), hashed here.
 */
export async function snapshotTables(hub: Hub): Promise<Record<string, string>> {
  const ds = hub.db.dataSource;
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const metas = [...ds.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName));
  const postgres = hub.db.dialect === 'postgres';
  const digestOf = (meta: (typeof metas)[number]) =>
    postgres
      ? 'coalesce(sum(hash_record_extended(x, 0)::numeric), 0)::text'
      : `group_concat(${meta.columns.map((c) => `quote(x.${q(c.databaseName)})`).join(` || ',' || `)}, char(10))`;
  const parts = metas.map((meta, i) => `SELECT ${postgres ? `$${i + 1}::text` : '?'} AS t, count(*) AS n, ${digestOf(meta)} AS h FROM ${q(meta.tableName)} x`);
  const rows: { t: string; n: number | string; h: string | null }[] = await ds.query(parts.join(' UNION ALL '), metas.map((m) => m.tableName));
  const out: Record<string, string> = {};
  for (const { t, n, h } of rows) out[t] = `${Number(n)}:${postgres ? h : createHash('sha256').update(h ?? '').digest('hex').slice(0, 16)}`;
  if (Object.keys(out).length !== metas.length) throw new Error('snapshot: a table is missing from the answer');
  return out;
}

/**
 * Lets the deadlines that fell due before the hub started (the demo's overdue tasks) fire, and the
 * relay publish what they emitted, so that what a test measures afterwards is only its own doing.
 */
export async function settleDeadlines(hub: Hub): Promise<void> {
  const em = hub.db.dataSource.manager;
  for (let i = 0; i < 50; i++) {
    hub.scheduler.wake();
    await hub.scheduler.idle();
    if ((await em.countBy(HubDeadline, { dueAt: LessThanOrEqual(new Date()) })) === 0) {
      await hub.relay.flush();
      return;
    }
  }
  throw new Error('the scheduler did not settle');
}

/** Runs a refused change and proves, by snapshots before and after, that no table changed; returns its result. */
export async function unchangedTables<R>(hub: Hub, change: () => Promise<R>): Promise<R> {
  const before = await snapshotTables(hub);
  const result = await change();
  expect(await snapshotTables(hub)).toEqual(before);
  return result;
}

/** The row count of one table in a snapshot. */
export function rowCount(snapshot: Record<string, string>, table: string): number {
  if (!(table in snapshot)) throw new Error(`no table ${table} in the snapshot`);
  return Number(snapshot[table].split(':')[0]);
}

export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

/** The one mutation payload of a result: exactly one field carries userErrors. */
function payloadOf(result: GraphQLResult<unknown>): { userErrors: { code: string; message: string }[] } & Record<string, unknown> {
  const payloads = Object.values((result.data ?? {}) as Record<string, unknown>).filter((p) => !!p && typeof p === 'object' && Array.isArray((p as { userErrors?: unknown }).userErrors));
  expect(payloads.length, `a mutation payload with userErrors in ${JSON.stringify(result)}`).toBe(1);
  return payloads[0] as never;
}

/** The userErrors codes of the mutation, in order (no top-level errors allowed). */
export function userErrorCodes(result: GraphQLResult<unknown>): string[] {
  expect(result.errors, 'top-level errors').toBeUndefined();
  return payloadOf(result).userErrors.map((e) => e.code);
}

/** Asserts the mutation payload's userErrors have exactly these codes, in order (a refusal, not an empty list). */
export function expectUserErrors(result: GraphQLResult<unknown>, codes: string[]): void {
  expect(userErrorCodes(result)).toEqual(codes);
}

/** A mutation that must succeed: no errors, no userErrors; returns its payload. */
export function ok<T>(result: GraphQLResult<T>): T[keyof T] {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const payload = payloadOf(result);
  expect(payload.userErrors, JSON.stringify(payload.userErrors)).toEqual([]);
  return payload as never;
}

/** The `extensions.code` of each top-level error. */
export function expectErrorCodes(result: GraphQLResult<unknown>, codes: string[]): void {
  expect(errorCodes(result)).toEqual(codes);
}
