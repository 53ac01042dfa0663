import { beforeAll, describe, expect, it } from 'vitest';
import { ReformFund } from '../../src/domains/tasks/task.entities';
import {
  AcceptTaskDocument,
  AllocateFundDocument,
  CancelTaskDocument,
  ClaimTaskCompletionDocument,
  CompleteMilestoneDocument,
  CreateReformFundDocument,
  CreateTaskDocument,
  type CreateTaskMutationVariables,
  DecideDeadlineExtensionDocument,
  DecomposeTaskDocument,
  RemindTaskDocument,
  ReportTaskProgressDocument,
  RequestDeadlineExtensionDocument,
  TaskNodeDocument,
  TaskRollupDocument,
  TasksDocument,
  VerifyMilestoneDocument,
  VerifyTaskCompletionDocument,
} from '../generated/graphql';
import { errorCodes, GraphQLResult } from '../support/client';
import { acceptTask, createTask, decompose, report } from '../support/tasks';
import { inDays, userErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub();

const year = new Date().getUTCFullYear();

/** Runs a refused change, checks the code and that nothing changed. */
async function refused(change: () => Promise<GraphQLResult<Record<string, { userErrors: { code: string }[] } | undefined>>>, code: string): Promise<void> {
  const before = await t.snapshot();
  const r = await change();
  expect(userErrorCodes(r)).toEqual([code]);
  expect(await t.snapshot()).toEqual(before);
}

async function refusedTop(change: () => Promise<GraphQLResult<unknown>>, code: string): Promise<void> {
  const before = await t.snapshot();
  expect(errorCodes(await change())).toEqual([code]);
  expect(await t.snapshot()).toEqual(before);
}

const taskInput = (input: Partial<CreateTaskMutationVariables['input']>): CreateTaskMutationVariables['input'] => ({
  kind: 'MAJOR_REFORM',
  title: '拒绝测试任务',
  target: '完成',
  executorCode: '330100',
  deadline: inDays(60),
  ...input,
});

describe('createTask', () => {
  it('refuses an executor or co-executor outside the assigner’s jurisdiction: EXECUTOR_NOT_BELOW', async () => {
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ executorCode: '320100' }) }, '330000:LEAD'), 'EXECUTOR_NOT_BELOW');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ executorCode: '330000' }) }, '330100:LEAD'), 'EXECUTOR_NOT_BELOW');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ executorCode: '330000' }) }, '330000:LEAD'), 'EXECUTOR_NOT_BELOW');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ coExecutorCodes: ['330200', '320000'] }) }, '330000:LEAD'), 'EXECUTOR_NOT_BELOW');
    // A department addresses only lower levels of its government's subtree, not a sibling department.
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ executorCode: '330000-FIN' }) }, '330000-DRC:LEAD'), 'EXECUTOR_NOT_BELOW');
  });

  it('refuses a deadline in the past or before the start: DEADLINE_IN_PAST', async () => {
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ deadline: inDays(-1) }) }, '330000:LEAD'), 'DEADLINE_IN_PAST');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ startsAt: inDays(30), deadline: inDays(20) }) }, '330000:LEAD'), 'DEADLINE_IN_PAST');
  });

  it('refuses a duplicate code, bad values, a reused idempotency key, unknown bodies', async () => {
    await createTask(t, '330000:LEAD', { code: 'DUP-1', executorCode: '330100' });
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ code: 'DUP-1' }) }, '330000:LEAD'), 'DUPLICATE_CODE');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ weight: 0 }) }, '330000:LEAD'), 'VALIDATION_FAILED');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ title: 'x' }) }, '330000:LEAD'), 'VALIDATION_FAILED');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ executorCode: 'NOPE' }) }, '330000:LEAD'), 'NOT_FOUND');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ milestones: [{ title: '太晚的节点', dueAt: inDays(90) }] }) }, '330000:LEAD'), 'VALIDATION_FAILED');
    await t.run(CreateTaskDocument, { input: taskInput({ idempotencyKey: 'k-1' }) }, '330000:LEAD');
    await refused(() => t.run(CreateTaskDocument, { input: taskInput({ idempotencyKey: 'k-1', title: '另一个任务' }) }, '330000:LEAD'), 'IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses the public, viewers and officers at the edge', async () => {
    await refusedTop(() => t.run(CreateTaskDocument, { input: taskInput({}) }), 'UNAUTHENTICATED');
    await refusedTop(() => t.run(CreateTaskDocument, { input: taskInput({}) }, '330000:VIEWER'), 'FORBIDDEN');
    await refusedTop(() => t.run(CreateTaskDocument, { input: taskInput({}) }, '330000:OFFICER'), 'FORBIDDEN');
  });
});

describe('a task of Zhejiang for Hangzhou', () => {
  let task: Awaited<ReturnType<typeof createTask>>;
  let sub: Awaited<ReturnType<typeof createTask>>;
  beforeAll(async () => {
    task = await createTask(t, '330000:LEAD', { executorCode: '330100', deadline: inDays(60), milestones: [{ title: '方案印发', dueAt: inDays(10) }] });
  });

  it('is not the business of another jurisdiction: NOT_FOUND, never shown', async () => {
    await refused(() => t.run(AcceptTaskDocument, { input: { taskId: task.id } }, '320100:LEAD'), 'NOT_FOUND');
    await refused(() => t.run(CancelTaskDocument, { input: { taskId: task.id, reason: '越权取消' } }, '320000:LEAD'), 'NOT_FOUND');
    expect((await t.run(TaskNodeDocument, { id: task.id }, '320000:LEAD')).data?.node).toBeNull();
    expect((await t.run(TaskNodeDocument, { id: task.id })).data?.node).toBeNull();
    expect((await t.run(TaskNodeDocument, { id: task.id }, '330200:VIEWER')).data?.node).toBeNull();
    expect(errorCodes(await t.run(TasksDocument, { under: '330000' }, '320000:VIEWER'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run(TaskRollupDocument, { bodyCode: '330000', year }, '330100:VIEWER'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run(TasksDocument, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses what only the executor does to others: NOT_TASK_EXECUTOR; and what only the assigner does: NOT_TASK_ASSIGNER', async () => {
    await refused(() => t.run(AcceptTaskDocument, { input: { taskId: task.id } }, '330000:LEAD'), 'NOT_TASK_EXECUTOR');
    await refused(() => t.run(CancelTaskDocument, { input: { taskId: task.id, reason: '自行取消' } }, '330100:LEAD'), 'NOT_TASK_ASSIGNER');
    await refused(() => t.run(CancelTaskDocument, { input: { taskId: task.id, reason: '上级越级取消' } }, 'CN:LEAD'), 'NOT_TASK_ASSIGNER');
    await refused(() => t.run(RemindTaskDocument, { input: { taskId: task.id, message: '自己催自己' } }, '330100:LEAD'), 'NOT_TASK_ASSIGNER');
  });

  it('refuses reports before acceptance (INVALID_STATE), then accepts once', async () => {
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q1`, percent: '10.00', narrative: '未接收先报告' } }, '330100:OFFICER'), 'INVALID_STATE');
    await acceptTask(t, '330100:OFFICER', task.id);
    await refused(() => t.run(AcceptTaskDocument, { input: { taskId: task.id } }, '330100:OFFICER'), 'INVALID_STATE');
  });

  it('refuses a report by the assigner, a duplicate period, a decrease without reason, a bad period or percent', async () => {
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q1`, percent: '10.00', narrative: '代为报告' } }, '330000:LEAD'), 'NOT_TASK_EXECUTOR');
    await report(t, '330100:OFFICER', { taskId: task.id, period: `${year}-Q1`, percent: '40.00', narrative: '第一季度' });
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q1`, percent: '50.00', narrative: '重复' } }, '330100:OFFICER'), 'DUPLICATE_REPORT');
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q2`, percent: '39.99', narrative: '下降' } }, '330100:OFFICER'), 'REASON_REQUIRED');
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q5`, percent: '50.00', narrative: '错误期间' } }, '330100:OFFICER'), 'VALIDATION_FAILED');
    // Outside 0–100 the Percentage scalar refuses the input itself.
    await refusedTop(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q2`, percent: '100.01', narrative: '超过' } }, '330100:OFFICER'), 'BAD_USER_INPUT');
    await refusedTop(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q2`, percent: '-1.00', narrative: '负数' } }, '330100:OFFICER'), 'BAD_USER_INPUT');
  });

  it('refuses subtasks outliving the parent or outside the executor’s jurisdiction', async () => {
    const sub = (deadline: string, executorCode = '330100-FIN') => ({ parentTaskId: task.id, subtasks: [{ title: '合规子任务', target: '完成', executorCode: '330100-DRC', deadline: inDays(30) }, { title: '子任务', target: '完成', executorCode, deadline }] });
    await refused(() => t.run(DecomposeTaskDocument, { input: sub(inDays(61)) }, '330100:LEAD'), 'SUBTASK_OUTLIVES_PARENT');
    await refused(() => t.run(DecomposeTaskDocument, { input: sub(inDays(30), '330200') }, '330100:LEAD'), 'EXECUTOR_NOT_BELOW');
    await refused(() => t.run(DecomposeTaskDocument, { input: sub(inDays(30)) }, '330000:LEAD'), 'NOT_TASK_EXECUTOR');
    const r = await t.run(DecomposeTaskDocument, { input: sub(inDays(61)) }, '330100:LEAD');
    expect(r.data?.decomposeTask.userErrors[0].field).toEqual(['input', 'subtasks', '1', 'deadline']);
  });

  it('refuses an extension beyond the parent’s deadline, and decisions by others', async () => {
    [sub] = await decompose(t, '330100:LEAD', task.id, [{ title: '经费子任务', target: '完成', executorCode: '330100-FIN', deadline: inDays(30) }]);
    await refused(() => t.run(RequestDeadlineExtensionDocument, { input: { taskId: sub.id, requestedDeadline: inDays(61), reason: '需要更多时间' } }, '330100-FIN:OFFICER'), 'EXTENSION_BEYOND_PARENT');
    await refused(() => t.run(RequestDeadlineExtensionDocument, { input: { taskId: sub.id, requestedDeadline: inDays(20), reason: '提前' } }, '330100-FIN:OFFICER'), 'VALIDATION_FAILED');
    const asked = await t.run(RequestDeadlineExtensionDocument, { input: { taskId: sub.id, requestedDeadline: inDays(45), reason: '需要更多时间' } }, '330100-FIN:OFFICER');
    const extensionId = asked.data!.requestDeadlineExtension.extension!.id;
    await refused(() => t.run(RequestDeadlineExtensionDocument, { input: { taskId: sub.id, requestedDeadline: inDays(50), reason: '再次申请' } }, '330100-FIN:OFFICER'), 'INVALID_STATE');
    await refused(() => t.run(DecideDeadlineExtensionDocument, { input: { extensionId, decision: 'GRANTED' } }, '330100-FIN:LEAD'), 'NOT_TASK_ASSIGNER');
    await refused(() => t.run(DecideDeadlineExtensionDocument, { input: { extensionId, decision: 'GRANTED' } }, '330000:LEAD'), 'NOT_TASK_ASSIGNER');
    expect((await t.run(DecideDeadlineExtensionDocument, { input: { extensionId, decision: 'DENIED' } }, '330100:LEAD')).data?.decideDeadlineExtension.extension?.decision).toBe('DENIED');
    await refused(() => t.run(DecideDeadlineExtensionDocument, { input: { extensionId, decision: 'GRANTED' } }, '330100:LEAD'), 'INVALID_STATE');
  });

  it('refuses a claim while a subtask is open: CHILDREN_OPEN; and a report on a decomposed task', async () => {
    await refused(() => t.run(ClaimTaskCompletionDocument, { input: { taskId: task.id, results: [{ title: '总结', kind: 'REPORT' }] } }, '330100:LEAD'), 'CHILDREN_OPEN');
    await refused(() => t.run(ReportTaskProgressDocument, { input: { taskId: task.id, period: `${year}-Q3`, percent: '90.00', narrative: '父任务手报' } }, '330100:OFFICER'), 'INVALID_STATE');
  });

  it('refuses verification by anyone but the assigner: NOT_TASK_ASSIGNER; and of an unclaimed task: INVALID_STATE', async () => {
    await acceptTask(t, '330100-FIN:OFFICER', sub.id);
    await refused(() => t.run(VerifyTaskCompletionDocument, { input: { taskId: sub.id, accept: true } }, '330100:LEAD'), 'INVALID_STATE');
    const claimed = await t.run(ClaimTaskCompletionDocument, { input: { taskId: sub.id, results: [{ title: '经费落实报告', kind: 'REPORT' }] } }, '330100-FIN:LEAD');
    expect(claimed.data?.claimTaskCompletion.task?.status).toBe('COMPLETION_CLAIMED');
    await refused(() => t.run(VerifyTaskCompletionDocument, { input: { taskId: sub.id, accept: true } }, '330100-FIN:LEAD'), 'NOT_TASK_ASSIGNER');
    await refused(() => t.run(VerifyTaskCompletionDocument, { input: { taskId: sub.id, accept: true } }, '330000:LEAD'), 'NOT_TASK_ASSIGNER');
    await refused(() => t.run(VerifyTaskCompletionDocument, { input: { taskId: sub.id, accept: false } }, '330100:LEAD'), 'VALIDATION_FAILED');
    await refused(() => t.run(ClaimTaskCompletionDocument, { input: { taskId: task.id, results: [{ title: '总结', kind: 'REPORT' }] } }, '330100:LEAD'), 'CHILDREN_OPEN');
  });

  it('moves milestones forward only: INVALID_STATE', async () => {
    const node = await t.run(TaskNodeDocument, { id: task.id }, '330100:VIEWER');
    const milestoneId = (node.data!.node as { milestones: { id: string }[] }).milestones[0].id;
    await refused(() => t.run(VerifyMilestoneDocument, { input: { milestoneId } }, '330000:LEAD'), 'INVALID_STATE');
    await refused(() => t.run(CompleteMilestoneDocument, { input: { milestoneId } }, '330000:LEAD'), 'NOT_TASK_EXECUTOR');
    expect((await t.run(CompleteMilestoneDocument, { input: { milestoneId } }, '330100:OFFICER')).data?.completeMilestone.milestone?.status).toBe('COMPLETED');
    await refused(() => t.run(CompleteMilestoneDocument, { input: { milestoneId } }, '330100:OFFICER'), 'INVALID_STATE');
    await refused(() => t.run(VerifyMilestoneDocument, { input: { milestoneId } }, '330100:LEAD'), 'NOT_TASK_ASSIGNER');
    expect((await t.run(VerifyMilestoneDocument, { input: { milestoneId } }, '330000:LEAD')).data?.verifyMilestone.milestone?.status).toBe('VERIFIED');
    await refused(() => t.run(VerifyMilestoneDocument, { input: { milestoneId } }, '330000:LEAD'), 'INVALID_STATE');
  });

  it('refuses cancelling twice', async () => {
    const other = await createTask(t, '330000:LEAD', { executorCode: '330300' });
    expect((await t.run(CancelTaskDocument, { input: { taskId: other.id, reason: '撤销任务' } }, '330000:LEAD')).data?.cancelTask.task?.status).toBe('CANCELLED');
    await refused(() => t.run(CancelTaskDocument, { input: { taskId: other.id, reason: '再次撤销' } }, '330000:LEAD'), 'INVALID_STATE');
    await refused(() => t.run(RemindTaskDocument, { input: { taskId: other.id, message: '催办已撤销任务' } }, '330000:LEAD'), 'INVALID_STATE');
  });
});

describe('reform funds', () => {
  async function fund(amount: string, as = '330000:LEAD') {
    const r = await t.run(CreateReformFundDocument, { input: { title: '竞争测试资金', fiscalYear: year, amount } }, as);
    return r.data!.createReformFund.fund!;
  }

  it('refuses over-allocation (FUND_CONSERVATION), other bodies’ funds and tasks outside the holder’s jurisdiction', async () => {
    const f = await fund('100.00');
    const task = await createTask(t, '330000:LEAD', { executorCode: '330100' });
    const far = await createTask(t, '320000:LEAD', { executorCode: '320100' });
    expect((await t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '99.99' } }, '330000:LEAD')).data?.allocateFund.userErrors).toEqual([]);
    await refused(() => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '0.02' } }, '330000:LEAD'), 'FUND_CONSERVATION');
    await refused(() => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: far.id, amount: '0.01' } }, '330000:LEAD'), 'NOT_FOUND');
    await refused(() => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '0.00' } }, '330000:LEAD'), 'VALIDATION_FAILED');
    await refused(() => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '0.01' } }, '320000:LEAD'), 'NOT_FOUND');
    await refusedTop(() => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '0.01' } }, '330000-FIN:LEAD'), 'FORBIDDEN');
    await refused(() => t.run(CreateReformFundDocument, { input: { title: '零资金', fiscalYear: year, amount: '0.00' } }, '330000:LEAD'), 'VALIDATION_FAILED');
  });

  it('lets exactly 20 of 30 racing allocations of 10.00 from a fund of 200.00 through', async () => {
    const f = await fund('200.00');
    const task = await createTask(t, '330000:LEAD', { executorCode: '330200' });
    const token = await t.token('330000', ['LEAD']);
    const results = await Promise.all(Array.from({ length: 30 }, () => t.run(AllocateFundDocument, { input: { fundId: f.id, toId: task.id, amount: '10.00' } }, { token })));
    const ok = results.filter((r) => r.data?.allocateFund.allocation);
    const refusedCodes = results.flatMap((r) => r.data?.allocateFund.userErrors.map((e) => e.code) ?? [`ERROR ${JSON.stringify(r.errors)}`]);
    expect(ok).toHaveLength(20);
    expect(refusedCodes).toEqual(Array(10).fill('FUND_CONSERVATION'));
    const rowId = (await t.em.findOneByOrFail(ReformFund, { title: '竞争测试资金', amount: 20000n })).rowId;
    const [{ total }] = await t.em.query(`SELECT CAST(SUM(amount) AS TEXT) AS total FROM fund_allocation WHERE fund_id = '${rowId}'`);
    expect(total).toBe('20000');
  });
});
