import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import {
  AddLegislativeDependencyDocument,
  AdoptDecisionDocument,
  AnswerSuggestionDocument,
  CloseLocalConsultationDocument,
  ClosePublicConsultationDocument,
  ConsultLocalGovernmentsDocument,
  CreatePostDocument,
  DecisionPageDocument,
  DraftDecisionDocument,
  ModeratePublicCommentDocument,
  ModerateSuggestionDocument,
  OpenPublicConsultationDocument,
  ReconsiderDecisionDocument,
  RecordDeliberationDocument,
  RecordExpertConsultationDocument,
  RecordLegalityReviewDocument,
  RecordRiskAssessmentDocument,
  RequestLegalityReviewDocument,
  RespondToPublicCommentDocument,
  ReviseDecisionDraftDocument,
  SubmitPublicCommentDocument,
  SubmitSuggestionDocument,
  WithdrawDecisionDocument,
} from '../generated/graphql';
import { errorCodes, GraphQLResult } from '../support/client';
import { consult, DAY, deliberate, deliberationInput, draft, draftInput, experts, inMs, LEGAL, legality, NDRC, openShort, opinions, REFORM, risk, SHORT_WINDOW_MS, windowEnded } from '../support/decisions';
import { ok, userErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub({ config: { publicWritesPerAddress: 1000 } });

/** A refused mutation: the expected userErrors code, and nothing changed. */
async function refused(run: () => Promise<GraphQLResult<unknown>>, code: string): Promise<string> {
  const r = await t.unchanged(run);
  expect(userErrorCodes(r)).toEqual([code]);
  const payload = Object.values(r.data as Record<string, { userErrors: { message: string }[]; decision?: unknown }>)[0];
  expect(payload.decision ?? null).toBeNull();
  return payload.userErrors[0].message;
}

async function forbidden(run: () => Promise<GraphQLResult<unknown>>, code = 'FORBIDDEN'): Promise<void> {
  const r = await t.unchanged(run);
  expect(errorCodes(r)).toEqual([code]);
}

const adopt = (decisionId: string, as = REFORM) => t.run(AdoptDecisionDocument, { input: { decisionId } }, as);

describe('adoption refuses while a required stage is missing — one case per stage of a MAJOR decision', () => {
  // Drafts whose public consultation is complete, for the cases that need one: their comment
  // windows run at the same time, so the file waits for one window, not four.
  let consulted: { id: string }[] = [];
  beforeAll(async () => {
    consulted = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const d = await draft(t);
        await consult(t, d.id);
        return d;
      }),
    );
  });

  it('PUBLIC_CONSULTATION missing (legality review cannot even be requested)', async () => {
    const d = await draft(t);
    await experts(t, d.id);
    await risk(t, d.id);
    await refused(() => t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: 'CN-LEGAL' } }, NDRC), 'STAGE_OUT_OF_ORDER');
    expect(await refused(() => adopt(d.id), 'REQUIRED_STAGE_MISSING')).toContain('PUBLIC_CONSULTATION');
  });

  it('EXPERT_CONSULTATION missing', async () => {
    const d = consulted[0];
    await risk(t, d.id);
    const message = await refused(() => adopt(d.id), 'REQUIRED_STAGE_MISSING');
    expect(message).toContain('EXPERT_CONSULTATION');
    expect(message).not.toContain('PUBLIC_CONSULTATION');
  });

  it('RISK_ASSESSMENT missing', async () => {
    const d = consulted[1];
    await experts(t, d.id);
    const message = await refused(() => adopt(d.id), 'REQUIRED_STAGE_MISSING');
    expect(message).toContain('RISK_ASSESSMENT');
    expect(message).not.toContain('EXPERT_CONSULTATION');
  });

  it('LEGALITY_REVIEW missing (deliberation cannot even be recorded)', async () => {
    const d = consulted[2];
    await experts(t, d.id);
    await risk(t, d.id);
    await refused(() => t.run(RecordDeliberationDocument, { input: deliberationInput(d.id) }, REFORM), 'LEGALITY_NOT_CLEARED');
    const message = await refused(() => adopt(d.id), 'REQUIRED_STAGE_MISSING');
    expect(message).toContain('LEGALITY_REVIEW');
    expect(message).not.toContain('RISK_ASSESSMENT');
  });

  it('COLLECTIVE_DELIBERATION missing', async () => {
    const d = consulted[3];
    await experts(t, d.id);
    await risk(t, d.id);
    await legality(t, d.id);
    expect(await refused(() => adopt(d.id), 'REQUIRED_STAGE_MISSING')).toBe('Required stages not completed: COLLECTIVE_DELIBERATION.');
  });
});

describe('stale stages, immutability, adoption atomicity', () => {
  let ready: { id: string };
  beforeAll(async () => {
    ready = await draft(t, { class: 'ROUTINE' });
    await legality(t, ready.id);
    await deliberate(t, ready.id);
  });

  it('editing the draft after legality review and deliberation: adoption refused with STAGE_STALE', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    await legality(t, d.id);
    await deliberate(t, d.id);
    ok(await t.run(ReviseDecisionDraftDocument, { input: { decisionId: d.id, text: '改过的正文。' } }, NDRC));
    expect(await refused(() => adopt(d.id), 'STAGE_STALE')).toContain('LEGALITY_REVIEW');
    // Deliberating again on a stale legality review is refused too.
    await refused(() => t.run(RecordDeliberationDocument, { input: deliberationInput(d.id) }, REFORM), 'STAGE_STALE');
  });

  it('an adoption whose directive goes upward is FORBIDDEN and adopts nothing', async () => {
    const d = await draft(t, { class: 'ROUTINE', decisionMakerCode: '330000', drafterCode: '330000-DRC' }, '330000-DRC:OFFICER');
    await legality(t, d.id, '330000-DRC:OFFICER', '330000-LEGAL:LEAD');
    await deliberate(t, d.id, '330000:LEAD');
    await forbidden(() => t.run(AdoptDecisionDocument, { input: { decisionId: d.id, directives: [{ title: '下发', content: '执行。', recipientCodes: ['330100'] }, { title: '上报', content: '执行。', recipientCodes: ['CN'] }] } }, '330000:LEAD'));
    await forbidden(() => t.run(AdoptDecisionDocument, { input: { decisionId: d.id, directives: [{ title: '跨省', content: '执行。', recipientCodes: ['320100'] }] } }, '330000:LEAD'));
  });

  it('only the decision maker adopts; an adopted decision is immutable', async () => {
    await forbidden(() => adopt(ready.id, 'CN-NDRC:LEAD'));
    ok(await adopt(ready.id));
    await refused(() => adopt(ready.id), 'DECISION_IMMUTABLE');
    await refused(() => t.run(ReviseDecisionDraftDocument, { input: { decisionId: ready.id, text: '再改。' } }, NDRC), 'DECISION_IMMUTABLE');
    await refused(() => t.run(RecordExpertConsultationDocument, { input: { decisionId: ready.id, panelCode: 'CN-EXPERTS', opinions: opinions(5) } }, NDRC), 'DECISION_IMMUTABLE');
    await refused(() => t.run(WithdrawDecisionDocument, { input: { decisionId: ready.id, reason: '撤回。' } }, REFORM), 'DECISION_IMMUTABLE');
    await refused(() => t.run(AddLegislativeDependencyDocument, { input: { decisionId: ready.id, instrument: '某法', change: '修改。', ownerCode: 'CN-LEGAL' } }, NDRC), 'DECISION_IMMUTABLE');
  });

  it('reconsideration needs a feedback addressed to the decision maker', async () => {
    const ghost = toGlobalId('Feedback', randomUUID());
    await refused(() => t.run(ReconsiderDecisionDocument, { input: { decisionId: ready.id, becauseId: ghost, reason: '理由。' } }, REFORM), 'NOT_FOUND');
    await refused(() => t.run(ReconsiderDecisionDocument, { input: { decisionId: ready.id, becauseId: ready.id, reason: '理由。' } }, REFORM), 'VALIDATION_FAILED');
  });
});

describe('order and outcomes of stages', () => {
  it('a legality review is recorded only when requested, and only by the requested reviewer', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    await refused(() => t.run(RecordLegalityReviewDocument, { input: { decisionId: d.id, conclusion: 'LEGAL', opinion: '合法。' } }, LEGAL), 'STAGE_OUT_OF_ORDER');
    ok(await t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: 'CN-LEGAL' } }, NDRC));
    await refused(() => t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: 'CN-LEGAL' } }, NDRC), 'INVALID_STATE');
    // Another central body reads the decision but is not the reviewer; a provincial one does not even see it.
    await forbidden(() => t.run(RecordLegalityReviewDocument, { input: { decisionId: d.id, conclusion: 'LEGAL', opinion: '合法。' } }, 'CN-MOF:LEAD'));
    await refused(() => t.run(RecordLegalityReviewDocument, { input: { decisionId: d.id, conclusion: 'LEGAL', opinion: '合法。' } }, '330000-LEGAL:LEAD'), 'NOT_FOUND');
  });

  it('a review that does not clear the draft blocks deliberation', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    ok(await t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: 'CN-LEGAL' } }, NDRC));
    ok(await t.run(RecordLegalityReviewDocument, { input: { decisionId: d.id, conclusion: 'OUT_OF_AUTHORITY', opinion: '超越职权。' } }, LEGAL));
    await refused(() => t.run(RecordDeliberationDocument, { input: deliberationInput(d.id) }, REFORM), 'LEGALITY_NOT_CLEARED');
  });

  it('the reviewer is a LEGAL_AFFAIRS body of the decision maker’s government or above', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    await refused(() => t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: '330000-LEGAL' } }, NDRC), 'REVIEWER_NOT_ELIGIBLE');
    await refused(() => t.run(RequestLegalityReviewDocument, { input: { decisionId: d.id, reviewerCode: 'CN-MOF' } }, NDRC), 'REVIEWER_NOT_ELIGIBLE');
  });

  it('a HIGH, uncontrollable risk blocks adoption', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    ok(await t.run(RecordRiskAssessmentDocument, { input: { decisionId: d.id, assessorCode: 'CN-NDRC', dimensions: [{ area: 'SOCIAL_STABILITY', likelihood: 4, impact: 4 }], controllable: false } }, NDRC));
    await legality(t, d.id);
    await deliberate(t, d.id);
    await refused(() => adopt(d.id), 'RISK_NOT_CONTROLLABLE');
  });

  it('a rating that differs from the dimensions needs a reason', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    await refused(
      () => t.run(RecordRiskAssessmentDocument, { input: { decisionId: d.id, assessorCode: 'CN-NDRC', dimensions: [{ area: 'FISCAL', likelihood: 5, impact: 5 }], rating: 'LOW', controllable: true } }, NDRC),
      'REASON_REQUIRED',
    );
    await refused(
      () => t.run(RecordRiskAssessmentDocument, { input: { decisionId: d.id, assessorCode: 'CN-NDRC', dimensions: [{ area: 'FISCAL', likelihood: 6, impact: 1 }], controllable: true } }, NDRC),
      'VALIDATION_FAILED',
    );
  });

  it('needs the procedure’s minimum of expert opinions, one per expert', async () => {
    const d = await draft(t);
    await refused(() => t.run(RecordExpertConsultationDocument, { input: { decisionId: d.id, panelCode: 'CN-EXPERTS', opinions: opinions(4) } }, NDRC), 'TOO_FEW_EXPERTS');
    const twice = [...opinions(4), opinions(1)[0]];
    await refused(() => t.run(RecordExpertConsultationDocument, { input: { decisionId: d.id, panelCode: 'CN-EXPERTS', opinions: twice } }, NDRC), 'VALIDATION_FAILED');
  });

  describe('collective deliberation', () => {
    let id: string;
    beforeAll(async () => {
      id = (await draft(t, { class: 'ROUTINE' })).id;
      await legality(t, id);
    });
    const deliberate = (overrides: Parameters<typeof deliberationInput>[1]) => t.run(RecordDeliberationDocument, { input: deliberationInput(id, overrides) }, REFORM);

    it('needs the quorum', async () => {
      // ROUTINE at central level: a quorum of 50.01 %.
      await refused(() => deliberate({ members: 9, present: 4, counts: [{ option: 'YES', value: 4 }] }), 'QUORUM_NOT_MET');
    });

    it('needs counts that add up to those present, and agree with individual votes', async () => {
      await refused(() => deliberate({ counts: [{ option: 'YES', value: 5 }, { option: 'NO', value: 1 }] }), 'VOTE_COUNTS_MISMATCH');
      const posts: { id: string }[] = [];
      for (const title of ['表决甲', '表决乙', '表决丙']) posts.push(ok(await t.run(CreatePostDocument, { input: { bodyCode: 'CN-REFORM', title } }, 'CN:ADMIN')).post!);
      await refused(
        () =>
          deliberate({
            members: 3,
            present: 3,
            counts: [{ option: 'YES', value: 3 }],
            votes: [
              { postId: posts[0].id, option: 'YES' },
              { postId: posts[1].id, option: 'YES' },
              { postId: posts[2].id, option: 'NO' },
            ],
          }),
        'VOTE_COUNTS_MISMATCH',
      );
    });

    it('needs a reason when the chair concludes against the majority', async () => {
      await refused(() => deliberate({ counts: [{ option: 'YES', value: 2 }, { option: 'NO', value: 5 }] }), 'REASON_REQUIRED');
      await refused(() => deliberate({ chairConclusion: 'REJECT' }), 'REASON_REQUIRED');
    });

    it('is recorded by the decision maker only', async () => {
      await forbidden(() => t.run(RecordDeliberationDocument, { input: deliberationInput(id) }, 'CN-NDRC:LEAD'));
    });
  });
});

describe('drafting', () => {
  it('the decision maker is a government or group at or above the drafter’s government', async () => {
    await refused(() => t.run(DraftDecisionDocument, { input: draftInput({ decisionMakerCode: '330100', drafterCode: '330000-DRC' }) }, '330000-DRC:OFFICER'), 'DECISION_MAKER_NOT_ELIGIBLE');
    await refused(() => t.run(DraftDecisionDocument, { input: draftInput({ decisionMakerCode: 'CN-MOF' }) }, NDRC), 'DECISION_MAKER_NOT_ELIGIBLE');
    await refused(() => t.run(DraftDecisionDocument, { input: draftInput({ decisionMakerCode: '320000', drafterCode: '330000-DRC' }) }, '330000-DRC:OFFICER'), 'DECISION_MAKER_NOT_ELIGIBLE');
  });

  it('a body drafts for itself only; a decision of another jurisdiction is not found', async () => {
    await forbidden(() => t.run(DraftDecisionDocument, { input: draftInput() }, '330000-DRC:OFFICER'));
    const hidden = await draft(t, { class: 'ROUTINE', decisionMakerCode: '330100', drafterCode: '330100-DRC' }, '330100-DRC:OFFICER');
    const ghost = toGlobalId('ReformDecision', randomUUID());
    for (const id of [hidden.id, ghost]) {
      const r = await t.unchanged(() => t.run(ReviseDecisionDraftDocument, { input: { decisionId: id, text: '外省修改。' } }, '320000-DRC:OFFICER'));
      expect(userErrorCodes(r)).toEqual(['NOT_FOUND']);
      expect(r.data!.reviseDecisionDraft.userErrors[0].message).toBe('No such decision.');
    }
  });
});

describe('public consultation', () => {
  it('the window lasts the procedure’s minimum unless a published reason shortens it', async () => {
    const d = await draft(t);
    await refused(() => t.run(OpenPublicConsultationDocument, { input: { decisionId: d.id, opensAt: inMs(0), closesAt: inMs(10 * DAY) } }, NDRC), 'CONSULTATION_TOO_SHORT');
    ok(await t.run(OpenPublicConsultationDocument, { input: { decisionId: d.id, opensAt: inMs(0), closesAt: inMs(31 * DAY) } }, NDRC));
    await refused(() => t.run(OpenPublicConsultationDocument, { input: { decisionId: d.id, opensAt: inMs(0), closesAt: inMs(31 * DAY) } }, NDRC), 'INVALID_STATE');
    // The window is still open: the consultation cannot be completed yet.
    await refused(() => t.run(ClosePublicConsultationDocument, { input: { decisionId: d.id, summary: '小结。' } }, NDRC), 'INVALID_STATE');
  });

  it('takes comments only inside an open window', async () => {
    const draftOnly = await draft(t);
    const comment = (decisionId: string) => t.run(SubmitPublicCommentDocument, { input: { decisionId, text: '意见。' } });
    // Not published yet: to the public it does not exist.
    await refused(() => comment(draftOnly.id), 'NOT_FOUND');
    expect(userErrorCodes(await t.unchanged(() => t.run(SubmitPublicCommentDocument, { input: { decisionId: draftOnly.id, text: '意见。' } }, 'CN:VIEWER')))).toEqual(['CONSULTATION_CLOSED']);
    const later = await draft(t);
    ok(await t.run(OpenPublicConsultationDocument, { input: { decisionId: later.id, opensAt: inMs(DAY), closesAt: inMs(40 * DAY) } }, NDRC));
    await refused(() => comment(later.id), 'CONSULTATION_CLOSED');
    const ended = await draft(t);
    await openShort(t, ended.id, 300);
    await windowEnded(t, ended.id);
    await refused(() => comment(ended.id), 'CONSULTATION_CLOSED');
  });

  it('limits the size of what the public writes', async () => {
    const d = await draft(t);
    // A full 31-day window: no deadline fires while the other tests snapshot the tables.
    ok(await t.run(OpenPublicConsultationDocument, { input: { decisionId: d.id, opensAt: inMs(0), closesAt: inMs(31 * DAY) } }, NDRC));
    await refused(() => t.run(SubmitPublicCommentDocument, { input: { decisionId: d.id, text: '长'.repeat(5001) } }), 'VALIDATION_FAILED');
    await refused(() => t.run(SubmitPublicCommentDocument, { input: { decisionId: d.id, text: '意见。', contact: 'x'.repeat(201) } }), 'VALIDATION_FAILED');
    await refused(() => t.run(SubmitPublicCommentDocument, { input: { decisionId: d.id, text: '   ' } }), 'VALIDATION_FAILED');
  });

  it('completes only when every submission is moderated and every published one answered, NOT_ADOPTED with a reason', async () => {
    const d = await draft(t);
    await openShort(t, d.id, SHORT_WINDOW_MS); // room for the two comments
    const a = ok(await t.run(SubmitPublicCommentDocument, { input: { decisionId: d.id, text: '甲意见。' } })).submission!;
    const b = ok(await t.run(SubmitPublicCommentDocument, { input: { decisionId: d.id, text: '乙意见。' } })).submission!;
    // Moderation and answers go on after the window; waiting for its end keeps the scheduler out of the snapshots below.
    await windowEnded(t, d.id);
    await refused(() => t.run(RespondToPublicCommentDocument, { input: { submissionId: a.id, disposition: 'NOTED' } }, NDRC), 'INVALID_STATE');
    await refused(() => t.run(ModeratePublicCommentDocument, { input: { submissionId: b.id, action: 'WITHHOLD' } }, NDRC), 'REASON_REQUIRED');
    await forbidden(() => t.run(ModeratePublicCommentDocument, { input: { submissionId: a.id, action: 'PUBLISH' } }, 'CN-MOF:OFFICER'));
    ok(await t.run(ModeratePublicCommentDocument, { input: { submissionId: a.id, action: 'PUBLISH' } }, NDRC));
    await refused(() => t.run(ModeratePublicCommentDocument, { input: { submissionId: a.id, action: 'WITHHOLD', reason: '改主意。' } }, NDRC), 'INVALID_STATE');
    await refused(() => t.run(RespondToPublicCommentDocument, { input: { submissionId: a.id, disposition: 'NOT_ADOPTED' } }, NDRC), 'REASON_REQUIRED');
    const close = () => t.run(ClosePublicConsultationDocument, { input: { decisionId: d.id, summary: '小结。' } }, NDRC);
    await refused(close, 'SUBMISSIONS_UNANSWERED'); // b is not moderated, a not answered
    ok(await t.run(ModeratePublicCommentDocument, { input: { submissionId: b.id, action: 'WITHHOLD', reason: '含个人信息。' } }, NDRC));
    await refused(close, 'SUBMISSIONS_UNANSWERED'); // a is published but not answered
    ok(await t.run(RespondToPublicCommentDocument, { input: { submissionId: a.id, disposition: 'NOT_ADOPTED', response: '与上位法不符。' } }, NDRC));
    ok(await close());
  });
});

describe('local consultation', () => {
  it('completes only once every consulted government acknowledged and replied', async () => {
    const d = await draft(t, { decisionMakerCode: '330000', drafterCode: '330000-DRC', affectsLowerGovernments: true }, '330000-DRC:OFFICER');
    await forbidden(() => t.run(ConsultLocalGovernmentsDocument, { input: { decisionId: d.id, bodyCodes: ['320100'], replyBy: inMs(5 * DAY) } }, '330000-DRC:LEAD'));
    ok(await t.run(ConsultLocalGovernmentsDocument, { input: { decisionId: d.id, bodyCodes: ['330100'], replyBy: inMs(5 * DAY) } }, '330000-DRC:LEAD'));
    await refused(() => t.run(CloseLocalConsultationDocument, { input: { decisionId: d.id } }, '330000-DRC:OFFICER'), 'LOCAL_REPLIES_MISSING');
  });
});

describe('the suggestion platform', () => {
  it('is answered by the addressed body only, after moderation, and withholding needs a reason', async () => {
    const s = ok(await t.run(SubmitSuggestionDocument, { input: { toBodyCode: '330200', topic: '交通', text: '建议增开公交线路。' } })).suggestion!;
    await refused(() => t.run(AnswerSuggestionDocument, { input: { suggestionId: s.id, answer: '收到。' } }, '330200:OFFICER'), 'INVALID_STATE');
    await refused(() => t.run(ModerateSuggestionDocument, { input: { suggestionId: s.id, action: 'WITHHOLD' } }, '330200:OFFICER'), 'REASON_REQUIRED');
    await forbidden(() => t.run(ModerateSuggestionDocument, { input: { suggestionId: s.id, action: 'PUBLISH' } }, '330000:OFFICER'));
    await refused(() => t.run(ModerateSuggestionDocument, { input: { suggestionId: s.id, action: 'PUBLISH' } }, '320000:OFFICER'), 'NOT_FOUND');
    await refused(() => t.run(SubmitSuggestionDocument, { input: { toBodyCode: 'NOPE', topic: '交通', text: '建议。' } }), 'NOT_FOUND');
  });
});

describe('the public', () => {
  it('gets UNAUTHENTICATED for every decision mutation but the public writes', async () => {
    const zj = (await t.run(DecisionPageDocument, { decisionMakerCode: '330000', first: 1 })).data!.decisions.edges[0].node;
    await forbidden(() => t.run(ReviseDecisionDraftDocument, { input: { decisionId: zj.id, text: '公众修改。' } }), 'UNAUTHENTICATED');
    await forbidden(() => t.run(AdoptDecisionDocument, { input: { decisionId: zj.id } }), 'UNAUTHENTICATED');
  });
});

describe('adoption with tasks', () => {
  it('refuses the whole adoption when one task’s executor is outside the decision maker’s jurisdiction: EXECUTOR_NOT_BELOW, nothing adopted or issued', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    await legality(t, d.id);
    await deliberate(t, d.id);
    const deadline = inMs(90 * DAY);
    await refused(
      () =>
        t.run(
          AdoptDecisionDocument,
          { input: { decisionId: d.id, directives: [{ title: '执行通知', content: '执行。', recipientCodes: ['330000'] }], tasks: [{ title: '省级任务', target: '完成。', executorCode: '330000', deadline }, { title: '向上的任务', target: '完成。', executorCode: 'CN', deadline }] } },
          REFORM,
        ),
      'EXECUTOR_NOT_BELOW',
    );
    expect(ok(await adopt(d.id)).decision!.status).toBe('ADOPTED');
  });
});

describe('racing creations', () => {
  it('six concurrent createPost with one title: one post, five DUPLICATE_CODE, never a 500 (PostgreSQL lets both pass the check; the unique index decides)', async () => {
    const title = `并发岗位-${randomUUID().slice(0, 8)}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => t.run(CreatePostDocument, { input: { bodyCode: 'CN-REFORM', title } }, 'CN:ADMIN')));
    expect(results.flatMap((r) => errorCodes(r))).toEqual([]);
    const codes = results.map((r) => r.data!.createPost.userErrors.map((e) => e.code).join(',') || 'CREATED').sort();
    expect(codes).toEqual(['CREATED', 'DUPLICATE_CODE', 'DUPLICATE_CODE', 'DUPLICATE_CODE', 'DUPLICATE_CODE', 'DUPLICATE_CODE']);
  });
});
