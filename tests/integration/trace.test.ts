import { describe, expect, it } from 'vitest';
import { ComputeEvaluationDocument, DecisionPageDocument, PilotsDocument, ReconsiderDecisionDocument, TraceDocument, type TraceQuery } from '../generated/graphql';
import { observe, OWNER, PERIOD, twoIndicatorSystem } from '../support/evaluation';
import { acceptTask, createTask, decompose, insertTaskTree, taskId } from '../support/tasks';
import { expectErrorCodes, inDays, ok, userErrorCodes, useTestHub } from '../support/test-hub';

// trace(id, direction, depth) over the demo data: the chain from the central decision on enterprise
// investment projects to Hangzhou's part of it, the inspection finding about that task, the
// rectification order and its task, and the city's published evaluation — as CN-REFORM, the
// public and the cities see it.

// No rate budget here: a trace query is costed at its bounds (100 nodes), and this file runs many.
const t = useTestHub({ config: { rateLimitAccount: 0, rateLimitBody: 0 } });
const YEAR = new Date().getUTCFullYear();
const REFORM = 'CN-REFORM:VIEWER';

type Trace = NonNullable<TraceQuery['trace']>;
type TNode = Trace['nodes'][number];
type Shown = Record<string, unknown> & { __typename: string; id: string };

async function centralDecision(): Promise<string> {
  const page = await t.run(DecisionPageDocument, { decisionMakerCode: 'CN-REFORM', status: 'ADOPTED', first: 10 }, REFORM);
  return page.data!.decisions.edges.find((e) => e.node.title === '关于全面推行企业投资项目承诺制改革的决定')!.node.id;
}

async function trace(id: string, as?: string, direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH' = 'DOWNSTREAM', depth = 6) {
  const r = await t.run(TraceDocument, { id, direction, depth }, as);
  expect(r.errors).toBeUndefined();
  return { trace: r.data!.trace, raw: JSON.stringify(r.data), statements: r.extensions?.sqlStatements as number, cost: (r.extensions?.cost as { requested: number } | undefined)?.requested };
}

async function traced(id: string, as?: string, direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH' = 'DOWNSTREAM', depth = 6): Promise<Trace> {
  const { trace: tr } = await trace(id, as, direction, depth);
  expect(tr).not.toBeNull();
  return tr!;
}

const label = (n: TNode): string => {
  if (n.gap) return `[${n.gap.typename}: ${n.gap.reason}]`;
  const o = n.node as Shown;
  switch (o.__typename) {
    case 'ReformTask':
      return o.kind === 'RECTIFICATION' ? 'ReformTask RECTIFICATION' : `ReformTask ${String(o.code).replace(String(YEAR), 'Y')}`;
    case 'Finding':
      return `Finding ${o.category as string} @${(o.subject as { code: string }).code}`;
    case 'RectificationOrder':
      return `RectificationOrder @${(o.addressee as { code: string }).code}`;
    case 'Evaluation':
      return `Evaluation ${(o.body as { code: string }).code}`;
    default:
      return o.__typename;
  }
};

/** The links as readable lines, "from —RELATION→ to", sorted. */
function lines(tr: Trace): string[] {
  const byKey = new Map(tr.nodes.map((n) => [n.key, n]));
  return tr.links.map((l) => `${label(byKey.get(l.from.key)!)} —${l.relation}→ ${label(byKey.get(l.to.key)!)}`).sort();
}

const shownIds = (tr: Trace) => tr.nodes.filter((n) => n.node).map((n) => n.node!.id);

describe('the demo chain from the central decision to Hangzhou’s evaluation', () => {
  it('CN-REFORM sees the whole chain: decision → task → Zhejiang → Hangzhou → finding → order → rectification task, and the city’s evaluation', async () => {
    const tr = await traced(await centralDecision(), REFORM);
    expect(tr.truncated).toBe(false);
    expect(tr.root).toMatchObject({ key: 'n0', distance: 0, gap: null, node: { __typename: 'ReformDecision' } });
    expect(tr.nodes.filter((n) => n.gap)).toEqual([]);
    expect(lines(tr)).toEqual([
      'Finding FORMALISM @330100 —ORDERED_BY→ RectificationOrder @330100',
      'RectificationOrder @330100 —EVALUATED_BY→ Evaluation 330100',
      'RectificationOrder @330100 —RECTIFIED_BY→ ReformTask RECTIFICATION',
      'ReformDecision —ISSUED_BY_DECISION→ Directive',
      'ReformDecision —TASK_OF→ ReformTask Y-CN-02',
      'ReformTask Y-CN-02 —DECOMPOSED_FROM→ ReformTask Y-CN-02-320000',
      'ReformTask Y-CN-02 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330000',
      'ReformTask Y-CN-02-320000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-320100',
      'ReformTask Y-CN-02-320000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-320200',
      'ReformTask Y-CN-02-330000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330100',
      'ReformTask Y-CN-02-330000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330200',
      'ReformTask Y-CN-02-330100 —EVALUATED_BY→ Evaluation 330100',
      'ReformTask Y-CN-02-330100 —FINDING_OF→ Finding FORMALISM @330100',
      'ReformTask Y-CN-02-330200 —EVALUATED_BY→ Evaluation 330200',
    ]);
    // Distances count links from the decision: Hangzhou's task is three away, the rectification task six.
    const at = (l: string) => tr.nodes.find((n) => label(n) === l)!.distance;
    expect([at('ReformTask Y-CN-02-330100'), at('Finding FORMALISM @330100'), at('RectificationOrder @330100'), at('ReformTask RECTIFICATION'), at('Evaluation 330100')]).toEqual([3, 4, 5, 6, 4]);
  });

  it('walks back up from the rectification task to the decision, through the inspection’s finding', async () => {
    const down = await traced(await centralDecision(), REFORM);
    const rectification = down.nodes.find((n) => label(n) === 'ReformTask RECTIFICATION')!.node!.id;
    const up = await traced(rectification, REFORM, 'UPSTREAM', 10);
    expect(lines(up)).toEqual([
      'Finding FORMALISM @330100 —ORDERED_BY→ RectificationOrder @330100',
      'Inspection —FINDING_OF→ Finding FORMALISM @330100',
      'RectificationOrder @330100 —RECTIFIED_BY→ ReformTask RECTIFICATION',
      'ReformDecision —TASK_OF→ ReformTask Y-CN-02',
      'ReformTask Y-CN-02 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330000',
      'ReformTask Y-CN-02-330000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330100',
      'ReformTask Y-CN-02-330100 —FINDING_OF→ Finding FORMALISM @330100',
    ]);
    // BOTH is the upstream walk plus the downstream walk: Hangzhou's task at depth 1 has its parent,
    // its finding and its evaluation — not its siblings.
    const hz = down.nodes.find((n) => label(n) === 'ReformTask Y-CN-02-330100')!.node!.id;
    expect(lines(await traced(hz, REFORM, 'BOTH', 1))).toEqual([
      'ReformTask Y-CN-02-330000 —DECOMPOSED_FROM→ ReformTask Y-CN-02-330100',
      'ReformTask Y-CN-02-330100 —EVALUATED_BY→ Evaluation 330100',
      'ReformTask Y-CN-02-330100 —FINDING_OF→ Finding FORMALISM @330100',
    ]);
  });

  it('the public sees the published decision, its directive and the published evaluations; everything else is a gap without id or title', async () => {
    const decision = await centralDecision();
    const full = await traced(decision, REFORM);
    const { trace: tr, raw } = await trace(decision);
    expect(lines(tr!)).toEqual([
      'ReformDecision —ISSUED_BY_DECISION→ Directive',
      'ReformDecision —TASK_OF→ [ReformTask: PUBLIC_PROJECTION_ONLY]',
      '[Finding: NOT_PUBLISHED] —ORDERED_BY→ [RectificationOrder: NOT_PUBLISHED]',
      '[RectificationOrder: NOT_PUBLISHED] —EVALUATED_BY→ Evaluation 330100',
      '[RectificationOrder: NOT_PUBLISHED] —RECTIFIED_BY→ [ReformTask: NOT_PUBLISHED]',
      '[ReformTask: NOT_PUBLISHED] —DECOMPOSED_FROM→ [ReformTask: NOT_PUBLISHED]',
      '[ReformTask: NOT_PUBLISHED] —DECOMPOSED_FROM→ [ReformTask: NOT_PUBLISHED]',
      '[ReformTask: NOT_PUBLISHED] —EVALUATED_BY→ Evaluation 330200',
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —DECOMPOSED_FROM→ [ReformTask: NOT_PUBLISHED]',
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —DECOMPOSED_FROM→ [ReformTask: NOT_PUBLISHED]',
      // Zhejiang's and Hangzhou's shares are published by the act (the portal's demo)
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —DECOMPOSED_FROM→ [ReformTask: PUBLIC_PROJECTION_ONLY]',
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —DECOMPOSED_FROM→ [ReformTask: PUBLIC_PROJECTION_ONLY]',
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —EVALUATED_BY→ Evaluation 330100',
      '[ReformTask: PUBLIC_PROJECTION_ONLY] —FINDING_OF→ [Finding: NOT_PUBLISHED]',
    ]);
    // The same shape as CN-REFORM's, node for node: gaps stand where the hidden nodes are.
    expect(tr!.nodes.length).toBe(full.nodes.length);
    expect(tr!.links.length).toBe(full.links.length);
    // Nothing of a hidden node reaches the public: not its id, not its code, not its text.
    const hidden = full.nodes.filter((n) => !shownIds(tr!).includes(n.node!.id)).map((n) => n.node as Shown);
    expect(hidden.length).toBe(10);
    for (const h of hidden) {
      expect(raw).not.toContain(h.id);
      if (h.code) expect(raw).not.toContain(String(h.code));
    }
    expect(raw).not.toContain('台账');
    // A hidden object cannot be traced by the public at all (as node(id:) would not give it).
    const finding = full.nodes.find((n) => n.node?.__typename === 'Finding')!.node!.id;
    expect((await trace(finding)).trace).toBeNull();
  });

  it('a city sees its own part and the published; its sibling’s task, finding and order are gaps', async () => {
    const decision = await centralDecision();
    const full = await traced(decision, REFORM);
    const hzIds = full.nodes
      .filter((n) => ['ReformTask Y-CN-02-330100', 'Finding FORMALISM @330100', 'RectificationOrder @330100', 'ReformTask RECTIFICATION'].includes(label(n)))
      .map((n) => n.node!.id);
    expect(hzIds).toHaveLength(4);

    const { trace: nb, raw } = await trace(decision, '330200:VIEWER');
    expect(lines(nb!)).toEqual([
      'ReformDecision —ISSUED_BY_DECISION→ Directive',
      'ReformDecision —TASK_OF→ [ReformTask: NOT_VISIBLE]',
      'ReformTask Y-CN-02-330200 —EVALUATED_BY→ Evaluation 330200',
      '[Finding: NOT_VISIBLE] —ORDERED_BY→ [RectificationOrder: NOT_VISIBLE]',
      '[RectificationOrder: NOT_VISIBLE] —EVALUATED_BY→ Evaluation 330100',
      '[RectificationOrder: NOT_VISIBLE] —RECTIFIED_BY→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ ReformTask Y-CN-02-330200',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —DECOMPOSED_FROM→ [ReformTask: NOT_VISIBLE]',
      '[ReformTask: NOT_VISIBLE] —EVALUATED_BY→ Evaluation 330100',
      '[ReformTask: NOT_VISIBLE] —FINDING_OF→ [Finding: NOT_VISIBLE]',
    ]);
    for (const id of hzIds) expect(raw).not.toContain(id);

    // Hangzhou sees its own chain, and Ningbo's task as a gap.
    const hz = await traced(decision, '330100:VIEWER');
    expect(lines(hz)).toContain('ReformTask Y-CN-02-330100 —FINDING_OF→ Finding FORMALISM @330100');
    expect(lines(hz)).toContain('RectificationOrder @330100 —RECTIFIED_BY→ ReformTask RECTIFICATION');
    expect(lines(hz)).toContain('[ReformTask: NOT_VISIBLE] —EVALUATED_BY→ Evaluation 330200');
    expect(lines(hz).some((l) => l.includes('Y-CN-02-330200'))).toBe(false);
    // Ningbo cannot trace Hangzhou's finding.
    expect((await trace(hzIds[1], '330200:VIEWER')).trace).toBeNull();
  });
});

describe('depth and cost', () => {
  it('stops at the depth asked for', async () => {
    const decision = await centralDecision();
    expect(lines(await traced(decision, REFORM, 'DOWNSTREAM', 1))).toEqual(['ReformDecision —ISSUED_BY_DECISION→ Directive', 'ReformDecision —TASK_OF→ ReformTask Y-CN-02']);
    const three = await traced(decision, REFORM, 'DOWNSTREAM', 3);
    expect(Math.max(...three.nodes.map((n) => n.distance))).toBe(3);
    expect(three.nodes.some((n) => label(n).startsWith('Finding'))).toBe(false);
    const four = await traced(decision, REFORM, 'DOWNSTREAM', 4);
    expect(four.nodes.filter((n) => n.distance === 4).map(label).sort()).toEqual(['Evaluation 330100', 'Evaluation 330200', 'Finding FORMALISM @330100']);
    // The default is 4.
    const r = await t.run(TraceDocument, { id: decision }, REFORM);
    expect(r.data!.trace!.nodes.length).toBe(four.nodes.length);
  });

  it('refuses a depth outside 1–10 and answers null for ids that name nothing', async () => {
    const decision = await centralDecision();
    for (const depth of [0, -1, 11, 1000]) expectErrorCodes(await t.run(TraceDocument, { id: decision, depth }, REFORM), ['BAD_USER_INPUT']);
    for (const id of ['nonsense', 'UmVmb3JtVGFzazpub25l', '']) {
      const r = await t.run(TraceDocument, { id }, REFORM);
      expect(r.errors).toBeUndefined();
      expect(r.data!.trace).toBeNull();
    }
  });

  it('costs statements by depth, not by the width of the chain', async () => {
    // Two trees of the same depth: a task decomposed to 2 cities and one decomposed to 8.
    const tree = async (cities: string[]) => {
      const top = await createTask(t, 'CN:LEAD', { executorCode: '330000', title: `宽度测试 ${cities.length}`, deadline: inDays(120) });
      await acceptTask(t, '330000:LEAD', top.id);
      await decompose(t, '330000:LEAD', top.id, cities.map((c) => ({ title: `宽度测试 ${c}`, target: '完成', executorCode: c, deadline: inDays(100) })));
      return top.id;
    };
    const narrow = await tree(['330100', '330200']);
    const wide = await tree(['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800']);
    const n = await trace(narrow, REFORM, 'DOWNSTREAM', 3);
    const w = await trace(wide, REFORM, 'DOWNSTREAM', 3);
    expect(n.trace!.nodes).toHaveLength(3);
    expect(w.trace!.nodes).toHaveLength(9);
    process.stdout.write(`trace: ${n.statements} SQL statements for 2 subtasks, ${w.statements} for 8 (depth 3)\n`);
    if (t.hub.db.dialect === 'sqlite') expect(w.statements).toBe(n.statements);
    // PostgreSQL may answer a batched loader in a separate I/O turn (one more batch): timing, not width.
    else expect(w.statements).toBeLessThanOrEqual(n.statements + 3);
    // And the demo chain, 14 nodes over six levels, stays within a fixed budget per level.
    const demo = await trace(await centralDecision(), REFORM, 'DOWNSTREAM', 6);
    process.stdout.write(`trace: ${demo.statements} SQL statements for the demo chain (${demo.trace!.nodes.length} nodes, depth 6); the query costs ${demo.cost} (bounded lists counted at 100 nodes, 200 links)\n`);
    expect(demo.cost).toBeGreaterThan(100 * 10);
    expect(demo.statements).toBeLessThanOrEqual(6 * 12 + 20);
  });

  it('stops at 100 nodes and says so, in statements that do not grow with the 421 tasks', async () => {
    const root = await insertTaskTree(t.em, { fanout: [20, 20], executors: ['330000', '330100', '330100-FIN'], assigners: ['CN', '330000', '330100'], deadline: new Date(Date.now() + 200 * 86_400_000) });
    const full = await trace(taskId(root.rowId), REFORM, 'DOWNSTREAM', 2);
    expect(full.trace!.truncated).toBe(true);
    expect(full.trace!.nodes).toHaveLength(100);
    // Every link kept has both ends among the nodes; none points past the limit.
    const keys = new Set(full.trace!.nodes.map((n) => n.key));
    expect(full.trace!.links).toHaveLength(99);
    for (const l of full.trace!.links) expect(keys.has(l.from.key) && keys.has(l.to.key)).toBe(true);
    const one = await trace(taskId(root.rowId), REFORM, 'DOWNSTREAM', 1);
    expect(one.trace!).toMatchObject({ truncated: false });
    expect(one.trace!.nodes).toHaveLength(21);
    process.stdout.write(`trace: ${full.statements} SQL statements for 100 of 421 tasks (depth 2), ${one.statements} for 21 (depth 1)\n`);
    expect(full.statements).toBeLessThanOrEqual(one.statements + 12);
  });
});

// Runs last: it changes the demo's decisions.
describe('the loop back to re-decision: a finding or an evaluation as the cause of reconsiderDecision', () => {
  const decisionOf = async (maker: string, as: string) => {
    const page = await t.run(DecisionPageDocument, { decisionMakerCode: maker, first: 10 }, as);
    return page.data!.decisions.edges.map((e) => e.node);
  };

  it('CN-REFORM reconsiders the central decision because of Hangzhou’s finding; the trace closes the loop', async () => {
    const decision = await centralDecision();
    const full = await traced(decision, REFORM);
    const finding = full.nodes.find((n) => label(n) === 'Finding FORMALISM @330100')!.node!.id;
    const next = ok(await t.run(ReconsiderDecisionDocument, { input: { decisionId: decision, becauseId: finding, reason: '督察发现窗口形式主义问题，需完善承诺制监管。' } }, 'CN-REFORM:LEAD')).decision!;
    expect(next).toMatchObject({ status: 'DRAFT', supersedes: { id: decision, status: 'ADOPTED' }, revisedBecause: { __typename: 'Finding', id: finding } });
    // Downstream from the finding: its order, and the decision it reopened; the old decision is superseded by the new draft.
    expect(lines(await traced(finding, REFORM, 'DOWNSTREAM', 1))).toEqual(['Finding FORMALISM @330100 —ORDERED_BY→ RectificationOrder @330100', 'Finding FORMALISM @330100 —REVISED_BECAUSE→ ReformDecision']);
    const up = await traced(next.id, REFORM, 'UPSTREAM', 1);
    expect(lines(up)).toEqual(['Finding FORMALISM @330100 —REVISED_BECAUSE→ ReformDecision', 'ReformDecision —SUPERSEDED_BY→ ReformDecision']);
    // The public: the draft is not published, so it cannot be traced; the finding stays a gap from the old decision.
    expect((await trace(next.id)).trace).toBeNull();
    expect(lines((await trace(decision, undefined, 'DOWNSTREAM', 1)).trace!)).toEqual(['ReformDecision —ISSUED_BY_DECISION→ Directive', 'ReformDecision —SUPERSEDED_BY→ [ReformDecision: NOT_PUBLISHED]', 'ReformDecision —TASK_OF→ [ReformTask: PUBLIC_PROJECTION_ONLY]']);
  });

  it('Zhejiang reconsiders its decision because of Hangzhou’s published evaluation', async () => {
    const zj = (await decisionOf('330000', '330000:VIEWER')).find((d) => d.status === 'IN_PROCEDURE')!;
    const full = await traced(await centralDecision(), REFORM);
    const evaluation = full.nodes.find((n) => label(n) === 'Evaluation 330100')!.node!.id;
    const next = ok(await t.run(ReconsiderDecisionDocument, { input: { decisionId: zj.id, becauseId: evaluation, reason: '考核结果显示整改按期率偏低。' } }, '330000:LEAD')).decision!;
    expect(next).toMatchObject({ status: 'DRAFT', supersedes: { id: zj.id, status: 'SUPERSEDED' }, revisedBecause: { __typename: 'Evaluation', id: evaluation } });
    expect(lines(await traced(next.id, '330000:VIEWER', 'UPSTREAM', 1))).toEqual(['Evaluation 330100 —REVISED_BECAUSE→ ReformDecision', 'ReformDecision —SUPERSEDED_BY→ ReformDecision']);
  });

  it('refuses a cause of another kind, one the decision maker may not read, and an evaluation still open to challenge; nothing changes', async () => {
    const hz = (await decisionOf('330100', '330100:VIEWER')).find((d) => d.status === 'DRAFT')!;
    const full = await traced(await centralDecision(), REFORM);
    const hzTask = full.nodes.find((n) => label(n) === 'ReformTask Y-CN-02-330100')!.node!.id;
    const inspection = (await traced(full.nodes.find((n) => label(n) === 'Finding FORMALISM @330100')!.node!.id, REFORM, 'UPSTREAM', 1)).nodes.find((n) => n.node?.__typename === 'Inspection')!.node!.id;
    const zjFinding = (await traced(inspection, REFORM, 'DOWNSTREAM', 1)).nodes.find((n) => label(n) === 'Finding DELAYED @330000')!.node!.id;
    const as = '330100:LEAD';
    const reconsider = (becauseId: string) => t.run(ReconsiderDecisionDocument, { input: { decisionId: hz.id, becauseId, reason: '理由。' } }, as);
    // A task is no cause; a finding at the province is outside Hangzhou's jurisdiction: as if absent.
    expect(userErrorCodes(await t.unchanged(() => reconsider(hzTask)))).toEqual(['VALIDATION_FAILED']);
    expect(userErrorCodes(await t.unchanged(() => reconsider(zjFinding)))).toEqual(['NOT_FOUND']);
    // A SCORED evaluation (its challenge window open) is no ground to re-decide.
    const { objective, expert, system } = await twoIndicatorSystem(t, 30);
    await observe(t, objective.id, '330100', '1');
    await observe(t, expert.id, '330100', '6');
    const [scored] = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: ['330100'] } }, OWNER)).evaluations!;
    expect(scored.status).toBe('SCORED');
    expect(userErrorCodes(await t.unchanged(() => reconsider(scored.id)))).toEqual(['INVALID_STATE']);
  });
});

describe('pilots in the chain', () => {
  it('a scaled-up pilot links to the evaluation its verdict cites and to its scale-up directive; the public sees the pilot only as a gap', async () => {
    const page = await t.run(PilotsDocument, { status: 'SCALED_UP', sponsorCode: '330000', first: 10 }, '330000:VIEWER');
    const pilot = page.data!.pilots.edges.map((e) => e.node).find((p) => p.code === 'ZJ-PILOT-NB-ONE-THING');
    expect(pilot).toBeDefined();
    const tr = await traced(pilot!.id, '330000:VIEWER', 'DOWNSTREAM', 1);
    expect(lines(tr)).toEqual(['Pilot —EVALUATED_BY→ Evaluation 330200', 'Pilot —SCALED_UP_AS→ Directive']);
    // Upstream from the directive, the walk finds the pilot that it scaled up.
    const directive = tr.nodes.find((n) => n.node?.__typename === 'Directive')!.node!.id;
    expect(lines(await traced(directive, '330000:VIEWER', 'UPSTREAM', 1))).toContain('Pilot —SCALED_UP_AS→ Directive');
    // The public reads the published pilot only through publicPilots: tracing it answers null (the
    // root is not a node the public reads), and from the public directive it is a gap, not hidden.
    expect((await trace(pilot!.id)).trace).toBeNull();
    expect(lines(await traced(directive, undefined, 'UPSTREAM', 1))).toContain('[Pilot: PUBLIC_PROJECTION_ONLY] —SCALED_UP_AS→ Directive');
  });
});
