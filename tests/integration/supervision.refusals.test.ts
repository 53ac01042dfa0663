import { beforeAll, describe, expect, it } from 'vitest';
import {
  AcknowledgeRectificationOrderDocument,
  AddInspectionGroupMemberDocument,
  ConcludeInspectionDocument,
  InspectionNodeDocument,
  IssueRectificationOrderDocument,
  PlanInspectionDocument,
  PlanInspectionMutationVariables,
  RecordFindingDocument,
  RecordSiteVisitDocument,
  ReferFindingToDisciplineDocument,
  ReportRectificationDocument,
  SubmitRectificationPlanDocument,
  VerifyRectificationDocument,
} from '../generated/graphql';
import { addMember, find, HASH, order, plan, visit } from '../support/inspections';
import { settle, issueAndAcknowledge } from '../support/supervision';
import { expectErrorCodes, expectUserErrors, inDays, ok, useTestHub } from '../support/test-hub';

const t = useTestHub();
beforeAll(async () => {
  await settle(t);
});

const planInput = (input: Partial<PlanInspectionMutationVariables['input']>): PlanInspectionMutationVariables => ({
  input: { title: '拒绝测试', year: 2031, mode: 'ON_SITE', subjectCodes: ['330100'], plannedFrom: inDays(-1), plannedTo: inDays(5), ...input },
});

describe('planning', () => {
  it.each([
    ['upward: the lead’s own government', '330000-REFORM', ['330000']],
    ['upward: the centre', '330100', ['CN']],
    ['sideways: a department of the same government', '330000-REFORM', ['330000-FIN']],
    ['sideways: a sister city', '330100', ['330200']],
    ['another jurisdiction', '330000-REFORM', ['320100']],
    ['one subject out of several', '330000', ['330100', '320000']],
  ])('refuses inspecting %s (SUBJECT_OUT_OF_JURISDICTION)', async (_, lead, subjectCodes) => {
    const r = await t.unchanged(() => t.run(PlanInspectionDocument, planInput({ subjectCodes }), `${lead}:LEAD`));
    expectUserErrors(r, ['SUBJECT_OUT_OF_JURISDICTION']);
  });

  it('refuses unknown subjects, no subjects, bad dates, invisible scope objects, and non-LEADs', async () => {
    const foreign = await issueAndAcknowledge(t, '320000', { recipientCodes: ['320100'] }, false);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(PlanInspectionDocument, planInput({ scopeIds: [foreign.id] }), '330000:LEAD'), ['NOT_FOUND']);
      expectUserErrors(await t.run(PlanInspectionDocument, planInput({ subjectCodes: ['999999'] }), '330000:LEAD'), ['NOT_FOUND']);
      expectUserErrors(await t.run(PlanInspectionDocument, planInput({ subjectCodes: [] }), '330000:LEAD'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(PlanInspectionDocument, planInput({ plannedTo: inDays(-5) }), '330000:LEAD'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(PlanInspectionDocument, planInput({ year: 1999 }), '330000:LEAD'), ['VALIDATION_FAILED']);
    });
  });

  it('refuses viewers, officers and the public at the edge', async () => {
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(PlanInspectionDocument, planInput({}), '330000:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(PlanInspectionDocument, planInput({}), '330000:VIEWER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(PlanInspectionDocument, planInput({})), ['UNAUTHENTICATED']);
    });
  });
});

describe('the joint group', () => {
  let inspectionId: string;
  beforeAll(async () => {
    inspectionId = (await plan(t, '330000-REFORM', { subjectCodes: ['330100', '330200'] })).id;
    await addMember(t, '330000-REFORM', inspectionId, '330000-DISCIPLINE');
  });

  it.each([
    ['a department below the lead’s government', '330100-FIN'],
    ['a government', '330000'],
    ['a subject', '330100'],
    ['a member already', '330000-DISCIPLINE'],
    ['the lead itself', '330000-REFORM'],
    ['another province’s department', '320000-FIN'],
  ])('refuses %s (GROUP_MEMBER_NOT_ELIGIBLE)', async (_, bodyCode) => {
    const r = await t.unchanged(() => t.run(AddInspectionGroupMemberDocument, { input: { inspectionId, bodyCode } }, '330000-REFORM:LEAD'));
    expectUserErrors(r, ['GROUP_MEMBER_NOT_ELIGIBLE']);
  });

  it('refuses a joint group under a lead that is not a reform office, leading group or government (JOINT_GROUP_LEAD_INVALID)', async () => {
    const byFinance = await plan(t, '330000-FIN', { subjectCodes: ['330100-FIN'] });
    const r = await t.unchanged(() => t.run(AddInspectionGroupMemberDocument, { input: { inspectionId: byFinance.id, bodyCode: '330000-DISCIPLINE' } }, '330000-FIN:LEAD'));
    expectUserErrors(r, ['JOINT_GROUP_LEAD_INVALID']);
  });

  it('lets only the lead form the group: members FORBIDDEN, strangers NOT_FOUND', async () => {
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(AddInspectionGroupMemberDocument, { input: { inspectionId, bodyCode: '330000-ORG' } }, '330000-DISCIPLINE:LEAD'), ['FORBIDDEN']);
      expectUserErrors(await t.run(AddInspectionGroupMemberDocument, { input: { inspectionId, bodyCode: '330000-ORG' } }, '320000:LEAD'), ['NOT_FOUND']);
      expectErrorCodes(await t.run(AddInspectionGroupMemberDocument, { input: { inspectionId: 'bad', bodyCode: '330000-ORG' } }, '330000-REFORM:LEAD'), ['BAD_USER_INPUT']);
    });
    expect((await t.run(InspectionNodeDocument, { id: inspectionId }, '320000:LEAD')).data?.node).toBeNull();
  });
});

describe('visits, findings and conclusion', () => {
  it('refuses site visits to a desk inspection (SITE_VISIT_NOT_ALLOWED) and to a non-subject', async () => {
    const desk = await plan(t, '330000-REFORM', { subjectCodes: ['330100'], mode: 'DESK' });
    const onSite = await plan(t, '330000-REFORM', { subjectCodes: ['330100'] });
    await t.unchanged(async () => {
      expectUserErrors(await t.run(RecordSiteVisitDocument, { input: { inspectionId: desk.id, subjectCode: '330100', at: new Date().toISOString(), place: '现场' } }, '330000-REFORM:OFFICER'), [
        'SITE_VISIT_NOT_ALLOWED',
      ]);
      expectUserErrors(await t.run(RecordSiteVisitDocument, { input: { inspectionId: onSite.id, subjectCode: '330200', at: new Date().toISOString(), place: '现场' } }, '330000-REFORM:OFFICER'), ['NOT_FOUND']);
      expectUserErrors(await t.run(RecordSiteVisitDocument, { input: { inspectionId: onSite.id, subjectCode: '330100', at: inDays(1), place: '现场' } }, '330000-REFORM:OFFICER'), ['VALIDATION_FAILED']);
      // above the lead, but not in the group
      expectErrorCodes(await t.run(RecordSiteVisitDocument, { input: { inspectionId: onSite.id, subjectCode: '330100', at: new Date().toISOString(), place: '现场' } }, '330000:LEAD'), ['FORBIDDEN']);
    });
  });

  it('refuses to conclude an on-site inspection without a visit to every subject (SITE_VISIT_REQUIRED)', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330100', '330200'] });
    await visit(t, '330000-REFORM:OFFICER', i.id, '330100');
    const r = await t.unchanged(() => t.run(ConcludeInspectionDocument, { input: { inspectionId: i.id, conclusion: '结束。' } }, '330000-REFORM:LEAD'));
    expectUserErrors(r, ['SITE_VISIT_REQUIRED']);
    expect(r.data!.concludeInspection.userErrors[0].message).toContain('330200');
  });

  it('refuses to conclude while a finding has neither an order nor a reason (FINDINGS_UNRESOLVED); good practice needs neither', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330100'], mode: 'DESK' });
    await find(t, '330000-REFORM:OFFICER', i.id, '330100', { category: 'GOOD_PRACTICE' });
    const open = await find(t, '330000-REFORM:OFFICER', i.id, '330100');
    const r = await t.unchanged(() => t.run(ConcludeInspectionDocument, { input: { inspectionId: i.id, conclusion: '结束。' } }, '330000-REFORM:LEAD'));
    expectUserErrors(r, ['FINDINGS_UNRESOLVED']);
    await order(t, '330000-REFORM', [open.id]);
    ok(await t.run(ConcludeInspectionDocument, { input: { inspectionId: i.id, conclusion: '结束。' } }, '330000-REFORM:LEAD'));
    // Concluded: read-only.
    await t.unchanged(async () => {
      expectUserErrors(
        await t.run(RecordFindingDocument, { input: { inspectionId: i.id, subjectCode: '330100', severity: 'MINOR', category: 'OTHER', description: '补充。' } }, '330000-REFORM:OFFICER'),
        ['INVALID_STATE'],
      );
      expectUserErrors(await t.run(ConcludeInspectionDocument, { input: { inspectionId: i.id, conclusion: '再次结束。' } }, '330000-REFORM:LEAD'), ['INVALID_STATE']);
    });
  });

  it('refuses malformed evidence, objects the lead cannot see, and referrals to a body that is not discipline inspection above the subject', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330100'], mode: 'DESK' });
    const f = await find(t, '330000-REFORM:OFFICER', i.id, '330100');
    const foreign = await plan(t, '320000', { subjectCodes: ['320100'], mode: 'DESK' });
    await t.unchanged(async () => {
      const base = { inspectionId: i.id, subjectCode: '330100', severity: 'MINOR', category: 'OTHER', description: '问题。' } as const;
      expectUserErrors(await t.run(RecordFindingDocument, { input: { ...base, evidenceHashes: ['not-a-hash'] } }, '330000-REFORM:OFFICER'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(RecordFindingDocument, { input: { ...base, aboutId: foreign.id } }, '330000-REFORM:OFFICER'), ['NOT_FOUND']);
      expectUserErrors(await t.run(ReferFindingToDisciplineDocument, { input: { findingId: f.id, disciplineBodyCode: '330000-ORG', grounds: '移送。' } }, '330000-REFORM:LEAD'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(ReferFindingToDisciplineDocument, { input: { findingId: f.id, disciplineBodyCode: '330100', grounds: '移送。' } }, '330000-REFORM:LEAD'), ['VALIDATION_FAILED']);
    });
  });
});

describe('rectification orders', () => {
  let inspectionId: string;
  let hz: string; // a finding at 330100
  let nb: string; // a finding at 330200
  let good: string;
  beforeAll(async () => {
    inspectionId = (await plan(t, '330000-REFORM', { subjectCodes: ['330100', '330200'], mode: 'DESK' })).id;
    await addMember(t, '330000-REFORM', inspectionId, '330000-DISCIPLINE');
    hz = (await find(t, '330000-REFORM:OFFICER', inspectionId, '330100')).id;
    nb = (await find(t, '330000-REFORM:OFFICER', inspectionId, '330200')).id;
    good = (await find(t, '330000-REFORM:OFFICER', inspectionId, '330200', { category: 'GOOD_PRACTICE' })).id;
  });

  it('refuses a deadline not in the future (ORDER_DEADLINE_INVALID), mixed addressees, good practice, and members', async () => {
    await t.unchanged(async () => {
      const input = { findingIds: [hz], requirements: '整改。', deadline: inDays(-1) };
      expectUserErrors(await t.run(IssueRectificationOrderDocument, { input }, '330000-REFORM:LEAD'), ['ORDER_DEADLINE_INVALID']);
      expectUserErrors(await t.run(IssueRectificationOrderDocument, { input: { ...input, deadline: inDays(5), findingIds: [hz, nb] } }, '330000-REFORM:LEAD'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(IssueRectificationOrderDocument, { input: { ...input, deadline: inDays(5), findingIds: [good] } }, '330000-REFORM:LEAD'), ['VALIDATION_FAILED']);
      expectErrorCodes(await t.run(IssueRectificationOrderDocument, { input: { ...input, deadline: inDays(5) } }, '330000-DISCIPLINE:LEAD'), ['FORBIDDEN']);
      // A stranger to the inspection learns nothing of it: NOT_FOUND, on the field it sent.
      const stranger = await t.run(IssueRectificationOrderDocument, { input: { ...input, deadline: inDays(5) } }, '320000:LEAD');
      expectUserErrors(stranger, ['NOT_FOUND']);
      expect(stranger.data?.issueRectificationOrder.userErrors[0]).toMatchObject({ field: ['input', 'findingIds'], message: 'No such inspection.' });
    });
  });

  it('lets only the addressee acknowledge, plan and report (NOT_ORDER_ADDRESSEE), in order (INVALID_STATE)', async () => {
    const o = await order(t, '330000-REFORM', [hz], inDays(10));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330000-REFORM:OFFICER'), ['NOT_ORDER_ADDRESSEE']);
      expectUserErrors(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330000:OFFICER'), ['NOT_ORDER_ADDRESSEE']);
      expectUserErrors(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330200:OFFICER'), ['NOT_FOUND']);
      expectUserErrors(await t.run(SubmitRectificationPlanDocument, { input: { orderId: o.id, plan: '计划。' } }, '330100:OFFICER'), ['INVALID_STATE']);
      expectUserErrors(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '完成。', completed: true } }, '330100:OFFICER'), ['INVALID_STATE']);
    });
    ok(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330100:OFFICER'));
    const again = await t.unchanged(() => t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330100:LEAD'));
    expectUserErrors(again, ['INVALID_STATE']);
  });

  it('lets only the issuer verify (NOT_ORDER_ISSUER), only a reported order (INVALID_STATE), a rejection only with a future deadline', async () => {
    const o = await order(t, '330000-REFORM', [nb], inDays(10));
    ok(await t.run(AcknowledgeRectificationOrderDocument, { input: { orderId: o.id } }, '330200:OFFICER'));
    ok(await t.run(SubmitRectificationPlanDocument, { input: { orderId: o.id, plan: '计划。' } }, '330200:OFFICER'));
    const early = await t.unchanged(() => t.run(VerifyRectificationDocument, { input: { orderId: o.id, accepted: true, onSite: false, note: '提前验收。' } }, '330000-REFORM:LEAD'));
    expectUserErrors(early, ['INVALID_STATE']);
    ok(await t.run(ReportRectificationDocument, { input: { orderId: o.id, content: '完成。', evidenceHashes: [HASH], completed: true } }, '330200:OFFICER'));
    await t.unchanged(async () => {
      const accept = { orderId: o.id, accepted: true, onSite: false, note: '验收。' };
      for (const as of ['330200:LEAD', '330000:LEAD', '330000-DISCIPLINE:LEAD', 'CN-REFORM:LEAD']) {
        expectUserErrors(await t.run(VerifyRectificationDocument, { input: accept }, as), ['NOT_ORDER_ISSUER']);
      }
      expectErrorCodes(await t.run(VerifyRectificationDocument, { input: accept }, '330000-REFORM:OFFICER'), ['FORBIDDEN']);
      expectUserErrors(await t.run(VerifyRectificationDocument, { input: { ...accept, accepted: false } }, '330000-REFORM:LEAD'), ['ORDER_DEADLINE_INVALID']);
      expectUserErrors(await t.run(VerifyRectificationDocument, { input: { ...accept, accepted: false, newDeadline: inDays(-1) } }, '330000-REFORM:LEAD'), ['ORDER_DEADLINE_INVALID']);
      expectUserErrors(await t.run(VerifyRectificationDocument, { input: { ...accept, newDeadline: inDays(3) } }, '330000-REFORM:LEAD'), ['VALIDATION_FAILED']);
    });
  });
});
