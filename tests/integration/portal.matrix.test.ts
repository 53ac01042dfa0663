import { beforeAll, describe, expect, it } from 'vitest';
import {
  ComputeEvaluationDocument,
  CreatePostDocument,
  DefineIndicatorDocument,
  DefineIndicatorSystemDocument,
  FinalizeEvaluationDocument,
  MarkClassifiedDocument,
  NodeDocument,
  NodesDocument,
  PublicAnnualTaskListDocument,
  PublicConsultationsDocument,
  PublicDecisionsDocument,
  PublicDirectivesDocument,
  ProposePilotDocument,
  PublicEvaluationsDocument,
  PublicInspectionStatsDocument,
  PublicPilotsDocument,
  PublicSuggestionsDocument,
  PublicTasksDocument,
  PublicWithdrawalsDocument,
  PublishAnnualTaskListDocument,
  SubmitSuggestionDocument,
  WithdrawPublicationDocument,
} from '../generated/graphql';
import { LoaderRegistry, type RequestContext } from '../../src/platform/context';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { isPublicNode } from '../../src/domains/transparency/publication.service';
import { draft } from '../support/decisions';
import { allChanges, publish, YEAR } from '../support/portal';
import { proposalInput } from '../support/pilots';
import { createTask } from '../support/tasks';
import { ok as payload, useTestHub } from '../support/test-hub';

// The public caller × every public query × every publishable type in five placements: published,
// unpublished, withdrawn, classified, and published by another jurisdiction (Jiangsu, outside the
// Zhejiang filters). Each cell says whether the query's answer holds the object's id; then node and
// nodes for every object. The table is the expectation; the objects are made through the API.

type Placement = 'published' | 'unpublished' | 'withdrawn' | 'classified' | 'other';
const PLACEMENTS: Placement[] = ['published', 'unpublished', 'withdrawn', 'classified', 'other'];
type Kind = 'ReformTask' | 'ReformDecision' | 'Suggestion' | 'Evaluation' | 'AnnualTaskList' | 'Pilot';

interface Obj {
  kind: Kind;
  placement: Placement;
  id: string;
  /** Published by the act (in publicChanges), rather than by an older flag. */
  byAct: boolean;
  /** Withdrawn at some point: a tombstone stays, even once it is classified afterwards. */
  tombstone: boolean;
}

const t = useTestHub({ config: { publicWritesPerAddress: 100 } });
const objects: Obj[] = [];
const answers = new Map<string, string>();

// Which public query lists which kind, and whether a Zhejiang filter applies (Jiangsu's are out).
const LISTS: Record<string, { kind: Kind | null; zhejiangOnly?: boolean; run: () => Promise<unknown> }> = {
  publicDecisions: { kind: 'ReformDecision', run: () => t.run(PublicDecisionsDocument, { first: 100 }) },
  publicConsultations: { kind: null, run: () => t.run(PublicConsultationsDocument, { first: 100 }) }, // none of these objects is in consultation
  publicTasks: { kind: 'ReformTask', run: () => t.run(PublicTasksDocument, { first: 100 }) },
  'publicTasks(bodyCode: 330000)': { kind: 'ReformTask', zhejiangOnly: true, run: () => t.run(PublicTasksDocument, { bodyCode: '330000', first: 100 }) },
  // One list per body and year: every slot a list of the table sits in is asked, Zhejiang's alone, then with Jiangsu's.
  'publicAnnualTaskList(330000, each year)': { kind: 'AnnualTaskList', zhejiangOnly: true, run: () => annualLists(['330000']) },
  'publicAnnualTaskList(330000 and 320000, each year)': { kind: 'AnnualTaskList', run: () => annualLists(['330000', '320000']) },
  publicEvaluations: { kind: 'Evaluation', run: () => t.run(PublicEvaluationsDocument, { year: YEAR, first: 100 }) },
  publicSuggestions: { kind: 'Suggestion', run: () => t.run(PublicSuggestionsDocument, { first: 100 }) },
  'publicSuggestions(bodyCode: 330000)': { kind: 'Suggestion', zhejiangOnly: true, run: () => t.run(PublicSuggestionsDocument, { bodyCode: '330000', first: 100 }) },
  publicInspectionStats: { kind: null, run: () => t.run(PublicInspectionStatsDocument, { bodyCode: '330000', year: YEAR }) },
  publicDirectives: { kind: null, run: () => t.run(PublicDirectivesDocument) },
  publicPilots: { kind: 'Pilot', run: () => t.run(PublicPilotsDocument, { first: 100 }) },
  'publicPilots(sponsorCode: 330000)': { kind: 'Pilot', zhejiangOnly: true, run: () => t.run(PublicPilotsDocument, { sponsorCode: '330000', first: 100 }) },
};

// The years of the annual lists by placement: Zhejiang's four in four years, Jiangsu's in this one.
const LIST_YEAR: Record<Placement, number> = { unpublished: YEAR, published: YEAR + 1, withdrawn: YEAR + 2, classified: YEAR + 3, other: YEAR };

/** publicAnnualTaskList for each of these bodies in each year of the table, as one answer. */
async function annualLists(bodyCodes: string[]) {
  const data: unknown[] = [];
  for (const bodyCode of bodyCodes) {
    for (const year of new Set(Object.values(LIST_YEAR))) {
      const r = await t.run(PublicAnnualTaskListDocument, { bodyCode, year });
      expect(r.errors).toBeUndefined();
      data.push(r.data);
    }
  }
  return { data };
}

/** Whether a list query of this object's kind shows it. */
function listed(o: Obj, zhejiangOnly: boolean): boolean {
  if (o.placement === 'published') return true;
  if (o.placement === 'other') return !zhejiangOnly;
  return false;
}

const ok = (r: { errors?: unknown; data?: unknown }) => {
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, { userErrors?: unknown[] } & Record<string, unknown>>;
};

async function withdraw(id: string, owner: string) {
  const r = ok(await t.run(WithdrawPublicationDocument, { input: { id, reason: '矩阵测试撤回。' } }, `${owner}:LEAD`));
  expect(r.withdrawPublication.userErrors).toEqual([]);
}

async function classify(id: string, owner: string) {
  const r = ok(await t.run(MarkClassifiedDocument, { input: { id } }, `${owner}:OFFICER`));
  expect(r.markClassified.userErrors).toEqual([]);
}

/** Four objects owned in Zhejiang and one in Jiangsu, placed by the acts. */
async function place(kind: Kind, make: (placement: Placement) => Promise<string>, owner: string, otherOwner: string) {
  for (const placement of PLACEMENTS) {
    const id = await make(placement);
    const by = placement === 'other' ? otherOwner : owner;
    if (placement === 'published' || placement === 'withdrawn' || placement === 'other') await publish(t, id, by);
    if (placement === 'withdrawn') await withdraw(id, by);
    if (placement === 'classified') await classify(id, by);
    objects.push({ kind, placement, id, byAct: placement !== 'unpublished' && placement !== 'classified', tombstone: placement === 'withdrawn' });
  }
}

/** A FINAL evaluation (scored, no challenge window, never published) of a city by its province's own system (public: only under a public system is an evaluation published). */
async function finalEvaluation(owner: string, city: string): Promise<string> {
  const lead = `${owner}:LEAD`;
  const indicator = payload(await t.run(DefineIndicatorDocument, { input: { code: `M-${owner}-${city}`, title: '矩阵指标', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', hubMetric: 'TASK_COMPLETION_ON_TIME', dataOwnerCode: null, baseline: '0', target: '100' } }, lead)).indicator!;
  const system = payload(
    await t.run(DefineIndicatorSystemDocument, { input: { code: `MS-${owner}-${city}`, year: YEAR, weights: [{ indicatorId: indicator.id, weight: '100.00' }], minObjectiveShare: '100.00', challengeDays: 0, public: true } }, lead),
  ).indicatorSystem!;
  const [e] = payload(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: String(YEAR), subjectCodes: [city] } }, lead)).evaluations!;
  expect(payload(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, lead)).evaluation!.status).toBe('FINAL');
  return e.id;
}

beforeAll(async () => {
  await place('ReformTask', async (p) => (await createTask(t.testHub, p === 'other' ? '320000:LEAD' : '330000:LEAD', { executorCode: p === 'other' ? '320100' : '330100', title: `矩阵任务 ${p}` })).id, '330000', '320000');
  await place(
    'ReformDecision',
    async (p) => (p === 'other' ? await draft(t.testHub, { title: `矩阵决策 ${p}`, decisionMakerCode: '320000', drafterCode: '320000', class: 'ROUTINE' }, '320000:OFFICER+LEAD') : await draft(t.testHub, { title: `矩阵决策 ${p}` })).id,
    'CN-REFORM',
    '320000',
  );
  await place(
    'Suggestion',
    async (p) => {
      const r = ok(await t.run(SubmitSuggestionDocument, { input: { toBodyCode: p === 'other' ? '320000' : '330000', topic: `矩阵建议 ${p}`, text: '建议正文。' } }));
      expect(r.submitSuggestion.userErrors).toEqual([]);
      return (r.submitSuggestion as unknown as { suggestion: { id: string } }).suggestion.id;
    },
    '330000',
    '320000',
  );
  // Pilots: sponsored by Zhejiang (sited in Hangzhou), the other by Jiangsu (sited in Nanjing).
  await place(
    'Pilot',
    async (p) => {
      const other = p === 'other';
      const input = await proposalInput(t, [other ? '320100' : '330100'], { title: `矩阵试点 ${p}` });
      const r = ok(await t.run(ProposePilotDocument, { input }, other ? '320000:OFFICER' : '330000:OFFICER'));
      expect(r.proposePilot.userErrors).toEqual([]);
      return (r.proposePilot as unknown as { pilot: { id: string } }).pilot.id;
    },
    '330000',
    '320000',
  );
  // Evaluations: the demo's published evaluations of Zhejiang's cities (published by publishEvaluation,
  // before the act); one withdrawn, one withdrawn and classified. Made here: a FINAL one never
  // published (Zhejiang's), and Jiangsu's evaluation of Nanjing published by the act.
  const evaluations = (ok(await t.run(PublicEvaluationsDocument, { year: YEAR, first: 100 })).publicEvaluations as unknown as { edges: { node: { id: string; body: { code: string } } }[] }).edges.map((e) => e.node);
  const byCity = (code: string) => evaluations.find((e) => e.body.code === code)!.id;
  objects.push({ kind: 'Evaluation', placement: 'published', id: byCity('330100'), byAct: false, tombstone: false });
  await withdraw(byCity('330200'), '330000');
  objects.push({ kind: 'Evaluation', placement: 'withdrawn', id: byCity('330200'), byAct: true, tombstone: true });
  const third = evaluations.find((e) => !['330100', '330200'].includes(e.body.code))!.id;
  await withdraw(third, '330000');
  await classify(third, '330000');
  objects.push({ kind: 'Evaluation', placement: 'classified', id: third, byAct: true, tombstone: true }); // withdrawn, then classified
  objects.push({ kind: 'Evaluation', placement: 'unpublished', id: await finalEvaluation('330000', '330300'), byAct: false, tombstone: false });
  const jiangsu = await finalEvaluation('320000', '320100');
  await publish(t, jiangsu, '320000');
  objects.push({ kind: 'Evaluation', placement: 'other', id: jiangsu, byAct: true, tombstone: false });
  // Annual lists: one per body and year (LIST_YEAR). Made with public: false, then placed by the acts;
  // the central one of the demo is public by its flag and is no object of the table.
  // Each item names a responsible leader: a post of the body (Jiangsu has none in the demo).
  const slot = async (bodyCode: '330000' | '320000') => ({
    taskId: (await createTask(t.testHub, `${bodyCode}:LEAD`, { executorCode: `${bodyCode.slice(0, 2)}0100`, title: '清单任务' })).id,
    responsibleLeaderPostId: payload(await t.run(CreatePostDocument, { input: { bodyCode, title: '矩阵清单负责人' } }, `${bodyCode}:ADMIN`)).post!.id,
    rank: 1,
  });
  const items = { '330000': await slot('330000'), '320000': await slot('320000') };
  await place(
    'AnnualTaskList',
    async (p) => {
      const bodyCode = p === 'other' ? '320000' : '330000';
      const list = ok(await t.run(PublishAnnualTaskListDocument, { input: { bodyCode, year: LIST_YEAR[p], title: `矩阵清单 ${p}`, public: false, items: [items[bodyCode]] } }, `${bodyCode}:LEAD`));
      expect(list.publishAnnualTaskList.userErrors).toEqual([]);
      return (list.publishAnnualTaskList as unknown as { list: { id: string } }).list.id;
    },
    '330000',
    '320000',
  );

  for (const [name, q] of Object.entries(LISTS)) answers.set(name, JSON.stringify(ok((await q.run()) as { errors?: unknown; data?: unknown })));
  answers.set('publicWithdrawals', JSON.stringify(ok(await t.run(PublicWithdrawalsDocument, { first: 100 }))));
  answers.set('publicChanges', JSON.stringify(await allChanges(t)));
});

describe('public caller × public query × object placement', () => {
  it('made every cell it claims', () => {
    // Every kind in every placement, once.
    const kinds: Kind[] = ['ReformTask', 'ReformDecision', 'Suggestion', 'Evaluation', 'AnnualTaskList', 'Pilot'];
    expect(objects.map((o) => `${o.kind}/${o.placement}`).sort()).toEqual(kinds.flatMap((k) => PLACEMENTS.map((p) => `${k}/${p}`)).sort());
  });

  it.each(Object.keys(LISTS))('%s lists exactly the published objects of its kind', (name) => {
    const text = answers.get(name)!;
    const wrong = objects.filter((o) => text.includes(o.id) !== (LISTS[name].kind === o.kind && listed(o, !!LISTS[name].zhejiangOnly))).map((o) => `${o.kind}/${o.placement}`);
    expect(wrong).toEqual([]);
  });

  it('publicWithdrawals holds a tombstone of each withdrawn object and no other', () => {
    const text = answers.get('publicWithdrawals')!;
    expect(objects.filter((o) => text.includes(o.id) !== o.tombstone).map((o) => `${o.kind}/${o.placement}`)).toEqual([]);
  });

  it('publicChanges holds what was published or withdrawn by the act, never the unpublished or the classified', () => {
    const text = answers.get('publicChanges')!;
    expect(objects.filter((o) => text.includes(o.id) !== o.byAct).map((o) => `${o.kind}/${o.placement}`)).toEqual([]);
  });

  it.each(PLACEMENTS)('node and nodes: the public reads a %s object only when published (and tasks and pilots never: their internal types reach internal fields)', async (placement) => {
    const cell = objects.filter((o) => o.placement === placement);
    expect(cell.length).toBeGreaterThan(0);
    for (const o of cell) {
      const visible = (placement === 'published' || placement === 'other') && o.kind !== 'ReformTask' && o.kind !== 'Pilot';
      const one = await t.run(NodeDocument, { id: o.id });
      expect(one.errors, `${o.kind}/${placement}`).toBeUndefined();
      expect(one.data!.node === null, `${o.kind}/${placement}`).toBe(!visible);
      const many = await t.run(NodesDocument, { ids: [o.id] });
      expect(many.data!.nodes[0] === null, `${o.kind}/${placement} via nodes`).toBe(!visible);
    }
  });
});

describe('isPublicNode, the predicate for trace and any other path that shows nodes to the public', () => {
  it('agrees with the portal for every object of the table, and says no to types that are never public', async () => {
    const ctx = { em: t.em, loaders: new LoaderRegistry() } as unknown as RequestContext;
    const wrong: string[] = [];
    for (const o of objects) {
      const { type, rowId } = parseGlobalId(o.id)!;
      if ((await isPublicNode(ctx, type, rowId)) !== (o.placement === 'published' || o.placement === 'other')) wrong.push(`${o.kind}/${o.placement}`);
    }
    expect(wrong).toEqual([]);
    const task = parseGlobalId(objects.find((o) => o.kind === 'ReformTask' && o.placement === 'published')!.id)!;
    expect(await isPublicNode(ctx, 'Finding', task.rowId)).toBe(false);
    expect(await isPublicNode(ctx, 'ToleranceCase', task.rowId)).toBe(false);
    const body = await t.hub.db.dataSource.query(`SELECT id FROM body WHERE code = '330000'`);
    expect(await isPublicNode(ctx, 'Body', body[0].id)).toBe(true);
  });
});
