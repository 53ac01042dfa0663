import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Pilot } from '../../src/domains/pilots/pilot.entities';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import { BodyDocument, ModerateSuggestionDocument, PublicEvaluationsDocument, PublicPilotsDocument, PublishEvaluationDocument, SubmitSuggestionDocument, MarkClassifiedDocument, PublishObjectDocument, RecordDisclosureReviewDocument, WithdrawPublicationDocument } from '../generated/graphql';
import { propose } from '../support/pilots';
import { decisionId, publish, taskCode, taskId, YEAR } from '../support/portal';
import { settle } from '../support/supervision';
import { expectErrorCodes, expectUserErrors, useTestHub } from '../support/test-hub';

// Refusals of the publication act: each code, each proving that nothing changed.
const t = useTestHub();

let ningbo: string; // CN-03 for Ningbo: assigned by 330000, not published
let hangzhou: string; // CN-02 for Hangzhou: published by the demo
let jiangsu: string; // CN-03 for Nanjing: assigned by 320000, invisible to 330000
let hzDraft: string; // Hangzhou's routine draft decision, not published

beforeAll(async () => {
  await settle(t.testHub);
  ningbo = await taskId(t, taskCode(3, '330200'));
  hangzhou = await taskId(t, taskCode(2, '330100'));
  jiangsu = await taskId(t, taskCode(3, '320100'));
  hzDraft = await decisionId(t, '330100');
});

describe('publishObject', () => {
  it('refuses an object without its disclosure review (DISCLOSURE_REVIEW_REQUIRED)', async () => {
    await t.unchanged(async () => expectUserErrors(await t.run(PublishObjectDocument, { input: { id: ningbo } }, '330000:LEAD'), ['DISCLOSURE_REVIEW_REQUIRED']));
  });

  it('refuses a classified object, reviewed or not (CANNOT_PUBLISH_CLASSIFIED), and refuses to classify a public one (INVALID_STATE)', async () => {
    const marked = await t.run(MarkClassifiedDocument, { input: { id: hzDraft } }, '330100:OFFICER');
    expect(marked.data!.markClassified.userErrors).toEqual([]);
    expect(marked.data!.markClassified.publication).toMatchObject({ classified: true, status: 'UNPUBLISHED' });
    await t.unchanged(async () => expectUserErrors(await t.run(PublishObjectDocument, { input: { id: hzDraft } }, '330100:LEAD'), ['CANNOT_PUBLISH_CLASSIFIED']));
    expect((await t.run(RecordDisclosureReviewDocument, { input: { id: hzDraft } }, '330100:OFFICER')).data!.recordDisclosureReview.userErrors).toEqual([]);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(PublishObjectDocument, { input: { id: hzDraft } }, '330100:LEAD'), ['CANNOT_PUBLISH_CLASSIFIED']);
      expectUserErrors(await t.run(MarkClassifiedDocument, { input: { id: hzDraft } }, '330100:LEAD'), ['INVALID_STATE']);
      expectUserErrors(await t.run(MarkClassifiedDocument, { input: { id: hangzhou } }, '330000:OFFICER'), ['INVALID_STATE']);
    });
  });

  it('refuses what is already published, a second review, withdrawing what is not published, a reason too short (INVALID_STATE, VALIDATION_FAILED)', async () => {
    await t.unchanged(async () => {
      expectUserErrors(await t.run(PublishObjectDocument, { input: { id: hangzhou } }, '330000:LEAD'), ['INVALID_STATE']);
      expectUserErrors(await t.run(RecordDisclosureReviewDocument, { input: { id: hangzhou } }, '330000:OFFICER'), ['INVALID_STATE']);
      expectUserErrors(await t.run(WithdrawPublicationDocument, { input: { id: ningbo, reason: '没有公开过' } }, '330000:LEAD'), ['INVALID_STATE']);
      expectUserErrors(await t.run(WithdrawPublicationDocument, { input: { id: hangzhou, reason: ' ' } }, '330000:LEAD'), ['VALIDATION_FAILED']);
    });
  });

  it('answers NOT_FOUND alike for a missing object, one the caller cannot see, and a type that is not published', async () => {
    const missing = toGlobalId('ReformTask', randomUUID());
    const body = (await t.run(BodyDocument, { code: '330000' })).data!.body!.id;
    await t.unchanged(async () => {
      const a = await t.run(PublishObjectDocument, { input: { id: missing } }, '330000:LEAD');
      const b = await t.run(PublishObjectDocument, { input: { id: jiangsu } }, '330000:LEAD');
      expectUserErrors(a, ['NOT_FOUND']);
      expectUserErrors(b, ['NOT_FOUND']);
      // The same words for missing and hidden: the error says nothing of the hidden object.
      expect(b.data!.publishObject.userErrors).toEqual(a.data!.publishObject.userErrors);
      expectUserErrors(await t.run(RecordDisclosureReviewDocument, { input: { id: jiangsu } }, '330000:OFFICER'), ['NOT_FOUND']);
      expectUserErrors(await t.run(WithdrawPublicationDocument, { input: { id: 'not-an-id', reason: '无此对象' } }, '330000:LEAD'), ['NOT_FOUND']);
      expectUserErrors(await t.run(PublishObjectDocument, { input: { id: body } }, '330000:LEAD'), ['NOT_FOUND']);
    });
  });

  it('refuses the public, roles below LEAD, and a LEAD of another body that sees the object (UNAUTHENTICATED, FORBIDDEN)', async () => {
    await publish(t, await taskId(t, taskCode(5, '330200')), '330000'); // something to withdraw
    const published = await taskId(t, taskCode(5, '330200'));
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(PublishObjectDocument, { input: { id: ningbo } }), ['UNAUTHENTICATED']);
      expectErrorCodes(await t.run(RecordDisclosureReviewDocument, { input: { id: ningbo } }), ['UNAUTHENTICATED']);
      expectErrorCodes(await t.run(PublishObjectDocument, { input: { id: ningbo } }, '330000:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(WithdrawPublicationDocument, { input: { id: published, reason: '越权撤回' } }, '330000:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(RecordDisclosureReviewDocument, { input: { id: ningbo } }, '330000:VIEWER'), ['FORBIDDEN']);
      // CN sees the Ningbo task (its subtree) but does not own it.
      expectErrorCodes(await t.run(PublishObjectDocument, { input: { id: ningbo } }, 'CN:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(WithdrawPublicationDocument, { input: { id: published, reason: '上级代撤' } }, 'CN:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(MarkClassifiedDocument, { input: { id: ningbo } }, '330200:LEAD'), ['FORBIDDEN']);
    });
  });
});

describe('publishing a pilot (owned by its sponsor)', () => {
  const publicCodes = async () => (await t.run(PublicPilotsDocument, { first: 50 })).data!.publicPilots.edges.map((e) => e.node.code).sort();

  it('refuses the running Hangzhou pilot without its disclosure review (DISCLOSURE_REVIEW_REQUIRED), and a site’s LEAD (FORBIDDEN)', async () => {
    const hz = toGlobalId(Pilot.typename, (await t.em.findOneByOrFail(Pilot, { code: 'ZJ-PILOT-HZ-DATA' })).rowId);
    const before = await publicCodes();
    expect(before).toEqual(['ZJ-PILOT-NB-ONE-THING']);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(PublishObjectDocument, { input: { id: hz } }, '330000:LEAD'), ['DISCLOSURE_REVIEW_REQUIRED']);
      // Hangzhou is a site, not the sponsor: it sees the pilot but does not own it.
      expectErrorCodes(await t.run(PublishObjectDocument, { input: { id: hz } }, '330100:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(RecordDisclosureReviewDocument, { input: { id: hz } }, '330100:OFFICER'), ['FORBIDDEN']);
    });
    expect(await publicCodes()).toEqual(before);
  });

  it('refuses a classified pilot, reviewed or not (CANNOT_PUBLISH_CLASSIFIED)', async () => {
    const pilot = await propose(t, ['330300']);
    expect((await t.run(MarkClassifiedDocument, { input: { id: pilot.id } }, '330000:OFFICER')).data!.markClassified.userErrors).toEqual([]);
    await t.unchanged(async () => expectUserErrors(await t.run(PublishObjectDocument, { input: { id: pilot.id } }, '330000:LEAD'), ['CANNOT_PUBLISH_CLASSIFIED']));
    expect((await t.run(RecordDisclosureReviewDocument, { input: { id: pilot.id } }, '330000:OFFICER')).data!.recordDisclosureReview.userErrors).toEqual([]);
    await t.unchanged(async () => expectUserErrors(await t.run(PublishObjectDocument, { input: { id: pilot.id } }, '330000:LEAD'), ['CANNOT_PUBLISH_CLASSIFIED']));
    expect(await publicCodes()).not.toContain(pilot.code);
  });
});

describe('the older paths that publish by themselves', () => {
  it('refuse a classified suggestion and a classified evaluation too (CANNOT_PUBLISH_CLASSIFIED)', async () => {
    const sent = await t.run(SubmitSuggestionDocument, { input: { toBodyCode: '330000', topic: '涉密建议', text: '涉密内容。' } });
    const suggestion = sent.data!.submitSuggestion.suggestion!.id;
    expect((await t.run(MarkClassifiedDocument, { input: { id: suggestion } }, '330000:OFFICER')).data!.markClassified.userErrors).toEqual([]);
    const evaluations = await t.run(PublicEvaluationsDocument, { year: YEAR, first: 50 });
    const evaluation = evaluations.data!.publicEvaluations.edges[0].node.id;
    expect((await t.run(WithdrawPublicationDocument, { input: { id: evaluation, reason: '涉密数据。' } }, '330000:LEAD')).data!.withdrawPublication.userErrors).toEqual([]);
    expect((await t.run(MarkClassifiedDocument, { input: { id: evaluation } }, '330000:LEAD')).data!.markClassified.userErrors).toEqual([]);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ModerateSuggestionDocument, { input: { suggestionId: suggestion, action: 'PUBLISH' } }, '330000:OFFICER'), ['CANNOT_PUBLISH_CLASSIFIED']);
      expectUserErrors(await t.run(PublishEvaluationDocument, { input: { evaluationId: evaluation } }, '330000:LEAD'), ['CANNOT_PUBLISH_CLASSIFIED']);
    });
  });
});
