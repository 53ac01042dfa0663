import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { Database } from '../database/data-source';
import { afterCommit, commitBuffer, CommitPhase, forUpdate } from '../database/transaction';
import type { EventRecorder, EventScope, HubEventKind, HubEventMap } from './event-map';
import { insertRows } from '../database/raw';
import { EVENT_HEAD_ID, HubEvent, HubEventHead } from './hub-event.entity';

interface PendingEvent {
  kind: string;
  payload: unknown;
  scope: EventScope;
  actorBodyId: string;
  actorAccount: string;
  requestId: string;
  occurredAt: Date;
}

const OUTBOX = Symbol('outbox');

/** Where the addressed bodies of an event kind are already stored: rows of `table` naming the subject and a body. */
export interface StoredAudience {
  table: string;
  subjectColumn: string;
  bodyColumn: string;
}

const storedAudiences = new Map<string, StoredAudience>();

/**
 * Declares, at module load, that the bodies an event of `kind` addresses are exactly the rows of
 * a domain table for its subject (a directive's recipients are its receipts): the log then keeps
 * no audience row per recipient, and readers look in that table (see `addressedBodies`).
 */
export function addressedThrough(kind: HubEventKind, source: StoredAudience): void {
  storedAudiences.set(kind, source);
}

/** The kinds whose addressed bodies live in a domain table, grouped by that table. */
export function storedAudienceKinds(): { source: StoredAudience; kinds: string[] }[] {
  const groups = new Map<string, { source: StoredAudience; kinds: string[] }>();
  for (const [kind, source] of storedAudiences) {
    const key = `${source.table}.${source.subjectColumn}.${source.bodyColumn}`;
    (groups.get(key) ?? groups.set(key, { source, kinds: [] }).get(key)!).kinds.push(kind);
  }
  return [...groups.values()];
}
const commitListeners = new WeakMap<Database, Set<() => void>>();

/** Called after every COMMIT that wrote events to db's log (the relay listens). */
export function onEventsCommitted(db: Database, listener: () => void): () => void {
  let set = commitListeners.get(db);
  if (!set) commitListeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Writes a transaction's events at its end: the head row is locked (FOR UPDATE on PostgreSQL;
 * SQLite writers are already serialised) and held to COMMIT, so seqs are taken in commit order and
 * a reader that sees seq n sees every seq below it — the resumable streams rely on that.
 */
async function appendEvents(em: EntityManager, db: Database, events: PendingEvent[]): Promise<void> {
  const head = await forUpdate(em.createQueryBuilder(HubEventHead, 'h').where('h.id = :id', { id: EVENT_HEAD_ID }), db).getOne();
  if (!head) throw new Error('hub_event_head is missing: run the migrations');
  let seq = head.lastSeq;
  const rows: HubEvent[] = [];
  const audience: { bodyId: string; seq: number }[] = [];
  for (const e of events) {
    seq += 1;
    const recipients = [...new Set(e.scope.recipientBodyIds ?? [])];
    rows.push(
      Object.assign(new HubEvent(), {
        seq,
        kind: e.kind,
        payload: JSON.stringify(e.payload),
        subjectType: e.scope.subjectType,
        subjectId: e.scope.subjectId,
        bodyId: e.scope.bodyId,
        actorBodyId: e.actorBodyId,
        actorAccount: e.actorAccount,
        recipientBodyIds: JSON.stringify(recipients),
        requestId: e.requestId.slice(0, 64),
        occurredAt: e.occurredAt,
      }),
    );
    // Thousands of recipients whose rows the change itself stored: only the actor gets a row here.
    for (const bodyId of new Set([e.actorBodyId, ...(storedAudiences.has(e.kind) ? [] : recipients)])) audience.push({ bodyId, seq });
  }
  for (let i = 0; i < rows.length; i += 50) await em.insert(HubEvent, rows.slice(i, i + 50));
  // Many audience rows: one multi-row statement (unnest on PostgreSQL).
  await insertRows(em, db.dialect, 'hub_event_audience', [{ name: 'body_id', pgType: 'varchar' }, { name: 'seq', pgType: 'int' }], audience.map((a) => [a.bodyId, a.seq]));
  await em.update(HubEventHead, { id: EVENT_HEAD_ID }, { lastSeq: seq });
}

/** The `events` of a transactional context: emit() records into the outbox of em's transaction. */
export function transactionEvents(em: EntityManager, db: Database, actor: Actor | null, requestId: string): EventRecorder {
  return {
    async emit<K extends HubEventKind>(kind: K, payload: HubEventMap[K], scope: EventScope): Promise<void> {
      if (!em.queryRunner?.isTransactionActive) throw new Error(`events.emit('${kind}') must run inside the change’s transaction`);
      const event: PendingEvent = {
        kind,
        payload,
        scope,
        actorBodyId: actor?.body.rowId ?? scope.actorBodyId ?? scope.bodyId,
        actorAccount: actor?.accountId ?? 'system',
        requestId,
        occurredAt: new Date(),
      };
      const queue = commitBuffer<PendingEvent>(em, OUTBOX, CommitPhase.EVENTS, (events) => appendEvents(em, db, events));
      if (!queue) {
        await appendEvents(em, db, [event]);
        return;
      }
      if (queue.length === 0) afterCommit(em, () => commitListeners.get(db)?.forEach((l) => l()));
      queue.push(event);
    },
  };
}

/** `events` of a context outside any transaction: emitting there is a programming error. */
export const noTransactionEvents: EventRecorder = {
  emit: async (kind) => {
    throw new Error(`events.emit('${kind}') must run inside the change’s transaction`);
  },
};

/** A stored event as the relay hands it on. */
export function envelopeOf(row: HubEvent) {
  return {
    seq: row.seq,
    kind: row.kind as HubEventKind,
    payload: JSON.parse(row.payload) as HubEventMap[HubEventKind],
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    bodyId: row.bodyId,
    actorBodyId: row.actorBodyId,
    recipientBodyIds: JSON.parse(row.recipientBodyIds) as string[],
    occurredAt: row.occurredAt,
  };
}
