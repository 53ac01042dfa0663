import { beforeAll, describe, expect, it } from 'vitest';
import { ReformTask } from '../../src/domains/tasks/task.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  AllocateFundDocument,
  CancelTaskDocument,
  ClaimTaskCompletionDocument,
  CompleteMilestoneDocument,
  CreateReformFundDocument,
  CreateTaskDocument,
  DecideDeadlineExtensionDocument,
  FundNodeDocument,
  RemindTaskDocument,
  RequestDeadlineExtensionDocument,
  TaskNodeDocument,
  TaskProgressDocument,
  TaskRollupDocument,
  TasksDocument,
  VerifyMilestoneDocument,
  VerifyTaskCompletionDocument,
} from '../generated/graphql';
import { acceptTask, createTask, decompose, divideHalfUp, insertTaskTree, pct, report, taskId, TreeNode } from '../support/tasks';
import { inDays, useTestHub } from '../support/test-hub';

const t = useTestHub();

const year = new Date().getUTCFullYear();

describe('a task from Zhejiang to Hangzhou, decomposed to Hangzhou’s departments', () => {
  it('is assigned, accepted, decomposed, reported, rolled up, claimed and verified', async () => {
    const task = await createTask(t, '330000:LEAD', {
      code: 'ZJ-HZ-1',
      executorCode: '330100',
      coExecutorCodes: ['330200'],
      measures: ['制定方案', '试运行'],
      path: '先试点后推广',
      deadline: inDays(60),
      milestones: [{ title: '方案印发', dueAt: inDays(20), weight: 1 }],
    });
    expect(task).toMatchObject({ code: 'ZJ-HZ-1', status: 'ASSIGNED', progress: '0.00', verifiedProgress: '0.00', progressMethod: 'REPORTED', overdue: false, daysOverdue: null, depth: 0 });
    expect(task.executor.code).toBe('330100');
    expect(task.coExecutors.map((b) => b.code)).toEqual(['330200']);
    expect(task.assignedBy.code).toBe('330000');
    expect(task.measures).toEqual(['制定方案', '试运行']);

    await acceptTask(t, '330100:OFFICER', task.id);
    const [fin, drc] = await decompose(t, '330100:LEAD', task.id, [
      { code: 'ZJ-HZ-1-FIN', title: '经费保障', target: '落实经费', executorCode: '330100-FIN', deadline: inDays(50), weight: 1 },
      { code: 'ZJ-HZ-1-DRC', title: '流程再造', target: '完成流程再造', executorCode: '330100-DRC', deadline: inDays(59), weight: 3 },
    ]);
    expect(fin).toMatchObject({ depth: 1, kind: 'MAJOR_REFORM', status: 'ASSIGNED' });
    expect(fin.assignedBy.code).toBe('330100');

    let parent = (await t.run(TaskNodeDocument, { id: task.id, first: 10 }, '330000:VIEWER')).data?.node;
    expect(parent).toMatchObject({ progressMethod: 'CHILDREN_WEIGHTED', children: { totalCount: 2 } });

    await acceptTask(t, '330100-FIN:OFFICER', fin.id);
    await acceptTask(t, '330100-DRC:OFFICER', drc.id);
    const r1 = await report(t, '330100-FIN:OFFICER', { taskId: fin.id, period: `${year}-Q1`, percent: '33.33', narrative: '经费已部分到位' });
    expect(r1).toMatchObject({ percent: '33.33', submittedBy: { code: '330100-FIN' } });
    await report(t, '330100-DRC:OFFICER', { taskId: drc.id, period: `${year}-Q1`, percent: '66.67', narrative: '流程已梳理' });
    // (33.33 × 1 + 66.67 × 3) ÷ 4 = 58.335 → 58.34 (half up), exactly.
    parent = (await t.run(TaskNodeDocument, { id: task.id, first: 10 }, '330000:VIEWER')).data?.node;
    expect(parent).toMatchObject({ progress: '58.34', verifiedProgress: '0.00' });

    // A lower figure with a reason.
    const lower = await report(t, '330100-FIN:OFFICER', { taskId: fin.id, period: `${year}-Q2`, percent: '20.00', narrative: '部分经费被收回', decreaseReason: '预算调整' });
    expect(lower.decreaseReason).toBe('预算调整');
    expect((await t.run(TaskProgressDocument, { id: task.id }, '330000:VIEWER')).data?.node).toMatchObject({ progress: '55.00' });

    // Both subtasks done and verified by Hangzhou; then Hangzhou claims and Zhejiang verifies.
    for (const [sub, as] of [[fin, '330100-FIN:LEAD'], [drc, '330100-DRC:LEAD']] as const) {
      const claim = await t.run(ClaimTaskCompletionDocument, { input: { taskId: sub.id, results: [{ title: '实施细则', kind: 'REGULATION', evidenceHash: 'a'.repeat(64) }] } }, as);
      expect(claim.data?.claimTaskCompletion.task?.status).toBe('COMPLETION_CLAIMED');
      const verify = await t.run(VerifyTaskCompletionDocument, { input: { taskId: sub.id, accept: true, note: '核验通过' } }, '330100:LEAD');
      expect(verify.data?.verifyTaskCompletion.task).toMatchObject({ status: 'VERIFIED', progress: '100.00', verifiedProgress: '100.00' });
    }
    expect((await t.run(TaskProgressDocument, { id: task.id }, '330000:VIEWER')).data?.node).toMatchObject({ progress: '100.00', verifiedProgress: '100.00' });
    const claim = await t.run(ClaimTaskCompletionDocument, { input: { taskId: task.id, results: [{ title: '改革总结报告', kind: 'REPORT' }] } }, '330100:LEAD');
    expect(claim.data?.claimTaskCompletion.task).toMatchObject({ status: 'COMPLETION_CLAIMED', results: [{ title: '改革总结报告', kind: 'REPORT' }] });
    const sentBack = await t.run(VerifyTaskCompletionDocument, { input: { taskId: task.id, accept: false, note: '缺少评估报告' } }, '330000:LEAD');
    expect(sentBack.data?.verifyTaskCompletion.task).toMatchObject({ status: 'IN_PROGRESS', closingNote: '缺少评估报告' });
    await t.run(ClaimTaskCompletionDocument, { input: { taskId: task.id, results: [{ title: '评估报告', kind: 'REPORT' }] } }, '330100:LEAD');
    const verified = await t.run(VerifyTaskCompletionDocument, { input: { taskId: task.id, accept: true } }, '330000:LEAD');
    expect(verified.data?.verifyTaskCompletion.task).toMatchObject({ status: 'VERIFIED', verifiedProgress: '100.00' });
  });

  it('moves milestones forward and counts verified ones in verifiedProgress', async () => {
    const task = await createTask(t, '330000:LEAD', {
      executorCode: '330200',
      deadline: inDays(40),
      milestones: [
        { title: '调研', dueAt: inDays(10), weight: 1 },
        { title: '方案', dueAt: inDays(20), weight: 2 },
      ],
    });
    await acceptTask(t, '330200:OFFICER', task.id);
    const [first] = task.milestones;
    const done = await t.run(CompleteMilestoneDocument, { input: { milestoneId: first.id, evidenceHash: 'sha256:' + 'b'.repeat(64) } }, '330200:OFFICER');
    expect(done.data?.completeMilestone.milestone).toMatchObject({ status: 'COMPLETED', evidenceHash: 'sha256:' + 'b'.repeat(64) });
    const verified = await t.run(VerifyMilestoneDocument, { input: { milestoneId: first.id } }, '330000:LEAD');
    // 1 of weight 3 verified: 33.333… → 33.33.
    expect(verified.data?.verifyMilestone).toMatchObject({ milestone: { status: 'VERIFIED' }, task: { verifiedProgress: '33.33' } });
  });

  it('grants an extension up to the parent’s deadline', async () => {
    const parent = await createTask(t, '330000:LEAD', { executorCode: '330100', deadline: inDays(100) });
    await acceptTask(t, '330100:LEAD', parent.id);
    const [sub] = await decompose(t, '330100:LEAD', parent.id, [{ title: '子任务', target: '完成', executorCode: '330100-FIN', deadline: inDays(30) }]);
    const asked = await t.run(RequestDeadlineExtensionDocument, { input: { taskId: sub.id, requestedDeadline: inDays(99), reason: '涉及立法程序' } }, '330100-FIN:OFFICER');
    const extension = asked.data!.requestDeadlineExtension.extension!;
    expect(extension.decision).toBeNull();
    const granted = await t.run(DecideDeadlineExtensionDocument, { input: { extensionId: extension.id, decision: 'GRANTED' } }, '330100:LEAD');
    expect(granted.data?.decideDeadlineExtension).toMatchObject({ extension: { decision: 'GRANTED' }, task: { deadline: asked.data!.requestDeadlineExtension.extension!.requestedDeadline } });
  });

  it('cancels a task with every unfinished task below it, and the roll-up leaves them out', async () => {
    const top = await createTask(t, '330000:LEAD', { executorCode: '330100', deadline: inDays(100) });
    await acceptTask(t, '330100:LEAD', top.id);
    const [a, b] = await decompose(t, '330100:LEAD', top.id, [
      { title: '甲任务', target: '完成', executorCode: '330100-FIN', deadline: inDays(90), weight: 1 },
      { title: '乙任务', target: '完成', executorCode: '330100-DRC', deadline: inDays(90), weight: 1 },
    ]);
    await acceptTask(t, '330100-FIN:LEAD', a.id);
    await acceptTask(t, '330100-DRC:LEAD', b.id);
    await report(t, '330100-FIN:OFFICER', { taskId: a.id, period: `${year}-Q3`, percent: '80.00', narrative: '进展顺利' });
    expect((await t.run(TaskProgressDocument, { id: top.id }, '330100:VIEWER')).data?.node).toMatchObject({ progress: '40.00' });
    const cancelled = await t.run(CancelTaskDocument, { input: { taskId: b.id, reason: '任务合并' } }, '330100:LEAD');
    expect(cancelled.data?.cancelTask.task?.status).toBe('CANCELLED');
    expect((await t.run(TaskProgressDocument, { id: top.id }, '330100:VIEWER')).data?.node).toMatchObject({ progress: '80.00' });
    const all = await t.run(CancelTaskDocument, { input: { taskId: top.id, reason: '政策调整' } }, '330000:LEAD');
    expect(all.data?.cancelTask.cancelledWithIt?.map((x) => x.id)).toEqual([a.id]);
    expect((await t.run(TaskProgressDocument, { id: a.id }, '330100:VIEWER')).data?.node).toMatchObject({ status: 'CANCELLED' });
  });

  it('催办: remindTask issues an URGENT directive to the executor, linked to the task', async () => {
    const task = await createTask(t, '330000:LEAD', { executorCode: '330300', deadline: inDays(10) });
    const r = await t.run(RemindTaskDocument, { input: { taskId: task.id, message: '请加快进度，按期完成。' } }, '330000:LEAD');
    expect(r.data?.remindTask.userErrors).toEqual([]);
    const directive = r.data!.remindTask.directive!;
    expect(directive).toMatchObject({ priority: 'URGENT', issuer: { code: '330000' } });
    expect(r.data?.remindTask.task?.reminders.map((d) => d.id)).toEqual([directive.id]);
    const inbox = await t.run(TaskNodeDocument, { id: task.id }, '330300:VIEWER');
    expect(inbox.data?.node).toBeTruthy();
  });
});

describe('lists and figures', () => {
  it('tasks(under:) lists a subtree earliest deadline first, with constant statements in page size', async () => {
    const page = await t.run(TasksDocument, { under: '330000', year, first: 50 }, '330000:VIEWER');
    expect(page.errors).toBeUndefined();
    const edges = page.data!.tasks.edges;
    expect(edges.length).toBeGreaterThan(10);
    const deadlines = edges.map((e) => e.node.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    // The demo's overdue tasks lead.
    expect(edges[0].node.overdue).toBe(true);
    expect(edges[0].node.daysOverdue).toBeGreaterThan(0);
    for (const e of edges) expect(['330000', '330100', '330200', '330300', '330100-FIN', '330100-DRC']).toContain(e.node.executor.code);
    const small = await t.run(TasksDocument, { under: '330000', first: 2 }, '330000:VIEWER');
    const large = await t.run(TasksDocument, { under: '330000', first: 50 }, '330000:VIEWER');
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // Keyset: the next page starts after the first.
    const next = await t.run(TasksDocument, { under: '330000', first: 2, after: small.data!.tasks.pageInfo.endCursor }, '330000:VIEWER');
    expect(next.data!.tasks.edges[0].node.id).toBe(large.data!.tasks.edges[2].node.id);
    const overdue = await t.run(TasksDocument, { under: '330000', overdue: true, first: 50 }, '330000:VIEWER');
    expect(overdue.data!.tasks.totalCount).toBeGreaterThan(0);
    for (const e of overdue.data!.tasks.edges) expect(e.node.overdue).toBe(true);
  });

  it('taskRollup(CN) counts the national tree by status and level', async () => {
    const r = await t.run(TaskRollupDocument, { bodyCode: 'CN', year }, 'CN:VIEWER');
    expect(r.errors).toBeUndefined();
    const rollup = r.data!.taskRollup;
    const sum = rollup.byStatus.reduce((s, x) => s + x.count, 0);
    expect(sum).toBe(rollup.total);
    expect(rollup.byLevel.map((l) => l.level)).toEqual(['CENTRAL', 'PROVINCIAL', 'MUNICIPAL']);
    expect(rollup.byLevel.reduce((s, l) => s + l.total, 0)).toBe(rollup.total);
    expect(rollup.overdue).toBeGreaterThan(0);
    expect(rollup.byStatus.find((s) => s.status === 'VERIFIED')!.count).toBeGreaterThan(0);
    // The mean, exactly, from the same rows.
    const rows = await t.em.query(
      `SELECT t.progress AS p, t.status AS s FROM reform_task t JOIN body_ancestry a ON a.descendant_id = t.executor_id AND a.ancestor_id = (SELECT id FROM body WHERE code = 'CN') WHERE t.year = ${year}`,
    );
    const live = (rows as { p: number; s: string }[]).filter((x) => x.s !== 'CANCELLED');
    expect(rollup.total).toBe(rows.length);
    expect(rollup.averageProgress).toBe(pct(divideHalfUp(live.reduce((s, x) => s + BigInt(x.p), 0n), BigInt(live.length))));
    const zj = await t.run(TaskRollupDocument, { bodyCode: '330000', year }, '330000:VIEWER');
    expect(zj.data!.taskRollup.total).toBeLessThan(rollup.total);
    expect(zj.data!.taskRollup.byLevel.map((l) => l.level)).toEqual(['PROVINCIAL', 'MUNICIPAL']);
  });
});

describe('reform funds', () => {
  it('allocates a fund to tasks and keeps exact sums', async () => {
    const task = await createTask(t, '330000:LEAD', { executorCode: '330100', deadline: inDays(30) });
    const created = await t.run(CreateReformFundDocument, { input: { title: '省改革专项资金', fiscalYear: year, amount: '1000.10', idempotencyKey: 'fund-1' } }, '330000:LEAD');
    const fund = created.data!.createReformFund.fund!;
    expect(fund).toMatchObject({ amount: '1000.10', allocated: '0.00', remaining: '1000.10' });
    const a = await t.run(AllocateFundDocument, { input: { fundId: fund.id, toId: task.id, amount: '0.10' } }, '330000:LEAD');
    const b = await t.run(AllocateFundDocument, { input: { fundId: fund.id, toId: task.id, amount: '1000.00' } }, '330000:LEAD');
    expect(a.data?.allocateFund.allocation).toMatchObject({ amount: '0.10', to: { id: task.id } });
    expect(b.data?.allocateFund.fund).toMatchObject({ allocated: '1000.10', remaining: '0.00' });
    const node = await t.run(FundNodeDocument, { id: fund.id }, '330000:VIEWER');
    expect(node.data?.node).toMatchObject({ allocations: [{ amount: '0.10' }, { amount: '1000.00' }] });
    expect((await t.run(TaskNodeDocument, { id: task.id }, '330100:VIEWER')).data?.node).toMatchObject({ funding: [{ amount: '0.10' }, { amount: '1000.00' }] });
  });
});

describe('the roll-up is exact on a 4-level tree of 1,000 tasks', () => {
  let root: TreeNode;
  const all: TreeNode[] = [];
  beforeAll(async () => {
    root = await insertTaskTree(t.em, { fanout: [9, 10, 10], executors: ['CN-NDRC', '330000', '330100', '330100-FIN'], assigners: ['CN', 'CN-NDRC', '330000', '330100'], deadline: new Date(Date.now() + 200 * 86_400_000) });
    const walk = (n: TreeNode) => {
      all.push(n);
      n.children.forEach(walk);
    };
    walk(root);
  });

  /** The exact roll-up of the tree from the leaves now stored. */
  async function expected(): Promise<Map<string, bigint>> {
    const stored = new Map((await t.em.find(ReformTask, { select: { rowId: true, progress: true } })).map((r) => [r.rowId, BigInt(r.progress)]));
    const out = new Map<string, bigint>();
    const calc = (n: TreeNode): bigint => {
      if (!n.children.length) {
        out.set(n.rowId, stored.get(n.rowId)!);
        return out.get(n.rowId)!;
      }
      const w = n.children.reduce((s, c) => s + BigInt(c.weight), 0n);
      const v = divideHalfUp(n.children.reduce((s, c) => s + calc(c) * BigInt(c.weight), 0n), w);
      out.set(n.rowId, v);
      return v;
    };
    calc(root);
    return out;
  }

  it('has 1,000 tasks at four depths', () => {
    expect(all.length).toBe(1000);
    expect(new Set(all.map((n) => n.depth))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('leaf reports through the API update every ancestor, in the same transaction, to the exact decimal', async () => {
    const leaves = all.filter((n) => n.depth === 3);
    const chosen = [leaves[0], leaves[123], leaves[456], leaves[899], leaves[1]];
    for (const [i, leaf] of chosen.entries()) {
      const percent = ['0.01', '99.99', '33.33', '66.67', '12.34'][i];
      const r = await report(t, '330100-FIN:OFFICER', { taskId: taskId(leaf.rowId), period: `${year}-Q4`, percent, narrative: '树叶进展', decreaseReason: '重新核算' });
      // Every ancestor carries the report's own timestamp: they changed in its transaction.
      let ancestor = all.find((n) => n.rowId === leaf.parentId);
      while (ancestor) {
        const a = await t.em.findOneByOrFail(ReformTask, { rowId: ancestor.rowId });
        expect(a.progressAsOf?.toISOString(), `depth ${ancestor.depth}`).toBe(r.submittedAt);
        const parentId: string | null = ancestor.parentId;
        ancestor = all.find((n) => n.rowId === parentId);
      }
    }
    const want = await expected();
    const stored = await t.em.find(ReformTask, { select: { rowId: true, progress: true } });
    const got = new Map(stored.map((r) => [r.rowId, BigInt(r.progress)]));
    const mismatched = all.filter((n) => got.get(n.rowId) !== want.get(n.rowId)).map((n) => `${n.depth}:${got.get(n.rowId)}≠${want.get(n.rowId)}`);
    expect(mismatched).toEqual([]);
    const rootRead = await t.run(TaskProgressDocument, { id: taskId(root.rowId) }, 'CN:VIEWER');
    expect(rootRead.data?.node).toMatchObject({ progress: pct(want.get(root.rowId)!) });
    expect(parseGlobalId((rootRead.data!.node as { id: string }).id)?.rowId).toBe(root.rowId);
  });
});

describe('idempotency', () => {
  it('a repeated createTask key returns the first task', async () => {
    const input = { kind: 'ROUTINE' as const, title: '幂等任务', target: '完成', executorCode: '330100', deadline: inDays(20), idempotencyKey: 'task-key-1' };
    const a = await t.run(CreateTaskDocument, { input }, '330000:LEAD');
    const b = await t.run(CreateTaskDocument, { input }, '330000:LEAD');
    expect(b.data?.createTask.task?.id).toBe(a.data?.createTask.task?.id);
  });
});
