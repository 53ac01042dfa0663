import { describe, expect, it } from 'vitest';
import { ThirdPartyAssessment } from '../../src/domains/evaluation/evaluation.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  ChallengeEvaluationDocument,
  ComputeEvaluationDocument,
  DefineIndicatorDocument,
  DefineIndicatorSystemDocument,
  DefineIndicatorSystemMutationVariables,
  DisputeObservationDocument,
  FinalizeEvaluationDocument,
  PublishEvaluationDocument,
  PublishObjectDocument,
  RecordDisclosureReviewDocument,
  RecordSurveyResultsDocument,
  RecordThirdPartyAssessmentDocument,
  ReportObservationDocument,
  VerifyObservationDocument,
} from '../generated/graphql';
import { DATA_OWNER, defineIndicator, observe, OWNER, PERIOD, twoIndicatorSystem, YEAR } from '../support/evaluation';
import { expectErrorCodes, expectUserErrors, ok, useTestHub } from '../support/test-hub';

const t = useTestHub({ settled: true });

const system = (input: Partial<DefineIndicatorSystemMutationVariables['input']>) => ({
  input: { code: 'REFUSED', year: YEAR, weights: [], minObjectiveShare: '50.00', challengeDays: 0, public: false, ...input } as DefineIndicatorSystemMutationVariables['input'],
});

describe('indicator systems', () => {
  it('refuses weights that do not sum to exactly 100.00 (WEIGHTS_MUST_SUM_100)', async () => {
    const a = await defineIndicator(t.testHub);
    const b = await defineIndicator(t.testHub, { source: 'EXPERT' });
    await t.unchanged(async () => {
      for (const [wa, wb] of [['60.00', '39.99'], ['60.00', '40.01'], ['0.01', '0.01']]) {
        expectUserErrors(await t.run(DefineIndicatorSystemDocument, system({ weights: [{ indicatorId: a.id, weight: wa }, { indicatorId: b.id, weight: wb }] }), OWNER), ['WEIGHTS_MUST_SUM_100']);
      }
    });
  });

  it('refuses an objective share below the minimum (OBJECTIVE_SHARE_TOO_LOW)', async () => {
    const a = await defineIndicator(t.testHub);
    const b = await defineIndicator(t.testHub, { source: 'SATISFACTION_SURVEY' });
    const r = await t.unchanged(() => t.run(DefineIndicatorSystemDocument, system({ weights: [{ indicatorId: a.id, weight: '49.99' }, { indicatorId: b.id, weight: '50.01' }] }), OWNER));
    expectUserErrors(r, ['OBJECTIVE_SHARE_TOO_LOW']);
  });

  it('refuses malformed decimals and weights (BAD_USER_INPUT), a target short of the baseline, a hub metric with a data owner, a non-LEAD', async () => {
    const a = await defineIndicator(t.testHub);
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(DefineIndicatorDocument, { input: { code: 'BAD-1', title: '浮点', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', baseline: '1e3', target: '100' } }, OWNER), ['BAD_USER_INPUT']);
      expectErrorCodes(await t.run(DefineIndicatorDocument, { input: { code: 'BAD-2', title: '浮点', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', baseline: 0.5 as never, target: '100' } }, OWNER), ['BAD_USER_INPUT']);
      expectErrorCodes(await t.run(DefineIndicatorSystemDocument, system({ weights: [{ indicatorId: a.id, weight: '100.001' }] }), OWNER), ['BAD_USER_INPUT']);
      expectUserErrors(await t.run(DefineIndicatorDocument, { input: { code: 'BAD-3', title: '方向', unit: '天', source: 'OBJECTIVE', direction: 'LOWER_IS_BETTER', baseline: '5', target: '20' } }, OWNER), ['VALIDATION_FAILED']);
      expectUserErrors(
        await t.run(DefineIndicatorDocument, { input: { code: 'BAD-4', title: '系统', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', hubMetric: 'TASK_COMPLETION_ON_TIME', dataOwnerCode: '330000-DRC', baseline: '0', target: '100' } }, OWNER),
        ['VALIDATION_FAILED'],
      );
      expectErrorCodes(await t.run(DefineIndicatorSystemDocument, system({ weights: [{ indicatorId: a.id, weight: '100.00' }] }), '330000:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(DefineIndicatorDocument, { input: { code: 'BAD-5', title: '匿名', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', baseline: '0', target: '1' } }), ['UNAUTHENTICATED']);
    });
  });
});

describe('observations', () => {
  it('refuses verification by the reporter or the observed body (SELF_VERIFICATION)', async () => {
    const { objective } = await twoIndicatorSystem(t.testHub);
    const byOwner = await observe(t.testHub, objective.id, '330300', '2', false);
    const own = ok(await t.run(ReportObservationDocument, { input: { indicatorId: objective.id, bodyCode: '330400', period: PERIOD, value: '2' } }, '330400:OFFICER')).observation!;
    await t.unchanged(async () => {
      expectUserErrors(await t.run(VerifyObservationDocument, { input: { observationId: byOwner.id } }, DATA_OWNER), ['SELF_VERIFICATION']);
      expectUserErrors(await t.run(VerifyObservationDocument, { input: { observationId: byOwner.id } }, '330300:LEAD'), ['SELF_VERIFICATION']);
      expectUserErrors(await t.run(VerifyObservationDocument, { input: { observationId: own.id } }, '330400:LEAD'), ['SELF_VERIFICATION']);
    });
  });

  it('refuses reports by anyone but the data owner or the body itself, and hub-computed indicators', async () => {
    const { objective } = await twoIndicatorSystem(t.testHub);
    const hub = await defineIndicator(t.testHub, { hubMetric: 'RECTIFICATION_ON_TIME', dataOwnerCode: null });
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(ReportObservationDocument, { input: { indicatorId: objective.id, bodyCode: '330100', period: PERIOD, value: '1' } }, '330200:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ReportObservationDocument, { input: { indicatorId: objective.id, bodyCode: '320100', period: PERIOD, value: '1' } }, DATA_OWNER), ['FORBIDDEN']);
      expectUserErrors(await t.run(ReportObservationDocument, { input: { indicatorId: hub.id, bodyCode: '330100', period: PERIOD, value: '1' } }, '330100:OFFICER'), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(ReportObservationDocument, { input: { indicatorId: objective.id, bodyCode: '330100', period: 'last year', value: '1' } }, DATA_OWNER), ['VALIDATION_FAILED']);
    });
  });
});

describe('computing', () => {
  it('refuses while a weighted component has no verified input: none, only reported, or disputed (MISSING_COMPONENTS)', async () => {
    const { objective, expert, system: s } = await twoIndicatorSystem(t.testHub);
    await observe(t.testHub, objective.id, '330500', '1');
    const compute = () => t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330500'] } }, OWNER);
    expectUserErrors(await t.unchanged(compute), ['MISSING_COMPONENTS']);
    const reported = await observe(t.testHub, expert.id, '330500', '10', false);
    expectUserErrors(await t.unchanged(compute), ['MISSING_COMPONENTS']);
    ok(await t.run(VerifyObservationDocument, { input: { observationId: reported.id } }, '330000:OFFICER'));
    ok(await t.run(DisputeObservationDocument, { input: { observationId: reported.id, reason: '口径不一致。' } }, '330500:OFFICER'));
    expectUserErrors(await t.unchanged(compute), ['MISSING_COMPONENTS']);
  });

  it('refuses subjects outside the owner’s jurisdiction, anyone but the owner, and another year', async () => {
    const { objective, expert, system: s } = await twoIndicatorSystem(t.testHub);
    await observe(t.testHub, objective.id, '330600', '1');
    await observe(t.testHub, expert.id, '330600', '10');
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330600', '320100'] } }, OWNER), ['SUBJECT_OUT_OF_JURISDICTION']);
      expectUserErrors(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330000'] } }, OWNER), ['SUBJECT_OUT_OF_JURISDICTION']);
      expectErrorCodes(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330600'] } }, '330000-DRC:LEAD'), ['FORBIDDEN']);
      expectUserErrors(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: String(YEAR - 1), subjectCodes: ['330600'] } }, OWNER), ['VALIDATION_FAILED']);
    });
  });
});

describe('final is immutable', () => {
  it('refuses to finalize inside the challenge window, a late challenge, and any change once FINAL or PUBLISHED (EVALUATION_FINAL)', async () => {
    const { objective, expert, system: s } = await twoIndicatorSystem(t.testHub, 30);
    await observe(t.testHub, objective.id, '330700', '1');
    await observe(t.testHub, expert.id, '330700', '10');
    const [e] = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330700'] } }, OWNER)).evaluations!;
    await t.unchanged(async () => {
      expectUserErrors(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, OWNER), ['INVALID_STATE']);
      expectUserErrors(await t.run(PublishEvaluationDocument, { input: { evaluationId: e.id } }, OWNER), ['INVALID_STATE']);
      expectErrorCodes(await t.run(ChallengeEvaluationDocument, { input: { evaluationId: e.id, grounds: '不服。' } }, '330700:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, '330700:LEAD'), ['FORBIDDEN']);
    });
    ok(await t.run(ChallengeEvaluationDocument, { input: { evaluationId: e.id, grounds: '数据有误。' } }, '330700:LEAD'));
    expectUserErrors(await t.unchanged(() => t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, OWNER)), ['VALIDATION_FAILED']);
    ok(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id, challengeResponse: '已复核。' } }, OWNER));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id, challengeResponse: '再改。' } }, OWNER), ['EVALUATION_FINAL']);
      expectUserErrors(await t.run(ChallengeEvaluationDocument, { input: { evaluationId: e.id, grounds: '再议。' } }, '330700:LEAD'), ['EVALUATION_FINAL']);
    });
    ok(await t.run(PublishEvaluationDocument, { input: { evaluationId: e.id } }, OWNER));
    expectUserErrors(await t.unchanged(() => t.run(PublishEvaluationDocument, { input: { evaluationId: e.id } }, OWNER)), ['EVALUATION_FINAL']);
  });
});

describe('surveys and third-party assessments', () => {
  const hash = 'ab'.repeat(32);

  it('refuses a survey with fewer responses than the indicator’s minimum (SAMPLE_TOO_SMALL)', async () => {
    const survey = await defineIndicator(t.testHub, { source: 'SATISFACTION_SURVEY', minSampleSize: 500, baseline: '60', target: '95' });
    const input = { indicatorId: survey.id, bodyCode: '330100', period: PERIOD, title: '满意度调查', population: '杭州市常住居民', methodologyHash: hash };
    const r = await t.unchanged(() => t.run(RecordSurveyResultsDocument, { input: { ...input, distribution: [200, 150, 100, 30, 19] } }, DATA_OWNER));
    expectUserErrors(r, ['SAMPLE_TOO_SMALL']);
    // 500 responses are enough: 350 of them satisfied = 70.0000 %.
    const ok500 = ok(await t.run(RecordSurveyResultsDocument, { input: { ...input, distribution: [200, 150, 100, 30, 20] } }, DATA_OWNER)).observation!;
    expect(ok500).toMatchObject({ value: '70.0000', status: 'REPORTED', survey: { sampleSize: 500, distribution: [200, 150, 100, 30, 20], satisfaction: '70.0000' } });
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(RecordSurveyResultsDocument, { input: { ...input, distribution: [500, 0, 0, 0, 0] } }, '330100:OFFICER'), ['FORBIDDEN']);
      expectUserErrors(await t.run(RecordSurveyResultsDocument, { input: { ...input, distribution: [500, 0, 0, 0] } }, DATA_OWNER), ['VALIDATION_FAILED']);
    });
  });

  it('refuses an assessor that is not an independent THIRD_PARTY body (ASSESSOR_NOT_INDEPENDENT)', async () => {
    const tp = await defineIndicator(t.testHub, { source: 'THIRD_PARTY', dataOwnerCode: null, baseline: '0', target: '100' });
    const input = { indicatorId: tp.id, bodyCode: '330100', period: PERIOD, value: '82.5', reportHash: hash };
    await t.unchanged(async () => {
      // Under the commissioning province; not a third party at all; the subject itself.
      expectUserErrors(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, assessorCode: '330000-TP' } }, '330000:OFFICER'), ['ASSESSOR_NOT_INDEPENDENT']);
      expectUserErrors(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, assessorCode: 'CN-NDRC' } }, '330000:OFFICER'), ['ASSESSOR_NOT_INDEPENDENT']);
      expectUserErrors(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, assessorCode: '330100' } }, '330000:OFFICER'), ['ASSESSOR_NOT_INDEPENDENT']);
      expectErrorCodes(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, assessorCode: 'CN-CCIEE' } }, '330100:OFFICER'), ['FORBIDDEN']);
    });
    const o = ok(await t.run(RecordThirdPartyAssessmentDocument, { input: { ...input, assessorCode: 'CN-CCIEE' } }, '330000:OFFICER')).observation!;
    expect(o).toMatchObject({ value: '82.5000', status: 'REPORTED', reportedBy: { code: 'CN-CCIEE' }, assessment: { assessor: { code: 'CN-CCIEE' }, commissionedBy: { code: '330000' }, reportHash: hash } });
    // The commissioning province is neither the reporter nor the subject: it verifies, once the
    // draft's comment window has ended (moved into the past here; see evaluation.tolerance-drafts).
    await t.em.update(ThirdPartyAssessment, { observationId: parseGlobalId(o.id)!.rowId }, { commentsUntil: new Date(Date.now() - 1000) });
    ok(await t.run(VerifyObservationDocument, { input: { observationId: o.id } }, '330000:OFFICER'));
  });
});

describe('publication needs a public system', () => {
  it('refuses to publish an evaluation under a non-public indicator system, by either path, and changes nothing (INVALID_STATE)', async () => {
    const indicator = await defineIndicator(t.testHub, { source: 'OBJECTIVE', hubMetric: 'TASK_COMPLETION_ON_TIME', dataOwnerCode: null });
    const s = ok(await t.run(DefineIndicatorSystemDocument, system({ code: 'INTERNAL-ONLY', weights: [{ indicatorId: indicator.id, weight: '100.00' }], minObjectiveShare: '100.00', public: false }), OWNER)).indicatorSystem!;
    const [e] = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: s.id, period: PERIOD, subjectCodes: ['330700'] } }, OWNER)).evaluations!;
    expect(ok(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, OWNER)).evaluation!.status).toBe('FINAL');
    ok(await t.run(RecordDisclosureReviewDocument, { input: { id: e.id } }, OWNER));
    await t.unchanged(async () => {
      const direct = await t.run(PublishEvaluationDocument, { input: { evaluationId: e.id } }, OWNER);
      expectUserErrors(direct, ['INVALID_STATE']);
      expect(direct.data!.publishEvaluation.userErrors[0].message).toMatch(/INTERNAL-ONLY is not public/);
      const generic = await t.run(PublishObjectDocument, { input: { id: e.id } }, OWNER);
      expectUserErrors(generic, ['INVALID_STATE']);
      expect(generic.data!.publishObject.userErrors[0].message).toMatch(/INTERNAL-ONLY is not public/);
    });
  });
});
