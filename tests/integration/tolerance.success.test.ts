import { beforeAll, describe, expect, it } from 'vitest';
import {
  AppealToleranceDecisionDocument,
  DecisionPageDocument,
  DecisionViewDocument,
  RecordToleranceFactsDocument,
  RecordToleranceFactsMutationVariables,
  SignToleranceDecisionDocument,
  ToleranceCaseNodeDocument,
  ToleranceCasesDocument,
} from '../generated/graphql';
import { draft } from '../support/decisions';
import { issueAndAcknowledge, openCase } from '../support/supervision';
import { ok, useTestHub } from '../support/test-hub';

const t = useTestHub();

const favourable = {
  trial: 'INEXPERIENCE_IN_TRIAL',
  trialFacts: '首次开展园区担保试点，缺乏经验。',
  prohibition: 'EXPLORATORY_NOT_PROHIBITED',
  prohibitionFacts: '上级未作明确限制。',
  purpose: 'UNINTENTIONAL_FOR_DEVELOPMENT',
  purposeFacts: '为推动园区企业融资，无个人利益。',
  mitigationTaken: true,
  exclusions: [],
} as const;

function facts(caseId: string, input: Partial<RecordToleranceFactsMutationVariables['input']> = {}): RecordToleranceFactsMutationVariables {
  return { input: { caseId, ...favourable, ...input } as RecordToleranceFactsMutationVariables['input'] };
}

// The documented table (CHAIN.md §3.5 rule 1), written out independently of the implementation.
const TRIAL = ['INEXPERIENCE_IN_TRIAL', 'KNOWING_VIOLATION', 'UNDETERMINED'] as const;
const PROHIBITION = ['EXPLORATORY_NOT_PROHIBITED', 'DEFIED_EXPLICIT_PROHIBITION', 'UNDETERMINED'] as const;
const PURPOSE = ['UNINTENTIONAL_FOR_DEVELOPMENT', 'FOR_PRIVATE_GAIN', 'UNDETERMINED'] as const;
const EXCLUSIONS = [[], ['MAJOR_SAFETY_ACCIDENT'], ['CONCEALMENT', 'REPEATED_AFTER_WARNING']] as const;

function expected(trial: string, prohibition: string, purpose: string, mitigation: boolean, exclusions: readonly string[]) {
  const rules: string[] = [];
  if (trial === 'UNDETERMINED') rules.push('UNDETERMINED_TRIAL');
  if (prohibition === 'UNDETERMINED') rules.push('UNDETERMINED_PROHIBITION');
  if (purpose === 'UNDETERMINED') rules.push('UNDETERMINED_PURPOSE');
  const undetermined = rules.length > 0;
  if (trial === 'KNOWING_VIOLATION') rules.push('KNOWING_VIOLATION');
  if (prohibition === 'DEFIED_EXPLICIT_PROHIBITION') rules.push('DEFIED_PROHIBITION');
  if (purpose === 'FOR_PRIVATE_GAIN') rules.push('PRIVATE_GAIN');
  for (const _ of exclusions) rules.push('EXCLUSION');
  const accountable = rules.length > (undetermined ? rules.filter((r) => r.startsWith('UNDETERMINED')).length : 0);
  if (undetermined) return { outcome: null, rules };
  if (accountable) return { outcome: 'ACCOUNTABLE', rules };
  return mitigation ? { outcome: 'TOLERATED', rules: ['ALL_FAVOURABLE_WITH_MITIGATION'] } : { outcome: 'MITIGATED', rules: ['ALL_FAVOURABLE_WITHOUT_MITIGATION'] };
}

describe('the derivation table', () => {
  it('gives the documented outcome and names the rules for every combination of the distinctions × mitigation × exclusions', async () => {
    const c = await openCase(t, '330100:LEAD', { keywords: ['担保'] });
    let combinations = 0;
    const outcomes = new Map<string, number>();
    for (const trial of TRIAL)
      for (const prohibition of PROHIBITION)
        for (const purpose of PURPOSE)
          for (const mitigationTaken of [true, false])
            for (const exclusions of EXCLUSIONS) {
              const r = ok(await t.run(RecordToleranceFactsDocument, facts(c.id, { trial, prohibition, purpose, mitigationTaken, exclusions: [...exclusions] }), '330000-DISCIPLINE:OFFICER')).toleranceCase!;
              const want = expected(trial, prohibition, purpose, mitigationTaken, exclusions);
              const what = `${trial} ${prohibition} ${purpose} mitigation=${mitigationTaken} exclusions=${exclusions.join('+')}`;
              expect(r.derivedOutcome ?? null, what).toBe(want.outcome);
              expect(r.derivedReasons.map((line) => line.slice(0, line.indexOf(':'))), what).toEqual(want.rules);
              for (const e of exclusions) expect(r.derivedReasons.some((line) => line.includes(e)), what).toBe(true);
              combinations++;
              outcomes.set(String(want.outcome), (outcomes.get(String(want.outcome)) ?? 0) + 1);
            }
    expect(combinations).toBe(3 * 3 * 3 * 2 * 3);
    // Every outcome occurs: the table is not trivially one-valued.
    expect(Object.fromEntries(outcomes)).toEqual({ null: 114, ACCOUNTABLE: 46, TOLERATED: 1, MITIGATED: 1 });
  });
});

describe('a case from application to appeal', () => {
  it('finds the acknowledged prohibition, requires the override reason, co-signs, opens the appeal window, and takes the appeal', async () => {
    const prohibition = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330100'], prohibits: ['担保', '违规举债'] });
    const unrelated = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330100'], title: '关于做好防汛工作的通知', prohibits: ['围垦'] });
    const c = await openCase(t, '330100:LEAD', { keywords: ['担保'], powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL' });
    expect(c).toMatchObject({ status: 'APPLIED', subjectBody: { code: '330100' }, applicant: { code: '330100' }, derivedOutcome: null, decision: null });
    expect(c.code).toMatch(/^TC-\d{4}-[0-9A-F]{8}$/);

    const recorded = ok(
      await t.run(RecordToleranceFactsDocument, facts(c.id, { prohibitionOverrideReason: '该通知针对融资平台举债，园区担保基金经省财政厅备案，不属禁止范围。' }), '330000-DISCIPLINE:OFFICER'),
    ).toleranceCase!;
    expect(recorded.status).toBe('UNDER_VERIFICATION');
    expect(recorded.derivedOutcome).toBe('TOLERATED');
    expect(recorded.priorProhibitions.map((p) => p.directive.id)).toEqual([prohibition.id]);
    expect(recorded.priorProhibitions.map((p) => p.directive.id)).not.toContain(unrelated.id);
    expect(recorded.priorProhibitions[0]).toMatchObject({ acknowledgedBeforeAct: true, matchedKeywords: ['担保'], linked: false });

    const node = await t.run(ToleranceCaseNodeDocument, { id: c.id }, '330000-ORG:LEAD');
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toMatchObject({ procedureEvidence: { power: { code: 'ENTERPRISE-INVESTMENT-APPROVAL' }, withinDelegatedPower: true } });

    const first = ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'TOLERATED' } }, '330000-DISCIPLINE:LEAD')).toleranceCase!;
    expect(first.status).toBe('UNDER_VERIFICATION');
    expect(first.decision).toBeNull();
    expect(first.signatures.map((s) => s.body.code)).toEqual(['330000-DISCIPLINE']);

    const decided = ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'TOLERATED' } }, 'CN-ORG:LEAD')).toleranceCase!;
    expect(decided.status).toBe('DECIDED');
    expect(decided.signatures.map((s) => s.body.code)).toEqual(['330000-DISCIPLINE', 'CN-ORG']);
    expect(decided.decision).toMatchObject({ outcome: 'TOLERATED', deviatesFromDerived: false });
    const window = new Date(decided.decision!.appealBy).getTime() - new Date(decided.decision!.decidedAt).getTime();
    expect(window).toBe(30 * 86_400_000);

    const appealed = ok(await t.run(AppealToleranceDecisionDocument, { input: { caseId: c.id, grounds: '请求复核担保基金备案材料。' } }, '330100:LEAD')).toleranceCase!;
    expect(appealed).toMatchObject({ status: 'APPEALED', appealGrounds: '请求复核担保基金备案材料。' });
  });

  it('links a prohibition explicitly and shows when the power was not held', async () => {
    const notice = await issueAndAcknowledge(t, '330000', { recipientCodes: ['330300'], title: '关于规范招商引资优惠政策的通知', prohibits: [] });
    const c = await openCase(t, '330300:LEAD', { keywords: ['土地出让'], powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL' });
    const r = ok(await t.run(RecordToleranceFactsDocument, facts(c.id, { prohibition: 'DEFIED_EXPLICIT_PROHIBITION', linkedProhibitionIds: [notice.id] }), 'CN-DISCIPLINE:OFFICER')).toleranceCase!;
    expect(r.priorProhibitions).toMatchObject([{ directive: { id: notice.id }, linked: true, matchedKeywords: [], acknowledgedBeforeAct: true }]);
    expect(r.derivedOutcome).toBe('ACCOUNTABLE');
    const node = await t.run(ToleranceCaseNodeDocument, { id: c.id }, '330300:LEAD');
    expect(node.data?.node).toMatchObject({ procedureEvidence: { withinDelegatedPower: false } });
  });

  it('reads the linked decision’s procedure as evidence: stages run, risk assessed, collectively decided', async () => {
    const all = (await t.run(DecisionPageDocument, { first: 100 }, 'CN:LEAD')).data!.decisions.edges.map((e) => e.node);
    const adopted = all.find((d) => d.status === 'ADOPTED' && d.missingStages.length === 0)!;
    const unfinished = all.find((d) => d.decisionMaker.code === '330000' && d.missingStages.length > 0)!;
    expect(adopted && unfinished).toBeTruthy();
    const full = await openCase(t, 'CN-DISCIPLINE:OFFICER', { subjectBodyCode: adopted.decisionMaker.code, decisionId: adopted.id });
    const partial = await openCase(t, '330000:LEAD', { decisionId: unfinished.id });
    const evidence = async (id: string) => ((await t.run(ToleranceCaseNodeDocument, { id }, 'CN-ORG:LEAD')).data!.node as { procedureEvidence: Record<string, unknown> }).procedureEvidence;
    expect(await evidence(full.id)).toMatchObject({ decision: { id: adopted.id }, followedProcedure: true, missingStages: [], riskAssessed: adopted.procedure.requiredStages.includes('RISK_ASSESSMENT'), collectivelyDecided: true });
    expect(await evidence(partial.id)).toMatchObject({ decision: { id: unfinished.id }, followedProcedure: false, missingStages: unfinished.missingStages });
    expect(await evidence((await openCase(t, '330100:LEAD', {})).id)).toMatchObject({ decision: null, followedProcedure: null, missingStages: [], riskAssessed: null, collectivelyDecided: null });
  });

  it('tells a reader of the case nothing of a linked decision it may not read, its stages included', async () => {
    // A decider at the centre links an unpublished national draft to a case about a city body.
    const d = await draft(t, { title: '未公开的全国性决策草案' });
    const c = await openCase(t, 'CN-DISCIPLINE:OFFICER', { subjectBodyCode: '330100', decisionId: d.id });
    const evidence = async (as: string) => ((await t.run(ToleranceCaseNodeDocument, { id: c.id }, as)).data!.node as { procedureEvidence: Record<string, unknown> }).procedureEvidence;
    // The decider reads the draft and its missing stages; the city's LEAD reads the case but not the draft.
    expect(await evidence('CN-ORG:LEAD')).toMatchObject({ decision: { id: d.id }, followedProcedure: false, riskAssessed: false, collectivelyDecided: false });
    expect(((await evidence('CN-ORG:LEAD')).missingStages as string[]).length).toBeGreaterThan(0);
    expect((await t.run(DecisionViewDocument, { id: d.id }, '330100:LEAD')).data!.node).toBeNull();
    expect(await evidence('330100:LEAD')).toEqual({ power: null, withinDelegatedPower: null, decision: null, followedProcedure: null, missingStages: [], riskAssessed: null, collectivelyDecided: null });
  });

  it('decides against the derived outcome with a reason, flagged', async () => {
    const c = await openCase(t, '330100:LEAD', { matter: '未经论证调整专项资金用途' });
    ok(await t.run(RecordToleranceFactsDocument, facts(c.id, { mitigationTaken: false }), '330000-ORG:OFFICER'));
    const reason = '虽三项区分均有利，但造成资金损失较大，从轻不足以体现责任。';
    ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'ACCOUNTABLE', reason } }, '330000-ORG:LEAD'));
    const decided = ok(await t.run(SignToleranceDecisionDocument, { input: { caseId: c.id, outcome: 'ACCOUNTABLE', reason: '同意。' } }, '330000-DISCIPLINE:LEAD')).toleranceCase!;
    expect(decided.derivedOutcome).toBe('MITIGATED');
    expect(decided.decision).toMatchObject({ outcome: 'ACCOUNTABLE', deviatesFromDerived: true, reason: `${reason}\n同意。` });
  });
});

describe('visibility: deciders, the subject body’s LEADs and the organization department only', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await openCase(t, '330200:LEAD', { matter: '宁波试点事项' })).id;
  });

  it.each([
    ['330200:LEAD', true],
    ['330000-DISCIPLINE:VIEWER', true],
    ['330000-ORG:OFFICER', true],
    ['CN-DISCIPLINE:LEAD', true],
    ['CN-ORG:VIEWER', true],
    ['330200:OFFICER', false],
    ['330200:VIEWER', false],
    ['330200-REFORM:LEAD', false],
    ['330000:LEAD', false],
    ['CN:LEAD', false],
    ['330000-REFORM:LEAD', false],
    ['330100:LEAD', false],
    ['CN-REFORM:LEAD', false],
  ] as const)('%s sees it: %s (node and toleranceCases)', async (as, visible) => {
    const r = await t.run(ToleranceCaseNodeDocument, { id: caseId }, as);
    expect(r.errors).toBeUndefined();
    expect(r.data?.node?.id ?? null).toBe(visible ? caseId : null);
    const list = await t.run(ToleranceCasesDocument, { first: 100 }, as);
    expect(list.errors).toBeUndefined();
    expect(list.data!.toleranceCases.edges.map((e) => e.node.id).includes(caseId)).toBe(visible);
  });

  it('the public gets nothing', async () => {
    const r = await t.run(ToleranceCaseNodeDocument, { id: caseId });
    expect(r.data?.node).toBeNull();
    expect((await t.run(ToleranceCasesDocument, { first: 5 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists in a constant number of statements', async () => {
    // The three newest include a signed case: signatures and their bodies are loaded on both pages.
    const small = await t.run(ToleranceCasesDocument, { first: 3 }, 'CN-DISCIPLINE:LEAD');
    expect(small.data!.toleranceCases.edges.some((e) => e.node.signatures.length > 0)).toBe(true);
    const large = await t.run(ToleranceCasesDocument, { first: 100 }, 'CN-DISCIPLINE:LEAD');
    expect(large.data!.toleranceCases.edges.length).toBeGreaterThan(3);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
