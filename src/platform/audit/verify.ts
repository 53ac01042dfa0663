import type { Database } from '../database/data-source';
import { runInTransaction } from '../database/transaction';
import { AUDIT_CHAIN_HEAD_ID } from './audit-event.entity';
import { auditHash, GENESIS_HASH, RawQuery, readEvents, StoredEvent } from './chain';

export type ChainBreakKind = 'edited' | 'deleted' | 'reordered' | 'inserted';

/** The first place where the stored events and the chain disagree. */
export interface ChainBreak {
  /** The seq the break is named at: the edited row, the first missing one, the misplaced one. */
  seq: number;
  kind: ChainBreakKind;
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Events checked (up to the break). */
  count: number;
  ms: number;
  break: ChainBreak | null;
}

export interface VerifyOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Walks the audit chain in seq order and recomputes it. Runs in one transaction so that events and
 * head are one snapshot (REPEATABLE READ, read-only on PostgreSQL: writers are not held up; on
 * SQLite writers of this process wait, as they do for each other).
 */
export function verifyAuditChain(db: Database, options: VerifyOptions = {}): Promise<VerifyResult> {
  const started = performance.now();
  return runInTransaction(db, undefined, async (em) => {
    if (db.dialect === 'postgres') await em.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const query: RawQuery = (sql, params) => em.query(sql, params);
    const p = db.dialect === 'postgres' ? '$1' : '?';
    const total = Number((await query('SELECT COUNT(*) AS "n" FROM "audit_event"', []))[0].n);
    const [head] = await query(`SELECT "last_seq", "last_hash" FROM "audit_chain_head" WHERE "id" = ${p}`, [AUDIT_CHAIN_HEAD_ID]);
    const headSeq = head ? Number(head.last_seq) : 0;
    const headHash = head ? String(head.last_hash) : GENESIS_HASH;
    const seqOfHash = async (hash: string): Promise<number | null> => {
      const [row] = await query(`SELECT "id" FROM "audit_event" WHERE "hash" = ${p} LIMIT 1`, [hash]);
      return row ? Number(row.id) : null;
    };

    let prev: StoredEvent | null = null;
    let count = 0;
    const done = (br: ChainBreak | null): VerifyResult => ({ ok: br === null, count, ms: performance.now() - started, break: br });
    for (;;) {
      const batch = await readEvents(query, db.dialect, prev?.seq ?? 0, options.batchSize ?? 2000);
      if (batch.length === 0) break;
      for (const e of batch) {
        const br = await checkLink(prev, e, headSeq, seqOfHash);
        if (br) return done(br);
        prev = e;
        count++;
      }
      options.onProgress?.(count, total);
    }
    options.onProgress?.(count, total);
    const lastSeq = prev?.seq ?? 0;
    if (lastSeq < headSeq) return done({ seq: lastSeq + 1, kind: 'deleted', message: `events ${lastSeq + 1}..${headSeq} are missing: the chain head names seq ${headSeq}, the last event is ${lastSeq || 'none'}` });
    if ((prev?.hash ?? GENESIS_HASH) !== headHash) return done({ seq: lastSeq, kind: 'edited', message: `seq ${lastSeq} differs from the chain head's hash (the newest event was rewritten)` });
    return done(null);
  });
}

async function checkLink(prev: StoredEvent | null, e: StoredEvent, headSeq: number, seqOfHash: (hash: string) => Promise<number | null>): Promise<ChainBreak | null> {
  const prevSeq = prev?.seq ?? 0;
  const expected = prev?.hash ?? GENESIS_HASH;
  if (e.seq > headSeq) return { seq: e.seq, kind: 'inserted', message: `seq ${e.seq} lies beyond the chain head (seq ${headSeq}): written outside the audit chain` };
  if (e.prevHash !== expected) {
    // A gap with a link to a missing event: rows were deleted. (A gap whose link holds is fine:
    // events chained by the migration keep the seqs PostgreSQL's sequence skipped.)
    if (e.seq > prevSeq + 1) {
      const missing = e.seq - 1 > prevSeq + 1 ? `events ${prevSeq + 1}..${e.seq - 1} were` : `event ${prevSeq + 1} was`;
      return { seq: prevSeq + 1, kind: 'deleted', message: `${missing} deleted: seq ${e.seq} links to an event that is no longer there` };
    }
    const linked = await seqOfHash(e.prevHash);
    if (linked !== null) return { seq: e.seq, kind: 'reordered', message: `rows reordered: seq ${e.seq} holds the event that followed seq ${linked}, not seq ${prevSeq || 'none (genesis)'}` };
    // Links to nothing stored: most likely the previous event was edited and re-hashed to match.
    if (prev) return { seq: prevSeq, kind: 'edited', message: `seq ${prevSeq} was edited and re-hashed: seq ${e.seq} still links to its former hash (or seq ${e.seq}'s prev_hash was altered)` };
    return { seq: e.seq, kind: 'edited', message: `seq ${e.seq} does not start from the genesis hash: its prev_hash was altered` };
  }
  if (auditHash(expected, e) !== e.hash) return { seq: e.seq, kind: 'edited', message: `seq ${e.seq} was edited: its content no longer matches its hash` };
  return null;
}
