import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditChainHead, AuditEvent, AUDIT_CHAIN_HEAD_ID } from '../../src/platform/audit/audit-event.entity';
import { chainEvents, UnchainedEvent } from '../../src/platform/audit/chain';
import { verifyAuditChain } from '../../src/platform/audit/verify';
import { loadConfig } from '../../src/platform/config';
import { runInTransaction } from '../../src/platform/database/transaction';
import { createLogger } from '../../src/platform/logger';
import { openDatabase } from '../../src/server/database';
import { ms, table } from './support';

/**
 * A migrated SQLite hub database holding `events` audit events, chained in bulk with the same
 * function recordAudit uses (no HTTP), then `hub audit verify`'s walk over all of them, timed.
 */
export async function benchAuditVerify(events = 100_000): Promise<(string | number)[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-audit-'));
  const config = { ...loadConfig({ HUB_DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'test' }), dialect: 'sqlite' as const, sqliteFile: path.join(dir, 'hub.sqlite') };
  const db = await openDatabase(config, createLogger('warn'));
  try {
    const t0 = performance.now();
    await runInTransaction(db, undefined, async (em) => {
      let prev = { seq: 0, hash: (await em.findOneByOrFail(AuditChainHead, { id: AUDIT_CHAIN_HEAD_ID })).lastHash };
      const at = Date.now() - events * 1000;
      for (let start = 0; start < events; start += 2000) {
        const batch: UnchainedEvent[] = Array.from({ length: Math.min(2000, events - start) }, (_, i) => ({
          occurredAt: new Date(at + (start + i) * 1000),
          accountId: `bench:${(start + i) % 97}`,
          bodyCode: ['CN', '330000', '330100', '320000'][(start + i) % 4],
          action: 'directive.issue',
          targetType: 'Directive',
          targetId: `0190a0b0-0000-7000-8000-${String(start + i).padStart(12, '0')}`,
          requestId: `req-${start + i}`,
          details: { recipients: (start + i) % 333, title: `第${start + i}号通知` },
        }));
        const rows = chainEvents(prev, batch);
        await em.insert(AuditEvent, rows as QueryDeepPartialEntity<AuditEvent>[]);
        prev = rows[rows.length - 1];
      }
      await em.update(AuditChainHead, { id: AUDIT_CHAIN_HEAD_ID }, { lastSeq: prev.seq, lastHash: prev.hash });
    });
    const built = performance.now() - t0;
    const result = await verifyAuditChain(db);
    if (!result.ok || result.count !== events) throw new Error(`verify failed: ${JSON.stringify(result)}`);
    return [['SQLite', events.toLocaleString('en'), ms(built), ms(result.ms), `${Math.round(events / (result.ms / 1000)).toLocaleString('en')}/s`]];
  } finally {
    await db.dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printAuditVerify(rows: (string | number)[][]): void {
  table('Audit chain verification (hardening part 4)', ['database', 'events', 'chain + insert in bulk', 'verify', 'verify rate'], rows);
}
