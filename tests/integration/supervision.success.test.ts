import { describe, expect, it } from 'vitest';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import {
  AcknowledgeRectificationOrderDocument,
  BodyInspectionsDocument,
  BodyRectificationOrdersDocument,
  ConcludeInspectionDocument,
  FindingNodeDocument,
  InspectionNodeDocument,
  InspectionStatsDocument,
  OrderNodeDocument,
  RectificationOrderReceivedDocument,
  ReferFindingToDisciplineDocument,
  ReportRectificationDocument,
  SubmitRectificationPlanDocument,
  VerifyRectificationDocument,
} from '../generated/graphql';
import { addMember, find, HASH, order, plan, visit } from '../support/inspections';
import { subscribe } from '../support/subscriptions';
import { issueAndAcknowledge } from '../support/supervision';
import { inDays, ok, useTestHub } from '../support/test-hub';

const t = useTestHub();

const YEAR = 2031; // the test's own year: the demo inspection (this year) does not count in it

describe('a joint on-site inspection from plan to conclusion', () => {
  it('plans, forms the joint group, visits, finds, orders, rectifies and concludes', async () => {
    const directive = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330100'], title: '关于优化营商环境的通知' });
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330100', '330200'], year: YEAR, scopeIds: [directive.id], title: '营商环境改革联合督察' });
    expect(i).toMatchObject({ status: 'PLANNED', mode: 'ON_SITE', lead: { code: '330000-REFORM' }, subjects: [{ code: '330100' }, { code: '330200' }], scope: [{ __typename: 'Directive', id: directive.id }] });
    expect(i.code).toMatch(/^INS-2031-[0-9A-F]{8}$/);

    await addMember(t, '330000-REFORM', i.id, '330000-DISCIPLINE');
    await addMember(t, '330000-REFORM', i.id, 'CN-ORG');
    const withGroup = await addMember(t, '330000-REFORM', i.id, '330000-FIN');
    expect(withGroup.group).toEqual([
      { body: { code: '330000-REFORM' }, role: 'LEAD' },
      { body: { code: '330000-DISCIPLINE' }, role: 'MEMBER' },
      { body: { code: 'CN-ORG' }, role: 'MEMBER' },
      { body: { code: '330000-FIN' }, role: 'MEMBER' },
    ]);

    await visit(t, '330000-REFORM:OFFICER', i.id, '330100');
    await visit(t, '330000-DISCIPLINE:OFFICER', i.id, '330200'); // a member records too
    const delayed = await find(t, '330000-REFORM:OFFICER', i.id, '330100', { aboutId: directive.id });
    expect(delayed).toMatchObject({ subject: { code: '330100' }, evidenceHashes: [HASH], about: { __typename: 'Directive', id: directive.id } });
    const minor = await find(t, 'CN-ORG:OFFICER', i.id, '330200', { severity: 'MINOR', category: 'OTHER', noOrderReason: '已当场整改。' });
    await find(t, '330000-REFORM:OFFICER', i.id, '330200', { category: 'GOOD_PRACTICE', evidenceHashes: [] });

    const o = await order(t, '330000-REFORM', [delayed.id]);
    expect(o).toMatchObject({ status: 'ISSUED', overdue: false, issuer: { code: '330000-REFORM' }, addressee: { code: '330100' }, findings: [{ id: delayed.id }] });
    // The order became a RECTIFICATION task in the addressee's tree, due with the order.
    expect(o.task).toMatchObject({ kind: 'RECTIFICATION', executor: { code: '330100' } });
    expect(new Date(o.task!.deadline).getTime()).toBe(new Date(o.deadline).getTime());

    ok(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330100:OFFICER'));
    ok(await t.run(SubmitRectificationPlanDocument, { input: { orderId: o.id, plan: '分三步整改。' } }, '330100:OFFICER'));
    ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '已完成第一步。', completed: false } }, '330100:OFFICER'));
    const reported = ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '全部完成。', evidenceHashes: [HASH], completed: true } }, '330100:LEAD')).order!;
    expect(reported.status).toBe('REPORTED');
    expect(reported.reports.map((r) => r.content)).toEqual(['已完成第一步。', '全部完成。']);

    const newDeadline = inDays(20);
    const rejected = ok(await t.run(VerifyRectificationDocument, { input: { orderId: o.id, accepted: false, onSite: true, note: '抽查发现仍有遗漏。', newDeadline } }, '330000-REFORM:LEAD')).order!;
    expect(rejected).toMatchObject({ status: 'IN_PROGRESS', verification: { accepted: false, newDeadline, by: { code: '330000-REFORM' } } });
    expect(new Date(rejected.deadline).toISOString()).toBe(newDeadline);
    ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '遗漏已补正。', completed: true } }, '330100:OFFICER'));
    const verified = ok(await t.run(VerifyRectificationDocument, { input: { orderId: o.id, accepted: true, onSite: false, note: '整改到位。' } }, '330000-REFORM:LEAD')).order!;
    expect(verified).toMatchObject({ status: 'VERIFIED', overdue: false, verification: { accepted: true } });
    expect(verified.verifiedAt).toBeTruthy();

    const concluded = ok(await t.run(ConcludeInspectionDocument, { input: { inspectionId: i.id, conclusion: '总体良好。' } }, '330000-REFORM:LEAD')).inspection!;
    expect(concluded).toMatchObject({ status: 'CONCLUDED', conclusion: '总体良好。' });
    expect(concluded.visits.map((v) => v.body.code)).toEqual(['330100', '330200']);

    const node = await t.run(InspectionNodeDocument, { id: i.id }, '330000-DISCIPLINE:VIEWER');
    expect(node.data?.node).toMatchObject({ findings: [{ id: delayed.id, orders: [{ id: o.id, status: 'VERIFIED' }] }, { id: minor.id, noOrderReason: '已当场整改。', orders: [] }, { category: 'GOOD_PRACTICE' }] });
    // A subject reads the inspection and its own findings only.
    const fromNingbo = await t.run(InspectionNodeDocument, { id: i.id }, '330200:VIEWER');
    expect((fromNingbo.data?.node as { findings: { subject: { code: string } }[] }).findings.map((f) => f.subject.code)).toEqual(['330200', '330200']);
  });

  it('counts inspections per year with the on-site share as a decimal, for the public', async () => {
    await plan(t, '330000-REFORM', { subjectCodes: ['330300'], year: YEAR, mode: 'DESK' });
    await plan(t, '330000', { subjectCodes: ['330000-FIN'], year: YEAR, mode: 'DESK' });
    const stats = await t.run(InspectionStatsDocument, { bodyCode: '330000', year: YEAR });
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.inspectionStats).toEqual({
      year: YEAR,
      total: 3,
      desk: 2,
      onSite: 1,
      onSiteShare: '33.33',
      findings: 3,
      ordersOpen: 0,
      ordersOverdue: 0,
      ordersVerified: 1,
      rectifiedOnTimeShare: '100.00',
    });
    const none = await t.run(InspectionStatsDocument, { bodyCode: '320000', year: YEAR });
    expect(none.data!.inspectionStats).toMatchObject({ total: 0, onSiteShare: '0.00', rectifiedOnTimeShare: '0.00' });
    expect((await t.run(InspectionStatsDocument, { bodyCode: 'NO-SUCH', year: YEAR })).data!.inspectionStats).toBeNull();
  });

  it('the demo: one joint on-site inspection of Zhejiang, one order verified and one overdue', async () => {
    const year = new Date().getUTCFullYear();
    const stats = (await t.run(InspectionStatsDocument, { bodyCode: 'CN-REFORM', year })).data!.inspectionStats!;
    expect(stats).toMatchObject({ total: 1, onSite: 1, onSiteShare: '100.00', findings: 3, ordersOpen: 1, ordersOverdue: 1, ordersVerified: 1 });
    const led = await t.run(BodyInspectionsDocument, { code: 'CN-REFORM', year, first: 5 }, 'CN-REFORM:VIEWER');
    const demo = led.data!.body!.inspectionsLed.edges[0].node;
    expect(demo).toMatchObject({ mode: 'ON_SITE', status: 'CONCLUDED', subjects: [{ code: '330000' }, { code: '330100' }] });
    expect(demo.group.map((g) => g.body.code)).toEqual(['CN-REFORM', 'CN-DISCIPLINE', 'CN-ORG']);
    const orders = (await t.run(BodyRectificationOrdersDocument, { code: '330100', first: 50 }, '330100:VIEWER')).data!.body!.rectificationOrdersReceived.edges
      .map((e) => e.node)
      .filter((o) => o.issuer.code === 'CN-REFORM');
    expect(orders).toMatchObject([{ status: 'PLAN_SUBMITTED', overdue: true, issuer: { code: 'CN-REFORM' } }]);
  });
});

describe('discipline referrals are never public', () => {
  it('shows the referral to deciders and the subject’s LEADs only', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330300'], year: YEAR, mode: 'DESK' });
    const f = await find(t, '330000-REFORM:OFFICER', i.id, '330300', { category: 'MISREPORTED' });
    const referred = ok(await t.run(ReferFindingToDisciplineDocument, { input: { findingId: f.id, disciplineBodyCode: '330000-DISCIPLINE', grounds: '涉嫌虚报进度。' } }, '330000-REFORM:LEAD')).finding!;
    expect(referred.disciplineReferral).toBeNull(); // the referring lead is not among those who may know
    for (const [as, sees] of [
      ['330000-DISCIPLINE:VIEWER', true],
      ['CN-ORG:LEAD', true],
      ['330300:LEAD', true],
      ['330300:OFFICER', false],
      ['330000-REFORM:LEAD', false],
      ['330000:LEAD', false],
    ] as const) {
      const r = await t.run(FindingNodeDocument, { id: f.id }, as);
      expect(r.errors, as).toBeUndefined();
      expect(r.data?.node, as).not.toBeNull();
      expect((r.data!.node as { disciplineReferral: unknown }).disciplineReferral, as).toEqual(sees ? { grounds: '涉嫌虚报进度。', referredTo: { code: '330000-DISCIPLINE' } } : null);
    }
    expect((await t.run(FindingNodeDocument, { id: f.id })).data?.node).toBeNull();
  });
});

describe('rectificationOrderReceived', () => {
  it('replays the addressee’s orders from a cursor, then delivers new ones live, and nobody else’s', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330400', '330500'], year: YEAR, mode: 'DESK' });
    const first = await order(t, '330000-REFORM', [(await find(t, '330000-REFORM:OFFICER', i.id, '330400')).id]);
    const other = await order(t, '330000-REFORM', [(await find(t, '330000-REFORM:OFFICER', i.id, '330500')).id]);
    const sub = subscribe(t.hub.wsUrl, await t.token('330400', ['VIEWER']), RectificationOrderReceivedDocument, { after: encodeDeliveryCursor(0) });
    const [replayed] = await sub.waitFor(1);
    expect(replayed.rectificationOrderReceived.order).toMatchObject({ id: first.id, addressee: { code: '330400' } });
    const second = await order(t, '330000-REFORM', [(await find(t, '330000-REFORM:OFFICER', i.id, '330400', { category: 'FORMALISM' })).id]);
    const all = await sub.waitFor(2);
    expect(all.map((d) => d.rectificationOrderReceived.order.id)).toEqual([first.id, second.id]);
    expect(all.map((d) => d.rectificationOrderReceived.order.id)).not.toContain(other.id);
    await sub.close();
    // Resuming from the first delivery's cursor gives exactly the second.
    const resumed = subscribe(t.hub.wsUrl, await t.token('330400', ['VIEWER']), RectificationOrderReceivedDocument, { after: all[0].rectificationOrderReceived.cursor });
    expect((await resumed.waitFor(1)).map((d) => d.rectificationOrderReceived.order.id)).toEqual([second.id]);
    await resumed.close();
    const node = await t.run(OrderNodeDocument, { id: second.id }, '330000-REFORM:VIEWER');
    expect(node.data?.node).toMatchObject({ status: 'ISSUED' });
  });
});

describe('statements per request stay constant in page size', () => {
  it('Body.inspectionsLed with groups, subjects, visits, findings and orders', async () => {
    // The same page before and after eight more inspections: a statement per inspection would show.
    const small = await t.run(BodyInspectionsDocument, { code: '330000-REFORM', year: YEAR, first: 50 }, '330000-REFORM:VIEWER');
    for (const code of ['330600', '330700', '330800', '330900', '331000', '331100', '330300', '330400']) {
      await plan(t, '330000-REFORM', { subjectCodes: [code], year: YEAR, mode: 'DESK' });
    }
    const large = await t.run(BodyInspectionsDocument, { code: '330000-REFORM', year: YEAR, first: 50 }, '330000-REFORM:VIEWER');
    expect(large.data!.body!.inspectionsLed.edges.length).toBe(small.data!.body!.inspectionsLed.edges.length + 8);
    if (t.hub.db.dialect === 'sqlite') expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // On PostgreSQL the body loader runs one more batch for each of the three body-valued lists
    // (group, visits, findings' subjects) that answers in a separate I/O turn: timing, not page
    // size. At most three more, never one per inspection (eight more inspections would show it).
    else expect(large.extensions!.sqlStatements!).toBeLessThanOrEqual(small.extensions!.sqlStatements! + 3);
  });
});
