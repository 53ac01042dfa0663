import { beforeAll, describe, expect, it } from 'vitest';
import { ToleranceCase } from '../../src/domains/tolerance/tolerance.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  AppealToleranceDecisionDocument,
  ApplyForToleranceDocument,
  RecordToleranceFactsDocument,
  RecordToleranceFactsMutationVariables,
  SignToleranceDecisionDocument,
  ToleranceCaseNodeDocument,
} from '../generated/graphql';
import { settle, issueAndAcknowledge, openCase } from '../support/supervision';
import { expectErrorCodes, expectUserErrors, inDays, ok, useTestHub } from '../support/test-hub';

const t = useTestHub();
beforeAll(async () => {
  await settle(t);
});

const favourable = {
  trial: 'INEXPERIENCE_IN_TRIAL',
  trialFacts: '首次试点。',
  prohibition: 'EXPLORATORY_NOT_PROHIBITED',
  prohibitionFacts: '未见禁止。',
  purpose: 'UNINTENTIONAL_FOR_DEVELOPMENT',
  purposeFacts: '为发展。',
  mitigationTaken: true,
  exclusions: [],
} as const;
const facts = (caseId: string, input: Partial<RecordToleranceFactsMutationVariables['input']> = {}) => ({ input: { caseId, ...favourable, ...input } as RecordToleranceFactsMutationVariables['input'] });
const sign = (caseId: string, outcome: 'TOLERATED' | 'MITIGATED' | 'ACCOUNTABLE', reason?: string) => ({ input: { caseId, outcome, reason } });

async function caseWithFacts(subject = '330100') {
  const c = await openCase(t, `${subject}:LEAD`, {});
  ok(await t.run(RecordToleranceFactsDocument, facts(c.id), '330000-DISCIPLINE:OFFICER'));
  return c;
}

describe('opening a case', () => {
  it('refuses bodies that are neither the subject’s LEAD nor a decider above it (FORBIDDEN), and the public', async () => {
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(ApplyForToleranceDocument, { input: { subjectBodyCode: '330100', matter: '上级代为申请', actAt: new Date().toISOString() } }, '330000:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ApplyForToleranceDocument, { input: { matter: '经办人申请', actAt: new Date().toISOString() } }, '330100:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ApplyForToleranceDocument, { input: { subjectBodyCode: '320100', matter: '越界', actAt: new Date().toISOString() } }, '330000-DISCIPLINE:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ApplyForToleranceDocument, { input: { matter: '只读', actAt: new Date().toISOString() } }, '330100:VIEWER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ApplyForToleranceDocument, { input: { matter: '匿名', actAt: new Date().toISOString() } }), ['UNAUTHENTICATED']);
    });
  });

  it('refuses an act in the future, an unknown power or body', async () => {
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ApplyForToleranceDocument, { input: { matter: '未来的行为', actAt: inDays(1) } }, '330100:LEAD'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(ApplyForToleranceDocument, { input: { matter: '事权不存在', actAt: new Date().toISOString(), powerCode: 'NO-SUCH-POWER' } }, '330100:LEAD'), ['NOT_FOUND']);
      expectUserErrors(await t.run(ApplyForToleranceDocument, { input: { subjectBodyCode: '999999', matter: '主体不存在', actAt: new Date().toISOString() } }, 'CN-ORG:LEAD'), ['NOT_FOUND']);
    });
  });
});

describe('recording facts', () => {
  it('refuses “not prohibited” while an acknowledged prohibiting directive is on record, unless the deciders say why (PROHIBITION_ON_RECORD)', async () => {
    await issueAndAcknowledge(t, '330000', { recipientCodes: ['330100'], prohibits: ['变相举债'] });
    const c = await openCase(t, '330100:LEAD', { keywords: ['变相举债'] });
    const r = await t.unchanged(() => t.run(RecordToleranceFactsDocument, facts(c.id), '330000-DISCIPLINE:OFFICER'));
    expectUserErrors(r, ['PROHIBITION_ON_RECORD']);
    // With the reason it is accepted, and the reason is kept.
    const accepted = ok(await t.run(RecordToleranceFactsDocument, facts(c.id, { prohibitionOverrideReason: '通知所指为融资平台，不含本事项。' }), '330000-DISCIPLINE:OFFICER')).toleranceCase!;
    expect(accepted.prohibitionOverrideReason).toBe('通知所指为融资平台，不含本事项。');
  });

  it('does not count a prohibition that was not acknowledged before the act', async () => {
    await issueAndAcknowledge(t, '330000', { recipientCodes: ['330200'], prohibits: ['变相举债'] }, false);
    const c = await openCase(t, '330200:LEAD', { keywords: ['变相举债'] });
    const r = ok(await t.run(RecordToleranceFactsDocument, facts(c.id), '330000-DISCIPLINE:OFFICER')).toleranceCase!;
    expect(r.priorProhibitions).toMatchObject([{ acknowledgedAt: null, acknowledgedBeforeAct: false }]);
  });

  it('refuses anyone but an eligible decider (DECIDER_NOT_ELIGIBLE), and hides the case from others (NOT_FOUND)', async () => {
    const c = await openCase(t, '330100:LEAD', {});
    await t.unchanged(async () => {
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id), '330100:LEAD'), ['DECIDER_NOT_ELIGIBLE']);
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id), '330000-REFORM:LEAD'), ['NOT_FOUND']);
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id), '330000:LEAD'), ['NOT_FOUND']);
      expectErrorCodes(await t.run(RecordToleranceFactsDocument, facts(c.id), '330000-DISCIPLINE:VIEWER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(RecordToleranceFactsDocument, facts('not-an-id'), '330000-DISCIPLINE:OFFICER'), ['BAD_USER_INPUT']);
    });
  });

  it('refuses a link to a directive the subject did not receive before the act, and missing facts', async () => {
    const c = await openCase(t, '330100:LEAD', {});
    const later = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330100'], prohibits: ['事后'] });
    const elsewhere = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330300'] }, false);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id, { linkedProhibitionIds: [later.id] }), '330000-ORG:OFFICER'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id, { linkedProhibitionIds: [elsewhere.id] }), '330000-ORG:OFFICER'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(RecordToleranceFactsDocument, facts(c.id, { trialFacts: '' }), '330000-ORG:OFFICER'), ['VALIDATION_FAILED']);
    });
  });

  it('refuses new facts once a decider has signed (INVALID_STATE)', async () => {
    const c = await caseWithFacts();
    ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'));
    const r = await t.unchanged(() => t.run(RecordToleranceFactsDocument, facts(c.id, { trial: 'KNOWING_VIOLATION' }), '330000-ORG:OFFICER'));
    expectUserErrors(r, ['INVALID_STATE']);
  });
});

describe('signing', () => {
  it('refuses to decide while a distinction is UNDETERMINED (FACTS_INCOMPLETE)', async () => {
    const c = await openCase(t, '330100:LEAD', {});
    ok(await t.run(RecordToleranceFactsDocument, facts(c.id, { purpose: 'UNDETERMINED', purposeFacts: null }), '330000-DISCIPLINE:OFFICER'));
    const r = await t.unchanged(() => t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'));
    expectUserErrors(r, ['FACTS_INCOMPLETE']);
  });

  it('one signature decides nothing; the same account cannot sign twice; two of one kind are not a co-signature', async () => {
    const c = await caseWithFacts();
    const once = ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD')).toleranceCase!;
    expect(once).toMatchObject({ status: 'UNDER_VERIFICATION', decision: null });
    await t.unchanged(async () => {
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'), ['DECIDER_NOT_ELIGIBLE']);
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), 'CN-DISCIPLINE:LEAD'), ['COSIGNATURE_REQUIRED']);
      // the co-signer must name the same outcome
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(c.id, 'MITIGATED', '应从轻。'), '330000-ORG:LEAD'), ['COSIGNATURE_REQUIRED']);
      // and with one signature there is nothing to appeal
      expectUserErrors(await t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '申诉。' } }, '330100:LEAD'), ['INVALID_STATE']);
    });
    const node = await t.run(ToleranceCaseNodeDocument, { id: c.id }, '330100:LEAD');
    expect(node.data?.node).toMatchObject({ status: 'UNDER_VERIFICATION', decision: null });
  });

  it('refuses signers outside the deciders: a subject LEAD, a reform office, a government (DECIDER_NOT_ELIGIBLE / NOT_FOUND)', async () => {
    const c = await caseWithFacts();
    await t.unchanged(async () => {
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330100:LEAD'), ['DECIDER_NOT_ELIGIBLE']);
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000:LEAD'), ['NOT_FOUND']);
      expectErrorCodes(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:OFFICER'), ['FORBIDDEN']);
    });
  });

  it('refuses a decision against the derived outcome without a reason (REASON_REQUIRED)', async () => {
    const c = await caseWithFacts();
    const r = await t.unchanged(() => t.run(SignToleranceDecisionDocument, sign(c.id, 'ACCOUNTABLE'), '330000-ORG:LEAD'));
    expectUserErrors(r, ['REASON_REQUIRED']);
  });

  it('refuses signing before the facts and after the decision (INVALID_STATE)', async () => {
    const fresh = await openCase(t, '330100:LEAD', {});
    const decided = await caseWithFacts();
    ok(await t.run(SignToleranceDecisionDocument, sign(decided.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'));
    ok(await t.run(SignToleranceDecisionDocument, sign(decided.id, 'TOLERATED'), '330000-ORG:LEAD'));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(fresh.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'), ['INVALID_STATE']);
      expectUserErrors(await t.run(SignToleranceDecisionDocument, sign(decided.id, 'TOLERATED'), 'CN-ORG:LEAD'), ['INVALID_STATE']);
    });
  });
});

describe('appeal', () => {
  it('is refused after the window (APPEAL_WINDOW_CLOSED), to anyone but the subject, and twice', async () => {
    const c = await caseWithFacts();
    ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'));
    ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-ORG:LEAD'));
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '代为申诉。' } }, '330000-ORG:LEAD'), ['FORBIDDEN']);
    });
    // The window is 30 days; move its end into the past instead of waiting.
    await t.em.update(ToleranceCase, { rowId: parseGlobalId(c.id)!.rowId }, { appealBy: new Date(Date.now() - 1000) });
    const r = await t.unchanged(() => t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '逾期申诉。' } }, '330100:LEAD'));
    expectUserErrors(r, ['APPEAL_WINDOW_CLOSED']);
  });

  it('is taken once', async () => {
    const c = await caseWithFacts();
    ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-DISCIPLINE:LEAD'));
    ok(await t.run(SignToleranceDecisionDocument, sign(c.id, 'TOLERATED'), '330000-ORG:LEAD'));
    ok(await t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '申诉。' } }, '330100:LEAD'));
    const r = await t.unchanged(() => t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '再次申诉。' } }, '330100:LEAD'));
    expectUserErrors(r, ['INVALID_STATE']);
  });
});
