import { describe, expect, it } from 'vitest';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { HubEvent } from '../../src/platform/events/hub-event.entity';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { print } from 'graphql';
import { trySubscribe } from '../support/raw';
import {
  AddLegislativeDependencyDocument,
  AdoptDecisionDocument,
  AcknowledgeDirectiveDocument,
  AnswerSuggestionDocument,
  BodyPostsDocument,
  CloseLocalConsultationDocument,
  ConsultLocalGovernmentsDocument,
  CreatePostDocument,
  DecisionPageDocument,
  DecisionActivityDocument,
  DecisionProceduresDocument,
  DecisionViewDocument,
  DirectiveIssuedDocument,
  ModerateSuggestionDocument,
  ReconsiderDecisionDocument,
  ReferSuggestionDocument,
  RegisterDeputySuggestionDocument,
  ReviseDecisionDraftDocument,
  SubmitFeedbackDocument,
  SubmitPublicCommentDocument,
  SubmitSuggestionDocument,
  SuggestionsDocument,
  UpdateLegislativeDependencyDocument,
  TraceDocument,
} from '../generated/graphql';
import { adoptRoutine, consult, deliberate, draft, experts, legality, NDRC, REFORM, risk, inMs, DAY } from '../support/decisions';
import { ok, useTestHub, waitFor } from '../support/test-hub';
import { subscribe } from '../support/subscriptions';

const t = useTestHub({ config: { publicWritesPerAddress: 1000 } });

async function view(id: string, as?: string) {
  const r = await t.run(DecisionViewDocument, { id }, as);
  expect(r.errors).toBeUndefined();
  return r.data!.node as Extract<NonNullable<NonNullable<typeof r.data>['node']>, { reference: string }> | null;
}

describe('the demo data', () => {
  it('has the CN-REFORM major decision adopted through all five stages, Zhejiang in consultation, Hangzhou in draft', async () => {
    const page = await t.run(DecisionPageDocument, { first: 50 }, 'CN:VIEWER');
    const all = page.data!.decisions.edges.map((e) => e.node);
    const national = all.find((d) => d.decisionMaker.code === 'CN-REFORM')!;
    expect(national).toMatchObject({ class: 'MAJOR', status: 'ADOPTED', missingStages: [] });
    expect(national.stages.filter((s) => s.status === 'COMPLETED').map((s) => s.kind).sort()).toEqual(
      ['COLLECTIVE_DELIBERATION', 'EXPERT_CONSULTATION', 'LEGALITY_REVIEW', 'PUBLIC_CONSULTATION', 'RISK_ASSESSMENT'],
    );
    const zj = all.find((d) => d.decisionMaker.code === '330000')!;
    expect(zj.stages.find((s) => s.kind === 'PUBLIC_CONSULTATION')!.status).toBe('OPEN');
    const zjView = await view(zj.id);
    const consultation = zjView!.stages.find((s) => s.kind === 'PUBLIC_CONSULTATION') as { received: number; published: number; withheld: number; submissions: { totalCount: number } };
    expect(consultation).toMatchObject({ received: 4, published: 2, withheld: 1 });
    // The public reads the two published submissions only.
    expect(((await view(zj.id))!.stages.find((s) => s.kind === 'PUBLIC_CONSULTATION') as { submissions: { totalCount: number } }).submissions.totalCount).toBe(2);
    expect(consultation.submissions.totalCount).toBe(2);
    const hz = (await t.run(DecisionPageDocument, { decisionMakerCode: '330100' }, '330100:VIEWER')).data!.decisions.edges.map((e) => e.node);
    expect(hz).toHaveLength(1);
    expect(hz[0]).toMatchObject({ class: 'ROUTINE', status: 'DRAFT', missingStages: ['LEGALITY_REVIEW', 'COLLECTIVE_DELIBERATION'] });
    // A draft is not published: the public does not see it.
    expect((await t.run(DecisionPageDocument, { decisionMakerCode: '330100' })).data!.decisions.totalCount).toBe(0);
  });

  it('lays the procedures down as data per class and level', async () => {
    const r = await t.run(DecisionProceduresDocument, {});
    const procedures = r.data!.decisionProcedures;
    expect(procedures).toHaveLength(12);
    expect(procedures.find((p) => p.code === 'MAJOR-PROVINCIAL-v1')).toMatchObject({
      requiredStages: ['PUBLIC_CONSULTATION', 'EXPERT_CONSULTATION', 'RISK_ASSESSMENT', 'LEGALITY_REVIEW', 'COLLECTIVE_DELIBERATION'],
      minPublicCommentDays: 30,
      quorumShare: '66.67',
    });
    expect(procedures.find((p) => p.code === 'ROUTINE-MUNICIPAL-v1')!.requiredStages).toEqual(['LEGALITY_REVIEW', 'COLLECTIVE_DELIBERATION']);
  });
});

describe('a major decision from draft to adoption', () => {
  it('passes the five stages and delivers its directives live to the recipients, through the generated client', async () => {
    const zjSub = subscribe(t.hub.wsUrl, await t.token('330000', ['VIEWER']), DirectiveIssuedDocument, { after: await t.inboxCursor('330000') });
    const jsSub = subscribe(t.hub.wsUrl, await t.token('320000', ['OFFICER']), DirectiveIssuedDocument, { after: await t.inboxCursor('320000') });
    const d = await draft(t, { title: '全程测试决策' });
    // Replays the decision's events from the start of the log, then live: nothing can slip past.
    const activity = subscribe(t.hub.wsUrl, await t.token('CN-REFORM', ['VIEWER']), DecisionActivityDocument, { decisionId: d.id, after: encodeEventCursor(0) });
    expect(d).toMatchObject({ status: 'DRAFT', reference: expect.stringMatching(/^CN-REFORM-\d{4}-\d{4}$/), missingStages: ['PUBLIC_CONSULTATION', 'EXPERT_CONSULTATION', 'RISK_ASSESSMENT', 'LEGALITY_REVIEW', 'COLLECTIVE_DELIBERATION'] });
    expect(d.currentVersion.contentHash).toBe('sha256:' + (await import('node:crypto')).createHash('sha256').update('第一稿正文。').digest('hex'));
    await consult(t, d.id);
    await experts(t, d.id);
    await risk(t, d.id);
    await legality(t, d.id);
    const deliberated = (await deliberate(t, d.id)).decision!;
    expect(deliberated.missingStages).toEqual([]);
    const adopted = ok(
      await t.run(
        AdoptDecisionDocument,
        { input: { decisionId: d.id, directives: [{ title: '贯彻落实通知', content: '请制定实施方案。', recipientCodes: ['330000', '320000'], requiresAcknowledgement: true }], idempotencyKey: `adopt-${d.id}` } },
        REFORM,
      ),
    ).decision!;
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedVersion: { number: 1 }, directives: { totalCount: 1 } });
    const completed = adopted.stages.filter((s) => s.status === 'COMPLETED');
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((s) => s.boundVersion === 1)).toBe(true);
    const directiveId = adopted.directives.edges[0].node.id;
    const [zj] = await zjSub.waitFor(1);
    const [js] = await jsSub.waitFor(1);
    expect(zj.directiveIssued).toMatchObject({ directive: { id: directiveId, issuer: { code: 'CN-REFORM' } }, receipt: { recipient: { code: '330000' } } });
    expect(js.directiveIssued.receipt.recipient.code).toBe('320000');
    // Replaying the adoption's key answers the same decision and issues nothing more.
    const again = ok(await t.run(AdoptDecisionDocument, { input: { decisionId: d.id, directives: [{ title: '贯彻落实通知', content: '请制定实施方案。', recipientCodes: ['330000', '320000'], requiresAcknowledgement: true }], idempotencyKey: `adopt-${d.id}` } }, REFORM)).decision!;
    expect(again.directives.totalCount).toBe(1);
    // Published on adoption: the public reads it.
    expect((await view(d.id))?.status).toBe('ADOPTED');
    // Every step was an event of the decision, in order; the window ended by the scheduler, once.
    const events = (await activity.waitFor(9)).map((e) => e.decisionActivity);
    expect(events.map((e) => [e.kind, e.stage ?? null, e.stageStatus ?? null])).toEqual([
      ['CONSULTATION_OPENED', null, null],
      ['CONSULTATION_CLOSED', null, null],
      ['DECISION_STAGE_CHANGED', 'PUBLIC_CONSULTATION', 'COMPLETED'],
      ['DECISION_STAGE_CHANGED', 'EXPERT_CONSULTATION', 'COMPLETED'],
      ['DECISION_STAGE_CHANGED', 'RISK_ASSESSMENT', 'COMPLETED'],
      ['DECISION_STAGE_CHANGED', 'LEGALITY_REVIEW', 'OPEN'],
      ['DECISION_STAGE_CHANGED', 'LEGALITY_REVIEW', 'COMPLETED'],
      ['DECISION_STAGE_CHANGED', 'COLLECTIVE_DELIBERATION', 'COMPLETED'],
      ['DECISION_ADOPTED', null, null],
    ]);
    expect(events[1].actor.code).toBe('CN-NDRC');
    expect(events[8]).toMatchObject({ actor: { code: 'CN-REFORM' }, decision: { id: d.id, status: 'ADOPTED' } });
    const closed = await t.em.countBy(HubEvent, { kind: 'ConsultationClosed', subjectId: parseGlobalId(d.id)!.rowId });
    expect(closed).toBe(1);
    await Promise.all([zjSub.close(), jsSub.close(), activity.close()]);
  });

  it('decisionActivity is refused to callers who may not read the decision', async () => {
    const d = await draft(t, { class: 'ROUTINE' });
    const outside = await trySubscribe(t.hub.wsUrl, await t.token('320000', ['LEAD']), print(DecisionActivityDocument), { decisionId: d.id });
    expect(outside).toMatchObject({ kind: 'error', codes: ['FORBIDDEN'] });
    const publicCaller = await trySubscribe(t.hub.wsUrl, undefined, print(DecisionActivityDocument), { decisionId: d.id });
    expect(publicCaller).toMatchObject({ kind: 'closed', code: 4401 });
  });

  it('a revised draft makes risk, legality and deliberation STALE; redone on the new version, adoption succeeds', async () => {
    const d = await draft(t, { class: 'ROUTINE', decisionMakerCode: 'CN-REFORM' });
    await legality(t, d.id);
    const revised = ok(await t.run(ReviseDecisionDraftDocument, { input: { decisionId: d.id, text: '第二稿正文。', changeNote: '吸收审查意见。' } }, NDRC)).decision!;
    expect(revised.currentVersion.number).toBe(2);
    expect(revised.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(revised.stages.find((s) => s.kind === 'LEGALITY_REVIEW')).toMatchObject({ status: 'STALE', boundVersion: 1 });
    expect(revised.missingStages).toEqual(['LEGALITY_REVIEW', 'COLLECTIVE_DELIBERATION']);
    const stale = await t.em.findBy(HubEvent, { kind: 'DecisionStageChanged', subjectId: parseGlobalId(d.id)!.rowId });
    expect(stale.map((e) => JSON.parse(e.payload)).filter((p) => p.status === 'STALE')).toEqual([{ decisionId: parseGlobalId(d.id)!.rowId, stage: 'LEGALITY_REVIEW', status: 'STALE' }]);
    await legality(t, d.id);
    await deliberate(t, d.id);
    const adopted = ok(await t.run(AdoptDecisionDocument, { input: { decisionId: d.id } }, REFORM)).decision!;
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedVersion: { number: 2 } });
  });
});

describe('adoption assigns the decision’s tasks', () => {
  it('creates each task from the decision maker with the decision as its origin, in the adopting transaction', async () => {
    const deadline = inMs(90 * DAY);
    const d = await adoptRoutine(t, { tasks: [{ title: '承诺制落实方案', target: '各省印发实施方案。', executorCode: '330000', deadline }, { title: '承诺制试行', target: '选取园区试行。', executorCode: '320000', deadline }] });
    const traced = (await t.run(TraceDocument, { id: d.id, direction: 'DOWNSTREAM', depth: 1 }, 'CN-REFORM:VIEWER')).data!.trace!;
    const tasks = traced.nodes.map((n) => n.node as { __typename: string; id: string } | null).filter((n) => n?.__typename === 'ReformTask');
    expect(tasks).toHaveLength(2);
    expect(traced.links.filter((l) => l.relation === 'TASK_OF')).toHaveLength(2);
    // The executors read them, assigned by the decision maker.
    for (const [task, executor] of [[tasks[0]!, '330000'], [tasks[1]!, '320000']] as const) {
      const seen = await t.run(TraceDocument, { id: task.id, direction: 'UPSTREAM', depth: 1 }, `${executor}:VIEWER`);
      expect(seen.data!.trace!.root.node).toMatchObject({ __typename: 'ReformTask', id: task.id });
    }
  });
});

describe('local consultation through directives', () => {
  it('consults lower governments, waits for acknowledgement and feedback from each, then completes', async () => {
    const d = await draft(t, { decisionMakerCode: '330000', drafterCode: '330000-DRC', affectsLowerGovernments: true }, '330000-DRC:OFFICER+LEAD');
    expect(d.missingStages[0]).toBe('LOCAL_CONSULTATION');
    const consulted = ok(await t.run(ConsultLocalGovernmentsDocument, { input: { decisionId: d.id, bodyCodes: ['330100', '330200'], replyBy: inMs(10 * DAY) } }, '330000-DRC:LEAD')).decision!;
    const stage = consulted.stages.find((s) => s.kind === 'LOCAL_CONSULTATION') as { status: string; directive: { id: string }; consulted: { code: string }[] };
    expect(stage.status).toBe('OPEN');
    expect(stage.consulted.map((b) => b.code).sort()).toEqual(['330100', '330200']);
    for (const city of ['330100', '330200']) {
      ok(await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: stage.directive.id } }, `${city}:OFFICER`));
      ok(await t.run(SubmitFeedbackDocument, { input: { kind: 'SUGGESTION', content: `${city} 同意，建议分步实施。`, directiveId: stage.directive.id } }, `${city}:OFFICER`));
    }
    const closed = ok(await t.run(CloseLocalConsultationDocument, { input: { decisionId: d.id } }, '330000-DRC:OFFICER')).decision!;
    expect(closed.stages.find((s) => s.kind === 'LOCAL_CONSULTATION')!.status).toBe('COMPLETED');
  });
});

describe('再决策 and legislative dependencies', () => {
  it('reconsiders an adopted decision because of feedback on its directive: a new draft supersedes it', async () => {
    const d = await adoptRoutine(t, { directives: [{ title: '执行通知', content: '执行。', recipientCodes: ['330000'] }] });
    const directiveId = d.directives.edges[0].node.id;
    const feedback = ok(await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content: '执行中发现与地方性法规冲突。', directiveId } }, '330000:OFFICER')).feedback!;
    const next = ok(await t.run(ReconsiderDecisionDocument, { input: { decisionId: d.id, becauseId: feedback.id, reason: '与地方性法规冲突，需调整。' } }, REFORM)).decision!;
    expect(next).toMatchObject({ status: 'DRAFT', supersedes: { id: d.id, status: 'ADOPTED' }, revisedBecause: { id: feedback.id }, reconsiderationReason: '与地方性法规冲突，需调整。' });
    expect(next.reference).not.toBe(d.reference);
    await legality(t, next.id);
    await deliberate(t, next.id);
    ok(await t.run(AdoptDecisionDocument, { input: { decisionId: next.id } }, REFORM));
    expect((await view(d.id, 'CN:VIEWER'))!.status).toBe('SUPERSEDED');
  });

  it('records a law to amend, owned by a legal-affairs body that moves it on', async () => {
    const d = await draft(t);
    const dep = ok(await t.run(AddLegislativeDependencyDocument, { input: { decisionId: d.id, instrument: '《行政许可法》', change: '授权暂停适用第十二条。', ownerCode: 'CN-LEGAL', neededBy: inMs(60 * DAY) } }, NDRC)).dependency!;
    expect(dep).toMatchObject({ status: 'IDENTIFIED', owner: { code: 'CN-LEGAL' } });
    expect(ok(await t.run(UpdateLegislativeDependencyDocument, { input: { dependencyId: dep.id, status: 'DRAFTING' } }, 'CN-LEGAL:OFFICER')).dependency!.status).toBe('DRAFTING');
    expect((await view(d.id, 'CN:VIEWER'))!.legislativeDependencies).toEqual([{ id: dep.id, instrument: '《行政许可法》', status: 'DRAFTING' }]);
  });
});

describe('the suggestion platform', () => {
  it('takes a suggestion from the public, shows it only once published, answers it, and never returns contact data', async () => {
    const contact = 'secret-contact-13800000000@example.cn';
    const sent = await t.run(SubmitSuggestionDocument, { input: { toBodyCode: '330100', topic: '停车难', text: '建议开放机关停车场夜间共享。', contact, displayName: '市民' } });
    const s = ok(sent).suggestion!;
    expect(s).toMatchObject({ moderation: 'RECEIVED', status: 'RECEIVED', trackingNumber: expect.stringMatching(/^SG-/) });
    const publicBefore = await t.run(SuggestionsDocument, { toBodyCode: '330100', first: 50 });
    expect(publicBefore.data!.suggestions.edges.map((e) => e.node.id)).not.toContain(s.id);
    const inside = await t.run(SuggestionsDocument, { toBodyCode: '330100', first: 50 }, '330100:VIEWER');
    expect(inside.data!.suggestions.edges.map((e) => e.node.id)).toContain(s.id);
    ok(await t.run(ModerateSuggestionDocument, { input: { suggestionId: s.id, action: 'PUBLISH' } }, '330100:OFFICER'));
    ok(await t.run(AnswerSuggestionDocument, { input: { suggestionId: s.id, answer: '已研究，年内试点。' } }, '330100:OFFICER'));
    const publicAfter = await t.run(SuggestionsDocument, { toBodyCode: '330100', first: 50 });
    expect(publicAfter.data!.suggestions.edges.find((e) => e.node.id === s.id)!.node).toMatchObject({ status: 'ANSWERED', answer: '已研究，年内试点。' });
    for (const r of [sent, publicBefore, inside, publicAfter]) expect(JSON.stringify(r)).not.toContain(contact);
  });

  it('refers a suggestion to a decision', async () => {
    const d = await draft(t, { decisionMakerCode: '330000', drafterCode: '330000-DRC' }, '330000-DRC:OFFICER');
    const s = ok(await t.run(SubmitSuggestionDocument, { input: { toBodyCode: '330000', topic: '数字政府', text: '建议统一电子证照标准。' } })).suggestion!;
    ok(await t.run(ModerateSuggestionDocument, { input: { suggestionId: s.id, action: 'PUBLISH' } }, '330000:OFFICER'));
    const referred = ok(await t.run(ReferSuggestionDocument, { input: { suggestionId: s.id, toDecisionId: d.id } }, '330000:OFFICER')).suggestion!;
    expect(referred).toMatchObject({ status: 'REFERRED', referredTo: { id: d.id } });
  });

  it('registers a deputy’s suggestion whose deadline makes it overdue, derived at read time', async () => {
    const due = Date.now() + 400;
    const s = ok(await t.run(RegisterDeputySuggestionDocument, { input: { toBodyCode: '330100', deputyName: '代表甲', topic: '教育', text: '建议增加学位供给。', answerDueAt: new Date(due).toISOString() } }, '330000:OFFICER')).suggestion!;
    expect(s).toMatchObject({ channel: 'DEPUTY', overdue: false });
    await waitFor(() => Date.now() > due + 20, { what: 'the deadline to pass' });
    const list = await t.run(SuggestionsDocument, { toBodyCode: '330100', first: 50 });
    expect(list.data!.suggestions.edges.find((e) => e.node.id === s.id)!.node).toMatchObject({ channel: 'DEPUTY', overdue: true, displayName: '代表甲' });
  });
});

describe('posts', () => {
  it('shows titles to everyone and holder names inside the body’s jurisdiction only', async () => {
    const p = ok(await t.run(CreatePostDocument, { input: { bodyCode: '330200', title: '分管副市长', holderName: '测试姓名' } }, '330000:ADMIN')).post!;
    expect(p).toMatchObject({ title: '分管副市长', holderName: '测试姓名', body: { code: '330200' } });
    const find = async (as?: string) => (await t.run(BodyPostsDocument, { code: '330200' }, as)).data!.body!.posts.find((x) => x.id === p.id);
    expect(await find('330200:VIEWER')).toMatchObject({ holderName: '测试姓名' });
    expect(await find()).toMatchObject({ title: '分管副市长', holderName: null });
    expect(await find('320000:LEAD')).toMatchObject({ holderName: null });
  });
});

describe('statement counts', () => {
  it('a page of decisions with stages and current version costs the same for 2 and for 20 decisions', async () => {
    for (let i = 0; i < 20; i++) await draft(t, { title: `批量决策 ${i}` });
    const small = await t.run(DecisionPageDocument, { first: 2 }, 'CN:VIEWER');
    const large = await t.run(DecisionPageDocument, { first: 20 }, 'CN:VIEWER');
    expect(large.data!.decisions.edges).toHaveLength(20);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});

describe('public comments', () => {
  it('are idempotent per address and key', async () => {
    const zj = (await t.run(DecisionPageDocument, { decisionMakerCode: '330000', status: 'IN_PROCEDURE', first: 1 })).data!.decisions.edges[0].node;
    const input = { decisionId: zj.id, text: '重复提交测试。', idempotencyKey: 'comment-key-1' };
    const a = ok(await t.run(SubmitPublicCommentDocument, { input })).submission!;
    const b = ok(await t.run(SubmitPublicCommentDocument, { input })).submission!;
    expect(b.id).toBe(a.id);
    expect(a.moderation).toBe('RECEIVED');
  });
});
