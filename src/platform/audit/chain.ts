import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Database } from '../database/data-source';
import { forUpdate } from '../database/transaction';
import { AuditChainHead, AuditEvent, AUDIT_CHAIN_HEAD_ID } from './audit-event.entity';

/** prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

// Bumped if the serialisation ever changes, so old and new links can be told apart.
const FORMAT = 'hub-audit-v1';

/** The fields of an event that its hash covers. */
export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  accountId: string;
  bodyCode: string;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string;
  details: Record<string, unknown> | null;
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** SHA-256 (hex) of the previous event's hash and the canonical serialisation of this one. */
export function auditHash(prevHash: string, e: ChainedFields): string {
  const fields = [e.seq, e.occurredAt.toISOString(), e.accountId, e.bodyCode, e.action, e.targetType, e.targetId, e.requestId, e.details ?? null];
  return createHash('sha256').update(`${FORMAT}\n${prevHash}\n${canonicalJson(fields)}`).digest('hex');
}

/** What the details column gives back: JSON round-tripped, so the hash at write and at verify agree. */
export function storedDetails(details: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  return details == null ? null : (JSON.parse(JSON.stringify(details)) as Record<string, unknown>);
}

export type UnchainedEvent = Omit<ChainedFields, 'seq'>;

/** Links events after `prev` (seq, hash): returns the rows to store, seq and hashes filled in. */
export function chainEvents(prev: { seq: number; hash: string }, events: UnchainedEvent[]): AuditEvent[] {
  let { seq, hash } = prev;
  return events.map((e) => {
    const row = Object.assign(new AuditEvent(), { ...e, details: storedDetails(e.details), seq: ++seq, prevHash: hash });
    row.hash = hash = auditHash(row.prevHash, row);
    return row;
  });
}

/**
 * Appends events to the chain inside the caller's transaction. The seq is allocated here from the
 * head row, not by the database: the head is locked (FOR UPDATE on PostgreSQL; SQLite writers are
 * already serialised), so the seq that is hashed is the one stored, seqs have no gaps, and a
 * rolled-back transaction rolls the head back with its events.
 */
export async function appendToChain(em: EntityManager, db: Database, events: UnchainedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const head = await forUpdate(em.createQueryBuilder(AuditChainHead, 'h').where('h.id = :id', { id: AUDIT_CHAIN_HEAD_ID }), db).getOne();
  if (!head) throw new Error('audit_chain_head is missing: run the migrations');
  const rows = chainEvents({ seq: head.lastSeq, hash: head.lastHash }, events);
  await em.insert(AuditEvent, rows as QueryDeepPartialEntity<AuditEvent>[]);
  const last = rows[rows.length - 1];
  await em.update(AuditChainHead, { id: AUDIT_CHAIN_HEAD_ID }, { lastSeq: last.seq, lastHash: last.hash });
}

/** An event as stored, read without the ORM (verify and the backfill walk many rows). */
export interface StoredEvent extends ChainedFields {
  prevHash: string;
  hash: string;
}

export type RawQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

// Parses the columns the way TypeORM wrote them: SQLite keeps UTC text, node-postgres gives a Date.
function toStoredEvent(raw: Record<string, unknown>): StoredEvent {
  const at = raw.occurred_at;
  return {
    seq: Number(raw.id),
    occurredAt: at instanceof Date ? at : new Date(`${String(at).replace(' ', 'T')}Z`),
    accountId: String(raw.account_id),
    bodyCode: String(raw.body_code),
    action: String(raw.action),
    targetType: String(raw.target_type),
    targetId: String(raw.target_id),
    requestId: String(raw.request_id),
    details: raw.details == null ? null : (JSON.parse(String(raw.details)) as Record<string, unknown>),
    prevHash: String(raw.prev_hash ?? ''),
    hash: String(raw.hash ?? ''),
  };
}

/** Up to `limit` events after seq `after`, in seq order. */
export async function readEvents(query: RawQuery, dialect: string, after: number, limit: number): Promise<StoredEvent[]> {
  const [a, l] = dialect === 'postgres' ? ['$1', '$2'] : ['?', '?'];
  const rows = await query(
    `SELECT "id", "occurred_at", "account_id", "body_code", "action", "target_type", "target_id", "request_id", "details", "prev_hash", "hash" FROM "audit_event" WHERE "id" > ${a} ORDER BY "id" LIMIT ${l}`,
    [after, limit],
  );
  return rows.map(toStoredEvent);
}

/**
 * Chains events that were written before the chain existed, in seq order, keeping their seqs
 * (gaps left by rolled-back PostgreSQL transactions stay; the links still cover every row), and
 * writes the head. Used by the AuditChain migration.
 */
export async function backfillChain(query: RawQuery, dialect: string, batchSize = 1000): Promise<number> {
  const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
  let prev = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  for (;;) {
    const batch = await readEvents(query, dialect, prev.seq, batchSize);
    if (batch.length === 0) break;
    for (const e of batch) {
      const hash = auditHash(prev.hash, e);
      await query(`UPDATE "audit_event" SET "prev_hash" = ${p(1)}, "hash" = ${p(2)} WHERE "id" = ${p(3)}`, [prev.hash, hash, e.seq]);
      prev = { seq: e.seq, hash };
    }
    count += batch.length;
  }
  await query(`INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [AUDIT_CHAIN_HEAD_ID, prev.seq, prev.hash]);
  return count;
}
