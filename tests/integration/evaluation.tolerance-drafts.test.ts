import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Evaluation, ThirdPartyAssessment } from '../../src/domains/evaluation/evaluation.entities';
import { verifyEvaluation } from '../../src/domains/evaluation/evaluation.verify';
import { RectificationOrder } from '../../src/domains/supervision/supervision.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  ApplyForToleranceDocument,
  CommentOnAssessmentDraftDocument,
  ComputeEvaluationDocument,
  DefineIndicatorSystemDocument,
  RecordThirdPartyAssessmentDocument,
  RecordToleranceFactsDocument,
  RecordToleranceFactsMutationVariables,
  SignToleranceDecisionDocument,
  VerifyObservationDocument,
} from '../generated/graphql';
import { defineIndicator, OWNER, PERIOD, YEAR } from '../support/evaluation';
import { find, order, plan } from '../support/inspections';
import { post } from '../support/raw';
import { openCase } from '../support/supervision';
import { expectErrorCodes, expectUserErrors, ok, useTestHub } from '../support/test-hub';

const t = useTestHub({ settled: true });
const rowId = (id: string) => parseGlobalId(id)!.rowId;

/** A late, unverified rectification order to `subject` for a new finding (its deadline moved into the past). */
async function lateOrder(inspectionId: string, subject: string) {
  const finding = await find(t, '330000-REFORM:OFFICER', inspectionId, subject);
  const o = await order(t, '330000-REFORM', [finding.id]);
  await t.em.update(RectificationOrder, { rowId: rowId(o.id) }, { deadline: new Date(Date.now() - 3_600_000) });
  return finding;
}

/** Decides a case covering `findingIds`: TOLERATED when mitigation was taken, MITIGATED otherwise. */
async function decide(subject: string, findingIds: string[], mitigationTaken: boolean) {
  const c = await openCase(t, '330000-DISCIPLINE:OFFICER', { subjectBodyCode: subject, findingIds });
  const facts = {
    caseId: c.id,
    trial: 'INEXPERIENCE_IN_TRIAL',
    trialFacts: '首次试点。',
    prohibition: 'EXPLORATORY_NOT_PROHIBITED',
    prohibitionFacts: '无明确限制。',
    purpose: 'UNINTENTIONAL_FOR_DEVELOPMENT',
    purposeFacts: '无个人利益。',
    mitigationTaken,
    exclusions: [],
  } as RecordToleranceFactsMutationVariables['input'];
  ok(await t.run(RecordToleranceFactsDocument, { input: facts }, '330000-DISCIPLINE:OFFICER'));
  const outcome = mitigationTaken ? 'TOLERATED' : 'MITIGATED';
  ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome } }, '330000-DISCIPLINE:LEAD'));
  const decided = ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome } }, '330000-ORG:LEAD')).toleranceCase!;
  expect(decided.status).toBe('DECIDED');
  const read = await post(t.url, 'query ($id: ID!) { node(id: $id) { ... on ToleranceCase { coveredFindings { id } } } }', { id: c.id }, await t.token('330000-DISCIPLINE', 'LEAD'));
  expect((read.data!.node as { coveredFindings: { id: string }[] }).coveredFindings.map((f) => f.id)).toEqual(findingIds);
}

describe('tolerated findings are excluded from negative scoring (CHAIN §3.5 rule 5)', () => {
  it('a late order whose finding a TOLERATED case covers leaves the rectification-on-time figure; a MITIGATED one does not; the result verifies', async () => {
    const subject = '331000';
    const i = await plan(t, '330000-REFORM', { subjectCodes: [subject], year: YEAR, mode: 'DESK' });
    const tolerated = await lateOrder(i.id, subject);
    const mitigated = await lateOrder(i.id, subject);
    const rect = await defineIndicator(t, { hubMetric: 'RECTIFICATION_ON_TIME', dataOwnerCode: null, baseline: '0', target: '100' });
    const system = ok(
      await t.run(DefineIndicatorSystemDocument, { input: { code: `RECT-${rect.code}`, year: YEAR, weights: [{ indicatorId: rect.id, weight: '100.00' }], minObjectiveShare: '50.00', challengeDays: 0, public: false } }, OWNER),
    ).indicatorSystem!;
    const compute = async () => ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: [subject] } }, OWNER)).evaluations![0];
    const figure = (source: string) => {
      const m = /^hub:RECTIFICATION_ON_TIME:(\d+)\/(\d+)(?::tolerated=(\d+))?$/.exec(source)!;
      return { onTime: Number(m[1]), due: Number(m[2]), tolerated: Number(m[3] ?? 0) };
    };

    const before = figure((await compute()).components[0].source);
    expect(before.due).toBeGreaterThanOrEqual(2);
    expect(before.tolerated).toBe(0);

    await decide(subject, [mitigated.id], false);
    const afterMitigated = figure((await compute()).components[0].source);
    expect(afterMitigated).toEqual(before);

    await decide(subject, [tolerated.id], true);
    const e = await compute();
    const after = figure(e.components[0].source);
    expect(after).toEqual({ onTime: before.onTime, due: before.due - 1, tolerated: 1 });
    // Fewer late items, higher score: exactly onTime / due.
    const expectedValue = after.due === 0 ? 100 : (after.onTime * 100) / after.due;
    expect(Number(e.components[0].value)).toBeCloseTo(expectedValue, 3);

    // Anyone recomputing from the inputs gets the same total and hash.
    const v = (await verifyEvaluation(t.em as DataSource['manager'], rowId(e.id)))!;
    expect(v.problems).toEqual([]);
    expect(v.inputsHash).toBe((await t.em.findOneByOrFail(Evaluation, { rowId: rowId(e.id) })).inputsHash);
  });

  it('refuses a case covering a finding about another body (VALIDATION_FAILED), changing nothing', async () => {
    const i = await plan(t, '330000-REFORM', { subjectCodes: ['330900'], year: YEAR, mode: 'DESK' });
    const finding = await find(t, '330000-REFORM:OFFICER', i.id, '330900');
    await t.unchanged(async () => {
      const r = await t.run(ApplyForToleranceDocument, { input: { subjectBodyCode: '330800', matter: '先行先试。', actAt: new Date().toISOString(), findingIds: [finding.id] } }, '330000-DISCIPLINE:OFFICER');
      expectUserErrors(r, ['VALIDATION_FAILED']);
    });
  });
});

describe('third-party assessments: a draft published for comment before it is final', () => {
  const hash = 'ab'.repeat(32);

  it('opens a comment window; the assessed body comments once; verification (final) is refused until the window ends (COMMENT_WINDOW_OPEN)', async () => {
    const tp = await defineIndicator(t, { source: 'THIRD_PARTY', dataOwnerCode: null, baseline: '0', target: '100' });
    const input = { indicatorId: tp.id, bodyCode: '330100', period: PERIOD, value: '82.5', reportHash: hash, assessorCode: 'CN-CCIEE' };
    await t.unchanged(async () => {
      for (const commentDays of [0, 61]) expectUserErrors(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, commentDays } }, '330000:OFFICER'), ['VALIDATION_FAILED']);
    });
    const o = ok(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, commentDays: 5 } }, '330000:OFFICER')).observation!;
    const until = new Date(o.assessment!.commentsUntil!).getTime();
    expect(until - Date.now()).toBeGreaterThan(4.9 * 86_400_000);
    expect(o.assessment!.subjectResponse).toBeNull();

    await t.unchanged(async () => {
      expectUserErrors(await t.run(VerifyObservationDocument, { input: { observationId: o.id } }, '330000:OFFICER'), ['COMMENT_WINDOW_OPEN']);
      // Only the assessed body comments.
      expectErrorCodes(await t.run(CommentOnAssessmentDraftDocument, { input: { observationId: o.id, response: '不是我们。' } }, '330000-DRC:OFFICER'), ['FORBIDDEN']);
    });
    const commented = ok(await t.run(CommentOnAssessmentDraftDocument, { input: { observationId: o.id, response: '第三方评估对审批用时的统计口径有误，请复核。' } }, '330100:OFFICER')).observation!;
    expect(commented.assessment).toMatchObject({ subjectResponse: '第三方评估对审批用时的统计口径有误，请复核。' });
    await t.unchanged(async () => {
      expectUserErrors(await t.run(CommentOnAssessmentDraftDocument, { input: { observationId: o.id, response: '再说一次。' } }, '330100:LEAD'), ['INVALID_STATE']);
      expectUserErrors(await t.run(VerifyObservationDocument, { input: { observationId: o.id } }, '330000:OFFICER'), ['COMMENT_WINDOW_OPEN']);
    });

    // The window ends (moved into the past: no sleeping five days); now it becomes final.
    await t.em.update(ThirdPartyAssessment, { observationId: rowId(o.id) }, { commentsUntil: new Date(Date.now() - 1000) });
    const verified = ok(await t.run(VerifyObservationDocument, { input: { observationId: o.id } }, '330000:OFFICER')).observation!;
    expect(verified.status).toBe('VERIFIED');
  });
});
