import { HubDeadline } from '../../src/platform/events/hub-event.entity';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  AdoptDecisionDocument,
  type AdoptDecisionMutationVariables,
  DraftDecisionDocument,
  DraftDecisionMutationVariables,
  OpenPublicConsultationDocument,
  RecordDeliberationDocument,
  RecordDeliberationMutationVariables,
  RecordExpertConsultationDocument,
  RecordLegalityReviewDocument,
  RecordRiskAssessmentDocument,
  RequestLegalityReviewDocument,
  ClosePublicConsultationDocument,
  SubmitPublicCommentDocument,
  ModeratePublicCommentDocument,
  RespondToPublicCommentDocument,
} from '../generated/graphql';
import type { TestHubFixture } from './test-hub';
import { ok, waitFor } from './test-hub';

/** What the helpers need of a test hub (the useTestHub fixture). */
type Hub = Pick<TestHubFixture, 'run' | 'hub'>;

export const DAY = 86_400_000;
export const HASH = 'sha256:' + 'ab'.repeat(32);
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

export const NDRC = 'CN-NDRC:OFFICER+LEAD';
export const REFORM = 'CN-REFORM:LEAD';
export const LEGAL = 'CN-LEGAL:LEAD';

export function draftInput(overrides: Partial<DraftDecisionMutationVariables['input']> = {}): DraftDecisionMutationVariables['input'] {
  return {
    title: '测试决策',
    problemStatement: '测试问题。',
    text: '第一稿正文。',
    class: 'MAJOR',
    decisionMakerCode: 'CN-REFORM',
    drafterCode: 'CN-NDRC',
    ...overrides,
  };
}

export async function draft(t: Hub, overrides: Partial<DraftDecisionMutationVariables['input']> = {}, as = NDRC) {
  const r = ok(await t.run(DraftDecisionDocument, { input: draftInput(overrides) }, as));
  return r.decision!;
}

/**
 * A comment window long enough for the few requests a test makes inside it on a loaded 2-core
 * machine (600 ms was not: four consultations opened at once, and one comment came too late).
 */
export const SHORT_WINDOW_MS = 2_000;

/** Opens a consultation with a short, reasoned window (ms), so tests can see it end. */
export async function openShort(t: Hub, decisionId: string, ms: number, as = NDRC) {
  return ok(await t.run(OpenPublicConsultationDocument, { input: { decisionId, opensAt: inMs(0), closesAt: inMs(ms), shortenedReason: '测试：缩短征求意见期。' } }, as));
}

/** Waits until the scheduler ended the comment window of a decision (its deadline row is gone). */
export async function windowEnded(t: Hub, decisionId: string): Promise<void> {
  const key = `consultation-close:${parseGlobalId(decisionId)!.rowId}`;
  await waitFor(async () => (await t.hub.db.dataSource.manager.countBy(HubDeadline, { key })) === 0, { what: 'the scheduler to end the comment window' });
}

/** A full public consultation: short window, one comment published and answered, closed. */
export async function consult(t: Hub, decisionId: string, as = NDRC) {
  await openShort(t, decisionId, SHORT_WINDOW_MS, as);
  const c = ok(await t.run(SubmitPublicCommentDocument, { input: { decisionId, text: '赞成。' } }));
  const sid = c.submission!.id;
  ok(await t.run(ModeratePublicCommentDocument, { input: { submissionId: sid, action: 'PUBLISH' } }, as));
  ok(await t.run(RespondToPublicCommentDocument, { input: { submissionId: sid, disposition: 'NOTED' } }, as));
  await windowEnded(t, decisionId);
  return ok(await t.run(ClosePublicConsultationDocument, { input: { decisionId, summary: '收到意见1条，已说明。' } }, as));
}

export const opinions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ expertRef: `T-${i + 1}`, position: 'SUPPORT' as const, text: '支持。', signedAt: new Date(Date.now() - DAY).toISOString() }));

export async function experts(t: Hub, decisionId: string, as = NDRC) {
  return ok(await t.run(RecordExpertConsultationDocument, { input: { decisionId, panelCode: 'CN-EXPERTS', opinions: opinions(5) } }, as));
}

export async function risk(t: Hub, decisionId: string, as = NDRC) {
  return ok(await t.run(RecordRiskAssessmentDocument, { input: { decisionId, assessorCode: 'CN-NDRC', dimensions: [{ area: 'IMPLEMENTATION', likelihood: 2, impact: 2 }], controllable: true } }, as));
}

export async function legality(t: Hub, decisionId: string, as = NDRC, reviewer = LEGAL) {
  ok(await t.run(RequestLegalityReviewDocument, { input: { decisionId, reviewerCode: reviewer.split(':')[0] } }, as));
  return ok(await t.run(RecordLegalityReviewDocument, { input: { decisionId, conclusion: 'LEGAL', opinion: '合法。' } }, reviewer));
}

export function deliberationInput(decisionId: string, overrides: Partial<RecordDeliberationMutationVariables['input']> = {}): RecordDeliberationMutationVariables['input'] {
  return {
    decisionId,
    meetingKind: '全体会议',
    heldAt: inMs(-DAY),
    members: 9,
    present: 7,
    counts: [
      { option: 'YES', value: 6 },
      { option: 'NO', value: 1 },
    ],
    chairConclusion: 'ADOPT',
    minutesHash: HASH,
    ...overrides,
  };
}

export async function deliberate(t: Hub, decisionId: string, as = REFORM) {
  return ok(await t.run(RecordDeliberationDocument, { input: deliberationInput(decisionId) }, as));
}

/** A ROUTINE decision drafted, reviewed for legality, deliberated and adopted with what `adoption` issues (directives, tasks). */
export async function adoptRoutine(t: Hub, adoption: Omit<AdoptDecisionMutationVariables['input'], 'decisionId'> = {}) {
  const d = await draft(t, { class: 'ROUTINE' });
  await legality(t, d.id);
  await deliberate(t, d.id);
  return ok(await t.run(AdoptDecisionDocument, { input: { decisionId: d.id, ...adoption } }, REFORM)).decision!;
}
