import { describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { RectificationOrder } from '../../src/domains/supervision/supervision.entities';
import { Role } from '../../src/platform/auth/roles';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { HubEvent } from '../../src/platform/events/hub-event.entity';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { execute } from '../support/client';
import { waitFor } from '../support/test-hub';
import { IssueRectificationOrderDocument, PlanInspectionDocument, RecordFindingDocument } from '../generated/graphql';
import { token, useTwoInstances } from '../support/two-instances';

// Two instances over one PostgreSQL database and one Redis: each overdue rectification order is
// escalated exactly once, whichever scheduler gets to it.
const pair = useTwoInstances();

describe('overdue rectification orders on two instances', () => {
  it('escalate once each', async () => {
    const lead = await token('330000-REFORM', [Role.LEAD, Role.OFFICER]);
    const planned = await execute(pair.a.url, PlanInspectionDocument, {
      input: { title: '双实例督察', year: 2031, mode: 'DESK', subjectCodes: ['330100', '330200', '330300'], plannedFrom: new Date().toISOString(), plannedTo: new Date(Date.now() + 86_400_000).toISOString() },
    }, { token: lead });
    const inspectionId = planned.data!.planInspection.inspection!.id;
    const subjects = ['330100', '330200', '330300', '330100', '330200', '330300'];
    const findings: string[] = [];
    for (const [n, subjectCode] of subjects.entries()) {
      const f = await execute((n % 2 ? pair.a : pair.b).url, RecordFindingDocument, { input: { inspectionId, subjectCode, severity: 'MINOR', category: 'DELAYED', description: `问题 ${n}` } }, { token: lead });
      findings.push(f.data!.recordFinding.finding!.id);
    }
    // One deadline for all six orders, issued at once on both instances: both schedulers find them
    // due together, and a short margin is enough (an order issued after it would be refused).
    const due = new Date(Date.now() + 1500).toISOString();
    const orders = await Promise.all(
      findings.map((id, n) => execute((n % 2 ? pair.a : pair.b).url, IssueRectificationOrderDocument, { input: { findingIds: [id], requirements: '整改。', deadline: due } }, { token: lead })),
    );
    for (const o of orders) expect(o.data?.issueRectificationOrder.userErrors).toEqual([]);
    const ids = orders.map((o) => parseGlobalId(o.data!.issueRectificationOrder.order!.id)!.rowId);
    const em = pair.a.db.dataSource.manager;
    await waitFor(async () => (await em.find(RectificationOrder, { where: { rowId: In(ids) } })).filter((o) => o.escalatedAt).length === ids.length, { timeoutMs: 20_000, what: 'every order to be escalated' });
    for (const hub of [pair.a, pair.b]) {
      hub.scheduler.wake();
      await hub.scheduler.idle();
    }
    const events = await em.find(HubEvent, { where: { kind: 'RectificationOverdue', subjectId: In(ids) } });
    expect(events.map((e) => e.subjectId).sort()).toEqual([...ids].sort());
    const audits = await em.find(AuditEvent, { where: { action: 'rectification.escalate', targetId: In(ids) } });
    expect(audits.map((e) => e.targetId).sort()).toEqual([...ids].sort());
  });
});
