import { describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { RectificationOrder } from '../../src/domains/supervision/supervision.entities';
import { HubDeadline, HubEvent } from '../../src/platform/events/hub-event.entity';
import { lastSeq } from '../../src/platform/events/relay';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  AcknowledgeRectificationOrderDocument,
  BodyRectificationOrdersDocument,
  IssueDirectiveDocument,
  OrderNodeDocument,
  RecordToleranceFactsDocument,
  ReformEventsDocument,
  ReportRectificationDocument,
  SignToleranceDecisionDocument,
  SubmitRectificationPlanDocument,
  VerifyRectificationDocument,
} from '../generated/graphql';
import { find, order, plan, visit } from '../support/inspections';
import { subscribe } from '../support/subscriptions';
import { openCase } from '../support/supervision';
import { ok, useTestHub, waitFor } from '../support/test-hub';

const t = useTestHub();
const rowIdOf = (id: string) => parseGlobalId(id)!.rowId;
const OURS = new Set(['INSPECTION_CHANGED', 'FINDING_RECORDED', 'RECTIFICATION_ORDERED', 'RECTIFICATION_OVERDUE', 'RECTIFICATION_VERIFIED', 'TOLERANCE_DECIDED']);

/** The reformEvents a caller receives from `after` until an event about `marker`: [kind, subject id] pairs before it. */
async function eventsSeen(as: string, after: string, marker: string): Promise<[string, string][]> {
  const [body, roles] = as.split(':');
  const sub = subscribe(t.hub.wsUrl, await t.token(body, roles.split('+') as never), ReformEventsDocument, { after });
  try {
    await waitFor(() => sub.received.some((e) => e.reformEvents.subject.id === marker) || sub.errors.length > 0, { what: `event about ${marker} for ${as}` });
    expect(sub.errors).toEqual([]);
    const seen = sub.received.map((e) => [e.reformEvents.kind, e.reformEvents.subject.id] as [string, string]);
    // Only this domain's kinds: other domains' events (tasks created by orders, demo deadlines) interleave.
    return seen.slice(0, seen.findIndex(([, id]) => id === marker)).filter(([kind]) => OURS.has(kind));
  } finally {
    await sub.close();
  }
}

describe('supervision and tolerance in reformEvents', () => {
  it('delivers inspection, finding and rectification events to both sides, and a tolerance decision only to deciders and the subject’s LEADs', async () => {
    const after = encodeEventCursor(await lastSeq(t.hub.db));
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330100'] });
    await visit(t, '330000-REFORM:OFFICER', i.id, '330100');
    const f = await find(t, '330000-REFORM:OFFICER', i.id, '330100');
    const o = await order(t, '330000-REFORM', [f.id]);
    ok(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330100:OFFICER'));
    ok(await t.run(SubmitRectificationPlanDocument, { input: { orderId: o.id, plan: '计划。' } }, '330100:OFFICER'));
    ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '完成。', completed: true } }, '330100:OFFICER'));
    ok(await t.run(VerifyRectificationDocument, { input: { orderId: o.id, accepted: true, onSite: false, note: '通过。' } }, '330000-REFORM:LEAD'));

    const c = await openCase(t, '330100:LEAD', {});
    ok(
      await t.run(
        RecordToleranceFactsDocument,
        {
          input: {
            caseId: c.id,
            trial: 'INEXPERIENCE_IN_TRIAL',
            trialFacts: '试点。',
            prohibition: 'EXPLORATORY_NOT_PROHIBITED',
            prohibitionFacts: '无禁止。',
            purpose: 'UNINTENTIONAL_FOR_DEVELOPMENT',
            purposeFacts: '为发展。',
            mitigationTaken: true,
          },
        },
        '330000-DISCIPLINE:OFFICER',
      ),
    );
    ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'TOLERATED' } }, '330000-DISCIPLINE:LEAD'));
    ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'TOLERATED' } }, '330000-ORG:LEAD'));
    const marker = ok(await t.run(IssueDirectiveDocument, { input: { title: '标记', content: '标记。', recipientCodes: ['330100'] } }, '330000:LEAD')).directive!.id;

    const supervisionEvents = [
      ['INSPECTION_CHANGED', i.id], // planned
      ['INSPECTION_CHANGED', i.id], // started by the visit
      ['FINDING_RECORDED', f.id],
      ['RECTIFICATION_ORDERED', o.id],
      ['RECTIFICATION_VERIFIED', o.id],
    ];
    const decided = ['TOLERANCE_DECIDED', c.id];
    expect(await eventsSeen('330000-REFORM:VIEWER', after, marker)).toEqual(supervisionEvents);
    expect(await eventsSeen('330100:LEAD', after, marker)).toEqual([...supervisionEvents, decided]);
    expect(await eventsSeen('330100:VIEWER', after, marker)).toEqual(supervisionEvents);
    expect(await eventsSeen('330000:LEAD', after, marker)).toEqual(supervisionEvents);
    expect((await eventsSeen('330000-DISCIPLINE:VIEWER', after, marker)).filter(([k]) => k === 'TOLERANCE_DECIDED')).toEqual([decided]);
    expect((await eventsSeen('CN-ORG:LEAD', after, marker)).filter(([k]) => k === 'TOLERANCE_DECIDED')).toEqual([decided]);
  });
});

describe('overdue rectification orders', () => {
  it('escalate once, to the body above the addressee, when the deadline passes (scheduler)', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330200'], mode: 'DESK' });
    const f = await find(t, '330000-REFORM:OFFICER', i.id, '330200');
    const o = await order(t, '330000-REFORM', [f.id], new Date(Date.now() + 800).toISOString()); // one request's margin
    expect(o).toMatchObject({ overdue: false, escalatedAt: null });
    const escalated = await waitFor(
      async () => {
        const r = await t.run(OrderNodeDocument, { id: o.id }, '330000-REFORM:VIEWER');
        const node = r.data?.node as { escalatedAt: string | null } | null;
        return node?.escalatedAt ? node : null;
      },
      { timeoutMs: 15_000, what: 'the order to be escalated' },
    );
    expect(escalated).toMatchObject({ overdue: true, escalatedTo: { code: '330000' }, status: 'ISSUED' });
    t.hub.scheduler.wake();
    await t.hub.scheduler.idle();
    const events = await t.em.countBy(HubEvent, { kind: 'RectificationOverdue', subjectId: rowIdOf(o.id) });
    expect(events).toBe(1);
    // The body above sees the order it was escalated to (its jurisdiction covers the addressee).
    const fromAbove = await t.run(BodyRectificationOrdersDocument, { code: '330200', first: 10 }, '330000:VIEWER');
    expect(fromAbove.data!.body!.rectificationOrdersReceived.edges.map((e) => e.node.id)).toContain(o.id);
  });

  it('do not fall due once verified, and fall due again at a new deadline after a rejection', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330300'], mode: 'DESK' });
    const accepted = await order(t, '330000-REFORM', [(await find(t, '330000-REFORM:OFFICER', i.id, '330300')).id]);
    const rejected = await order(t, '330000-REFORM', [(await find(t, '330000-REFORM:OFFICER', i.id, '330300', { category: 'FORMALISM' })).id]);
    for (const o of [accepted, rejected]) {
      ok(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330300:OFFICER'));
      ok(await t.run(SubmitRectificationPlanDocument, { input: { orderId: o.id, plan: '计划。' } }, '330300:OFFICER'));
      ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '完成。', completed: true } }, '330300:OFFICER'));
    }
    ok(await t.run(VerifyRectificationDocument, { input: { orderId: accepted.id, accepted: true, onSite: false, note: '通过。' } }, '330000-REFORM:LEAD'));
    const newDeadline = new Date(Date.now() + 40 * 86_400_000);
    ok(await t.run(VerifyRectificationDocument, { input: { orderId: rejected.id, accepted: false, onSite: true, note: '退回。', newDeadline: newDeadline.toISOString() } }, '330000-REFORM:LEAD'));
    const deadlines = await t.em.find(HubDeadline, { where: { key: In([accepted, rejected].map((o) => `rectification-due:${rowIdOf(o.id)}`)) } });
    expect(deadlines.map((d) => [d.key, d.dueAt.getTime()])).toEqual([[`rectification-due:${rowIdOf(rejected.id)}`, newDeadline.getTime()]]);
  });

  it('the demo order of Hangzhou is overdue and was escalated to Zhejiang', async () => {
    const orders = await t.em.find(RectificationOrder, { where: { issuedBy: 'seed:CN-REFORM' } });
    const demo = orders.filter((o) => o.escalatedAt);
    expect(demo).toHaveLength(1);
    expect(demo[0].overdue).toBe(true);
    expect(demo[0].escalatedToId).not.toBeNull();
  });
});
