import { describe, expect, it } from 'vitest';
import {
  AuditTrailDocument,
  EvaluationNodeDocument,
  NodeDocument,
  PublicAnnualTaskListDocument,
  PublicChangesDocument,
  PublicConsultationsDocument,
  PublicDecisionsDocument,
  PublicEvaluationsDocument,
  PublicInspectionStatsDocument,
  PublicPilotsDocument,
  PublicSuggestionsDocument,
  PublicTasksDocument,
  PublicWithdrawalsDocument,
  RecordDisclosureReviewDocument,
  PublishObjectDocument,
  PilotsDocument,
  WithdrawPublicationDocument,
} from '../generated/graphql';
import { allChanges, publish, taskCode, taskId, YEAR } from '../support/portal';
import { useTestHub } from '../support/test-hub';

// The public portal: what the demo publishes, the act of publishing and withdrawing, the change
// feed, and statement counts constant in page size. Every read here is made without a token.
const t = useTestHub();

describe('the demo, as the public sees it', () => {
  it('shows Zhejiang’s and Hangzhou’s published tasks, not the withdrawn one, with executors and progress', async () => {
    const r = await t.run(PublicTasksDocument, { bodyCode: '330000', year: YEAR, first: 100 });
    expect(r.errors).toBeUndefined();
    const codes = r.data!.publicTasks.edges.map((e) => e.node.code).sort();
    const expected = [...Array.from({ length: 10 }, (_, i) => taskCode(i + 1, '330000')), ...Array.from({ length: 9 }, (_, i) => taskCode(i + 1, '330100'))].sort();
    expect(codes).toEqual(expected);
    expect(r.data!.publicTasks.totalCount).toBe(19);
    const hz = r.data!.publicTasks.edges.find((e) => e.node.code === taskCode(2, '330100'))!.node;
    expect(hz.executor).toMatchObject({ code: '330100', level: 'MUNICIPAL' });
    expect(hz.assignedBy.code).toBe('330000');
    expect(hz.progress).toMatch(/^\d+\.\d\d$/);
    // Overdue is derived at read time, and the filter agrees with the field.
    const overdue = await t.run(PublicTasksDocument, { bodyCode: '330000', year: YEAR, overdue: true, first: 100 });
    const notOverdue = await t.run(PublicTasksDocument, { bodyCode: '330000', year: YEAR, overdue: false, first: 100 });
    expect(overdue.data!.publicTasks.edges.every((e) => e.node.overdue)).toBe(true);
    expect(notOverdue.data!.publicTasks.edges.every((e) => !e.node.overdue)).toBe(true);
    expect(overdue.data!.publicTasks.totalCount + notOverdue.data!.publicTasks.totalCount).toBe(19);
    // The central tasks were public by their flag before publishing was an act; Jiangsu’s are not public.
    const cn = await t.run(PublicTasksDocument, { bodyCode: 'CN-NDRC', year: YEAR, first: 100 });
    expect(cn.data!.publicTasks.edges.map((e) => e.node.code)).toContain(taskCode(1));
    const js = await t.run(PublicTasksDocument, { bodyCode: '320000', year: YEAR, first: 100 });
    expect(js.data!.publicTasks.totalCount).toBe(0);
  });

  it('keeps a tombstone of the withdrawn Hangzhou task with its reason, and nothing else of it', async () => {
    const r = await t.run(PublicWithdrawalsDocument, { first: 10 });
    const tomb = r.data!.publicWithdrawals.edges.map((e) => e.node).find((n) => n.title.includes('政务数据共享'))!;
    expect(tomb).toMatchObject({ subjectType: 'ReformTask', withdrawn: true, body: { code: '330000' } });
    expect(tomb.reason).toContain('原公开的目标和期限不再适用');
    expect((await t.run(NodeDocument, { id: tomb.id })).data!.node).toBeNull();
  });

  it('shows the central decision, the open Zhejiang consultation, the central list, the cities’ evaluation and a published suggestion', async () => {
    const decisions = await t.run(PublicDecisionsDocument, { level: 'CENTRAL', first: 10 });
    expect(decisions.data!.publicDecisions.edges.map((e) => e.node.decisionMaker.code)).toContain('CN-REFORM');
    const adopted = decisions.data!.publicDecisions.edges.find((e) => e.node.decisionMaker.code === 'CN-REFORM')!.node;
    expect(adopted.status).toBe('ADOPTED');
    const consultations = await t.run(PublicConsultationsDocument, { open: true, first: 10 });
    expect(consultations.data!.publicConsultations.edges.map((e) => e.node.decision.decisionMaker.code)).toContain('330000');
    expect(consultations.data!.publicConsultations.edges.every((e) => e.node.open)).toBe(true);
    const list = await t.run(PublicAnnualTaskListDocument, { bodyCode: 'CN', year: YEAR });
    expect(list.data!.publicAnnualTaskList!.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list.data!.publicAnnualTaskList!.items[0].responsiblePostTitle.length).toBeGreaterThan(0);
    const evaluations = await t.run(PublicEvaluationsDocument, { year: YEAR, level: 'MUNICIPAL', first: 20 });
    const zj = evaluations.data!.publicEvaluations.edges.map((e) => e.node);
    expect(zj.map((e) => e.body.code)).toEqual(expect.arrayContaining(['330100', '330200']));
    expect(zj.every((e) => /^\d+\.\d{4}$/.test(e.total) && e.rank! >= 1)).toBe(true);
    const suggestions = await t.run(PublicSuggestionsDocument, { bodyCode: '330000', first: 10 });
    expect(suggestions.data!.publicSuggestions.edges.map((e) => e.node.topic)).toContain('营商环境');
    const stats = await t.run(PublicInspectionStatsDocument, { bodyCode: 'CN', year: YEAR });
    expect(stats.data!.publicInspectionStats!.total).toBeGreaterThan(0);
  });

  it('lists the demo’s publications and the withdrawal in commit order in publicChanges', async () => {
    const changes = await allChanges(t);
    // 20 tasks and the Ningbo pilot.
    expect(changes.filter((c) => c.node.kind === 'PUBLISHED')).toHaveLength(21);
    expect(changes.filter((c) => c.node.subjectType === 'Pilot').map((c) => c.node.title)).toEqual(['宁波“一件事”集成办理试点']);
    const withdrawn = changes.filter((c) => c.node.kind === 'WITHDRAWN');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].node.reason).toContain('不再适用');
    // The withdrawal comes after the publication of the same object.
    const published = changes.findIndex((c) => c.node.kind === 'PUBLISHED' && c.node.subjectId === withdrawn[0].node.subjectId);
    expect(published).toBeGreaterThanOrEqual(0);
    expect(published).toBeLessThan(changes.indexOf(withdrawn[0]));
  });
});

describe('publishing is an act', () => {
  it('publishes a task after its disclosure review, audited and in the feed; withdraws it to a tombstone; publishes it again', async () => {
    const id = await taskId(t, taskCode(2, '330200'));
    const before = await t.run(PublicChangesDocument, { first: 100 });
    const cursor = before.data!.publicChanges.edges.at(-1)!.cursor;
    const p = await publish(t, id, '330000');
    expect(p).toMatchObject({ subjectGlobalId: id, status: 'PUBLISHED', classified: false, withdrawnAt: null });
    expect(p.disclosureReviewedAt).not.toBeNull();
    const pub = await t.run(PublicTasksDocument, { bodyCode: '330200', first: 50 });
    expect(pub.data!.publicTasks.edges.map((e) => e.node.id)).toContain(id);
    const feed = await t.run(PublicChangesDocument, { first: 10, after: cursor });
    expect(feed.data!.publicChanges.edges.map((e) => [e.node.kind, e.node.subjectId, e.node.body.code])).toEqual([['PUBLISHED', id, '330000']]);
    const audit = await t.run(AuditTrailDocument, { targetId: id, first: 20 }, '330000:VIEWER');
    const actions = audit.data!.auditTrail.edges.map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['publication.review', 'publication.publish']));

    const w = await t.run(WithdrawPublicationDocument, { input: { id, reason: '执行主体调整，信息待更新。' } }, '330000:LEAD');
    expect(w.data!.withdrawPublication.userErrors).toEqual([]);
    expect(w.data!.withdrawPublication.publication).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '执行主体调整，信息待更新。' });
    const gone = await t.run(PublicTasksDocument, { bodyCode: '330200', first: 50 });
    expect(gone.data!.publicTasks.edges.map((e) => e.node.id)).not.toContain(id);
    const tombs = await t.run(PublicWithdrawalsDocument, { first: 50 });
    expect(tombs.data!.publicWithdrawals.edges.find((e) => e.node.id === id)!.node.reason).toBe('执行主体调整，信息待更新。');
    const feed2 = await t.run(PublicChangesDocument, { first: 10, after: cursor });
    expect(feed2.data!.publicChanges.edges.map((e) => [e.node.kind, e.node.reason])).toEqual([['PUBLISHED', null], ['WITHDRAWN', '执行主体调整，信息待更新。']]);

    // The review stands: a LEAD publishes it again, and the tombstone is gone.
    const again = await t.run(PublishObjectDocument, { input: { id } }, '330000:LEAD');
    expect(again.data!.publishObject.userErrors).toEqual([]);
    expect(again.data!.publishObject.publication).toMatchObject({ status: 'PUBLISHED', withdrawnAt: null, withdrawalReason: null });
    const tombs2 = await t.run(PublicWithdrawalsDocument, { first: 50 });
    expect(tombs2.data!.publicWithdrawals.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('withdraws a published evaluation (back to FINAL, out of the portal and of node), then publishes it after review', async () => {
    const list = await t.run(PublicEvaluationsDocument, { year: YEAR, level: 'MUNICIPAL', first: 20 });
    const nb = list.data!.publicEvaluations.edges.map((e) => e.node).find((e) => e.body.code === '330200')!;
    const w = await t.run(WithdrawPublicationDocument, { input: { id: nb.id, reason: '第三方评估数据复核中。' } }, '330000:LEAD');
    expect(w.data!.withdrawPublication.userErrors).toEqual([]);
    const after = await t.run(PublicEvaluationsDocument, { year: YEAR, level: 'MUNICIPAL', first: 20 });
    expect(after.data!.publicEvaluations.edges.map((e) => e.node.id)).not.toContain(nb.id);
    expect((await t.run(EvaluationNodeDocument, { id: nb.id })).data!.node).toBeNull();
    const internal = await t.run(EvaluationNodeDocument, { id: nb.id }, '330000:VIEWER');
    expect(internal.data!.node).toMatchObject({ status: 'FINAL' });
    // Published before publishing was an act: its first publication by the act needs a review.
    const refused = await t.run(PublishObjectDocument, { input: { id: nb.id } }, '330000:LEAD');
    expect(refused.data!.publishObject.userErrors.map((e) => e.code)).toEqual(['DISCLOSURE_REVIEW_REQUIRED']);
    const p = await publish(t, nb.id, '330000');
    expect(p.status).toBe('PUBLISHED');
    expect((await t.run(EvaluationNodeDocument, { id: nb.id })).data!.node).toMatchObject({ status: 'PUBLISHED' });
  });

  it('reviews by OFFICER and LEAD alike', async () => {
    const id = await taskId(t, taskCode(4, '330200'));
    const r = await t.run(RecordDisclosureReviewDocument, { input: { id } }, '330000:LEAD');
    expect(r.data!.recordDisclosureReview.userErrors).toEqual([]);
    expect(r.data!.recordDisclosureReview.publication).toMatchObject({ status: 'UNPUBLISHED', classified: false });
  });
});

describe('publicPilots', () => {
  it('shows the scaled-up Ningbo pilot published by the demo’s act, with sponsor, site, verdict and experiences; not the running Hangzhou one', async () => {
    const r = await t.run(PublicPilotsDocument, { first: 50 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.publicPilots.edges.map((e) => e.node.code)).toEqual(['ZJ-PILOT-NB-ONE-THING']);
    expect(r.data!.publicPilots.totalCount).toBe(1);
    const nb = r.data!.publicPilots.edges[0].node;
    expect(nb).toMatchObject({ status: 'SCALED_UP', verdict: 'SCALE_UP', field: '营商环境', sponsor: { code: '330000', level: 'PROVINCIAL' } });
    expect(nb.verdictReason).toContain('审批用时指标达标');
    expect(nb.sites).toEqual([{ scope: '企业全生命周期“一件事”集成办理', authorizedDeviations: [], legalBasisForDeviation: null, body: expect.objectContaining({ code: '330200' }) }]);
    expect(nb.experiences).toEqual([{ title: '“一件事”集成办理清单', description: expect.stringContaining('一表申请') }]);
    expect(Date.parse(nb.publishedAt)).toBeLessThanOrEqual(Date.now());
    // Published by the act: in the change feed; the internal Pilot stays unreadable by the public.
    expect((await allChanges(t)).some((c) => c.node.subjectId === nb.id && c.node.kind === 'PUBLISHED')).toBe(true);
    expect((await t.run(NodeDocument, { id: nb.id })).data!.node).toBeNull();
    // The filters.
    const count = async (vars: Record<string, string>) => (await t.run(PublicPilotsDocument, { ...vars, first: 50 })).data!.publicPilots.totalCount;
    expect(await count({ sponsorCode: '330000' })).toBe(1);
    expect(await count({ sponsorCode: '320000' })).toBe(0);
    expect(await count({ sponsorCode: 'NO-SUCH-BODY' })).toBe(0);
    expect(await count({ status: 'SCALED_UP', field: '营商环境' })).toBe(1);
    expect(await count({ status: 'RUNNING' })).toBe(0);
    expect(await count({ field: '数字政府' })).toBe(0);
  });

  it('shows a published pilot’s deviations and their legal basis (public law), once its sponsor publishes it', async () => {
    const hz = await t.run(PilotsDocument, { sponsorCode: '330000', field: '数字政府', first: 5 }, '330000:VIEWER');
    const id = hz.data!.pilots.edges.find((e) => e.node.code === 'ZJ-PILOT-HZ-DATA')!.node.id;
    await publish(t, id, '330000');
    const r = await t.run(PublicPilotsDocument, { field: '数字政府', first: 5 });
    const node = r.data!.publicPilots.edges.find((e) => e.node.code === 'ZJ-PILOT-HZ-DATA')!.node;
    expect(node.status).toBe('RUNNING');
    expect(node.sites[0]).toMatchObject({ authorizedDeviations: ['公共数据不得对外提供的一般规定（限授权场景）'], body: { code: '330100' } });
    expect(node.sites[0].legalBasisForDeviation).toContain('浙江省公共数据条例');
    expect(node.experiences).toEqual([]);
    // Never the site’s progress report (feedback text).
    expect(JSON.stringify(r.data)).not.toContain('首批三家运营单位');
  });
});

describe('statement counts', () => {
  it('serves publicTasks, publicChanges, publicEvaluations and publicDecisions in a number of statements independent of page size', async () => {
    for (const [doc, vars] of [
      [PublicTasksDocument, { bodyCode: '330000' }],
      [PublicChangesDocument, {}],
      [PublicEvaluationsDocument, { year: YEAR }],
      [PublicDecisionsDocument, {}],
      [PublicSuggestionsDocument, {}],
      [PublicWithdrawalsDocument, {}],
      [PublicPilotsDocument, {}],
    ] as const) {
      const small = await t.run(doc as typeof PublicTasksDocument, { ...vars, first: 1 });
      const large = await t.run(doc as typeof PublicTasksDocument, { ...vars, first: 50 });
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      expect(large.extensions?.sqlStatements, JSON.stringify(vars)).toBeGreaterThan(0);
      expect(large.extensions?.sqlStatements, JSON.stringify(vars)).toBe(small.extensions?.sqlStatements);
    }
  });
});
