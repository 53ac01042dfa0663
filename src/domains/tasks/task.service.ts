import { In, IsNull } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { forUpdate } from '../../platform/database/transaction';
import { badUserInput } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { lazyPage, Page, PageArgs, paginate, pageWindow } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { FULL_PERCENT } from '../../platform/graphql/scalars';
import { uuidv7 } from '../../platform/ids';
import { Body, BodyAncestry } from '../bodies/body.entities';
import { findBodyByCode } from '../bodies/body.service';
import { actorJurisdictionId, assertCanSee, canSee } from '../bodies/jurisdiction';
import { DirectivePriority } from '../channels/channel.enums';
import { Issued, issueDirective, mayAddress } from '../channels/directive.service';
import { assertAssigner, assertExecutor, canReadTask, lockTask } from './task.access';
import { DeadlineExtension, Milestone, ProgressReport, ReformTask, TaskCoExecutor, TaskReminder, TaskResult } from './task.entities';
import { ExtensionDecision, FINAL_STATUSES, MilestoneStatus, OPEN_STATUSES, ProgressMethod, ResultKind, TaskKind, TaskStatus, WORKING_STATUSES } from './task.enums';
import { ChildFilter, childPages, milestonesOf, reportCounts, reportPages, REPORT_ORDER, TASK_ORDER } from './task.loaders';
import { divideHalfUp, rollUp } from './task.rollup';
import { recordTaskEvent } from './task.activity';
import { MILESTONE_DUE, milestoneDueKey, TASK_DUE, taskDueKey } from './task.events';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';

const MAX_SUBTASKS = 100;
const MAX_CO_EXECUTORS = 20;
const MAX_MILESTONES = 50;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/;
const PERIOD = /^(\d{4})-(Q[1-4]|0[1-9]|1[0-2])$/;
const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

function refuse(code: UserErrorCode, message: string, field?: string | string[]): never {
  throw new DomainError(code, message, field ? ['input', ...(Array.isArray(field) ? field : [field])] : undefined);
}

function text(value: string | null | undefined, name: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) refuse(UserErrorCode.VALIDATION_FAILED, `${name} must be ${min} to ${max} characters.`, name);
  return trimmed;
}

function optionalText(value: string | null | undefined, name: string, max: number): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > max) refuse(UserErrorCode.VALIDATION_FAILED, `${name} must be at most ${max} characters.`, name);
  return trimmed;
}

function evidence(value: string | null | undefined, field: string): string | null {
  if (!value?.trim()) return null;
  const m = SHA256.exec(value.trim());
  if (!m) refuse(UserErrorCode.VALIDATION_FAILED, 'An evidence hash is a SHA-256: 64 hex digits, optionally prefixed "sha256:".', field);
  return `sha256:${m[1].toLowerCase()}`;
}

const minuteOf = (d: Date) => Math.floor(d.getTime() / 60_000);

async function requireBody(ctx: RequestContext, code: string, field: string[]): Promise<Body> {
  const body = await findBodyByCode(ctx, code);
  if (!body) refuse(UserErrorCode.NOT_FOUND, `No body has code "${code}".`, field);
  return body;
}

// ---- creating ----------------------------------------------------------------------------------

export interface MilestoneData {
  title: string;
  dueAt: Date;
  weight?: number | null;
}

export interface TaskData {
  code?: string | null;
  kind?: TaskKind | null;
  title: string;
  target: string;
  path?: string | null;
  measures?: string[] | null;
  executorCode: string;
  coExecutorCodes?: string[] | null;
  startsAt?: Date | null;
  deadline: Date;
  weight?: number | null;
  milestones?: MilestoneData[] | null;
  public?: boolean | null;
}

/** Why a task exists: any Node of another domain (a decision, a directive, a finding…), by type and row id. */
export interface TaskOrigin {
  type: string;
  rowId: string;
}

/**
 * Inserts a task assigned by `assigner`, checking every rule of its own; the caller checked who
 * may assign. Runs in the caller's transaction, so another domain (adoptDecision) can create its
 * tasks in its own.
 */
async function insertTask(ctx: RequestContext, assigner: Body, data: TaskData, parent: ReformTask | null, origin: TaskOrigin | null, field: string[]): Promise<ReformTask> {
  const at = (name: string) => [...field, name];
  // Refusals name the field where it sits: ["input", "subtasks", "1", "title"] for a subtask.
  const within = <T>(check: () => T): T => {
    try {
      return check();
    } catch (err) {
      if (err instanceof DomainError && err.field && field.length) throw new DomainError(err.code, err.message, ['input', ...field, ...err.field.slice(1)]);
      throw err;
    }
  };
  const title = within(() => text(data.title, 'title', 2, 300));
  const target = within(() => text(data.target, 'target', 2, 10_000));
  const path = within(() => optionalText(data.path, 'path', 10_000));
  const measures = (data.measures ?? []).map((m) => within(() => text(m, 'measures', 1, 2000)));
  if (measures.length > 50) refuse(UserErrorCode.VALIDATION_FAILED, 'At most 50 measures.', at('measures'));
  const weight = data.weight ?? 1;
  if (!Number.isInteger(weight) || weight < 1 || weight > 1000) refuse(UserErrorCode.VALIDATION_FAILED, 'weight must be between 1 and 1000.', at('weight'));
  const code = data.code?.trim() || `T-${uuidv7().slice(-12)}`;
  if (!CODE.test(code)) refuse(UserErrorCode.VALIDATION_FAILED, 'code is 2 to 64 letters, digits, ".", "_" or "-".', at('code'));
  const now = new Date();
  const startsAt = data.startsAt ?? now;
  if (!(data.deadline instanceof Date) || data.deadline.getTime() <= now.getTime() || data.deadline <= startsAt) {
    refuse(UserErrorCode.DEADLINE_IN_PAST, 'The deadline must lie in the future and after the start.', at('deadline'));
  }
  if (parent && data.deadline > parent.deadline) {
    refuse(UserErrorCode.SUBTASK_OUTLIVES_PARENT, `A subtask cannot end after its parent (due ${parent.deadline.toISOString()}).`, at('deadline'));
  }
  const executor = await requireBody(ctx, data.executorCode, at('executorCode'));
  const coCodes = [...new Set((data.coExecutorCodes ?? []).map((c) => c.trim()))].filter((c) => c !== executor.code);
  if (coCodes.length > MAX_CO_EXECUTORS) refuse(UserErrorCode.VALIDATION_FAILED, `At most ${MAX_CO_EXECUTORS} co-executors.`, at('coExecutorCodes'));
  const coExecutors: Body[] = [];
  for (const c of coCodes) coExecutors.push(await requireBody(ctx, c, at('coExecutorCodes')));
  // 统一指挥: one executor, and every executing body inside the assigner's jurisdiction.
  for (const b of [executor, ...coExecutors]) {
    if (!(await mayAddress(ctx, assigner, b))) {
      refuse(UserErrorCode.EXECUTOR_NOT_BELOW, `${b.code} lies outside the jurisdiction of ${assigner.code}: tasks go down the tree only.`, at(b === executor ? 'executorCode' : 'coExecutorCodes'));
    }
  }
  if (await ctx.em.exists(ReformTask, { where: { code } })) refuse(UserErrorCode.DUPLICATE_CODE, `A task with code "${code}" exists.`, at('code'));
  const milestones = data.milestones ?? [];
  if (milestones.length > MAX_MILESTONES) refuse(UserErrorCode.VALIDATION_FAILED, `At most ${MAX_MILESTONES} milestones.`, at('milestones'));
  for (const m of milestones) {
    if (m.dueAt > data.deadline || m.dueAt < startsAt) refuse(UserErrorCode.VALIDATION_FAILED, 'Milestones fall between the start and the deadline.', at('milestones'));
    if (m.weight != null && (!Number.isInteger(m.weight) || m.weight < 1 || m.weight > 1000)) refuse(UserErrorCode.VALIDATION_FAILED, 'A milestone weight is between 1 and 1000.', at('milestones'));
  }

  const task = ctx.em.create(ReformTask, {
    rowId: uuidv7(),
    code,
    kind: data.kind ?? parent?.kind ?? TaskKind.ROUTINE,
    title,
    target,
    path,
    measuresJson: JSON.stringify(measures),
    resultsJson: '[]',
    executorId: executor.rowId,
    assignedById: assigner.rowId,
    parentId: parent?.rowId ?? null,
    depth: parent ? parent.depth + 1 : 0,
    originType: origin?.type ?? null,
    originId: origin?.rowId ?? null,
    startsAt,
    deadline: data.deadline,
    deadlineMinute: minuteOf(data.deadline),
    year: data.deadline.getUTCFullYear(),
    status: TaskStatus.ASSIGNED,
    weight,
    progressMethod: ProgressMethod.REPORTED,
    progress: 0,
    verifiedProgress: 0,
    progressAsOf: null,
    public: !!data.public,
    createdBy: ctx.actor?.accountId ?? 'system',
    createdAt: now,
    acceptedAt: null,
    claimedAt: null,
    verifiedAt: null,
    closingNote: null,
    cancelledAt: null,
  });
  await ctx.em.insert(ReformTask, task);
  if (coExecutors.length) await ctx.em.insert(TaskCoExecutor, coExecutors.map((b) => ({ taskId: task.rowId, bodyId: b.rowId })));
  if (milestones.length) {
    const rows = milestones.map((m, i) => ({
        rowId: uuidv7(),
        taskId: task.rowId,
        seq: i + 1,
        title: within(() => text(m.title, 'milestones', 2, 300)),
        dueAt: m.dueAt,
        weight: m.weight ?? 1,
        status: MilestoneStatus.PLANNED,
        completedAt: null,
        verifiedAt: null,
        evidenceHash: null,
      }));
    await ctx.em.insert(Milestone, rows);
    for (const m of rows) await scheduleDeadline(ctx, { key: milestoneDueKey(m.rowId), at: m.dueAt, handler: MILESTONE_DUE, payload: { taskId: task.rowId, milestoneId: m.rowId } });
  }
  await scheduleDeadline(ctx, { key: taskDueKey(task.rowId), at: task.deadline, handler: TASK_DUE, payload: { taskId: task.rowId } });
  await recordTaskEvent(ctx, 'TaskAssigned', { taskId: task.rowId }, task);
  await recordAudit(ctx, {
    action: parent ? 'task.decompose' : 'task.create',
    targetType: ReformTask.typename,
    targetId: task.rowId,
    details: { code, executor: executor.code, coExecutors: coExecutors.map((b) => b.code), deadline: data.deadline.toISOString(), parent: parent?.rowId ?? null, origin },
  });
  return task;
}

/**
 * Assigns a task from the caller's body — or from `assignerId` when another domain acts for a body
 * (adoptDecision: the decision maker assigns the tasks drafted on it). `origin` names what it comes
 * from (a decision, a directive, a finding). Runs in the caller's transaction; every rule is checked.
 */
export async function createTask(ctx: RequestContext, data: TaskData, origin: TaskOrigin | null = null, assignerId: string = ctx.actor!.body.rowId): Promise<ReformTask> {
  const assigner = await ctx.em.findOneOrFail(Body, { where: { rowId: assignerId } });
  return insertTask(ctx, assigner, data, null, origin, []);
}

/** The executor splits its task into subtasks for bodies below it; the task then rolls up from them. */
export async function decomposeTask(ctx: RequestContext, data: { parentTaskId: string; subtasks: TaskData[] }): Promise<{ parent: ReformTask; subtasks: ReformTask[] }> {
  const parent = await lockTask(ctx, data.parentTaskId, 'parentTaskId');
  assertExecutor(ctx, parent, 'decomposes a task');
  if (!WORKING_STATUSES.includes(parent.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${parent.status}: accept it first; finished tasks are not decomposed.`, 'parentTaskId');
  if (data.subtasks.length === 0 || data.subtasks.length > MAX_SUBTASKS) refuse(UserErrorCode.VALIDATION_FAILED, `Give 1 to ${MAX_SUBTASKS} subtasks.`, 'subtasks');
  const executor = await ctx.em.findOneOrFail(Body, { where: { rowId: parent.executorId } });
  const subtasks: ReformTask[] = [];
  for (const [i, sub] of data.subtasks.entries()) subtasks.push(await insertTask(ctx, executor, sub, parent, { type: ReformTask.typename, rowId: parent.rowId }, ['subtasks', String(i)]));
  const now = new Date();
  if (parent.progressMethod !== ProgressMethod.CHILDREN_WEIGHTED) {
    parent.progressMethod = ProgressMethod.CHILDREN_WEIGHTED;
    await ctx.em.update(ReformTask, { rowId: parent.rowId }, { progressMethod: parent.progressMethod });
  }
  // The parent's progress is now its subtasks' (reported progress gives way to the roll-up).
  const changed = await rollUp(ctx, parent.rowId, now);
  return { parent: changed[0]?.rowId === parent.rowId ? changed[0] : parent, subtasks };
}

// ---- the executor's side ----------------------------------------------------------------------

export async function acceptTask(ctx: RequestContext, taskId: string): Promise<ReformTask> {
  const task = await lockTask(ctx, taskId);
  assertExecutor(ctx, task, 'accepts a task');
  if (task.status !== TaskStatus.ASSIGNED) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}, not ASSIGNED.`, 'taskId');
  task.status = TaskStatus.ACCEPTED;
  task.acceptedAt = new Date();
  await ctx.em.update(ReformTask, { rowId: task.rowId }, { status: task.status, acceptedAt: task.acceptedAt });
  await recordAudit(ctx, { action: 'task.accept', targetType: ReformTask.typename, targetId: task.rowId });
  return task;
}

export interface ReportData {
  taskId: string;
  period: string;
  /** Hundredths of a percent (the Percentage scalar's bigint, or a number). */
  percent: number | bigint;
  narrative: string;
  problems?: string | null;
  decreaseReason?: string | null;
}

/** One report per period; the task's progress becomes the reported one and rolls up at once. */
export async function reportTaskProgress(ctx: RequestContext, data: ReportData): Promise<{ report: ProgressReport; task: ReformTask; ancestors: ReformTask[] }> {
  const task = await lockTask(ctx, data.taskId);
  assertExecutor(ctx, task, 'reports progress');
  if (!WORKING_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}: progress is reported on accepted tasks in progress.`, 'taskId');
  if (task.progressMethod === ProgressMethod.CHILDREN_WEIGHTED) refuse(UserErrorCode.INVALID_STATE, 'The task is decomposed: its progress rolls up from its subtasks.', 'taskId');
  const period = data.period.trim();
  if (!PERIOD.test(period)) refuse(UserErrorCode.VALIDATION_FAILED, 'period is a quarter ("2026-Q2") or a month ("2026-05").', 'period');
  const percent = Number(data.percent);
  if (!Number.isInteger(percent) || percent < 0 || percent > FULL_PERCENT) refuse(UserErrorCode.VALIDATION_FAILED, 'percent is between 0 and 100.', 'percent');
  const narrative = text(data.narrative, 'narrative', 2, 10_000);
  const problems = optionalText(data.problems, 'problems', 10_000);
  const decreaseReason = optionalText(data.decreaseReason, 'decreaseReason', 10_000);
  if (await ctx.em.exists(ProgressReport, { where: { taskId: task.rowId, period } })) refuse(UserErrorCode.DUPLICATE_REPORT, `The task already has a report for ${period}.`, 'period');
  if (percent < task.progress && !decreaseReason) {
    refuse(UserErrorCode.REASON_REQUIRED, `Progress was ${task.progress / 100}%; a lower figure needs a decreaseReason.`, 'decreaseReason');
  }
  const now = new Date();
  const report = ctx.em.create(ProgressReport, {
    rowId: uuidv7(),
    taskId: task.rowId,
    period,
    percent,
    narrative,
    problems,
    decreaseReason,
    submittedAt: now,
    submittedById: ctx.actor!.body.rowId,
    submittedByAccount: ctx.actor!.accountId,
  });
  await ctx.em.insert(ProgressReport, report);
  Object.assign(task, { progress: percent, progressAsOf: now, status: TaskStatus.IN_PROGRESS });
  await ctx.em.update(ReformTask, { rowId: task.rowId }, { progress: task.progress, progressAsOf: now, status: task.status });
  const ancestors = await rollUp(ctx, task.parentId, now);
  await recordTaskEvent(ctx, 'TaskReported', { taskId: task.rowId, reportId: report.rowId }, task);
  await recordAudit(ctx, { action: 'task.report', targetType: ProgressReport.typename, targetId: report.rowId, details: { task: task.rowId, period, percent } });
  return { report, task, ancestors };
}

async function lockMilestone(ctx: RequestContext, milestoneId: string): Promise<{ milestone: Milestone; task: ReformTask }> {
  const rowId = expectGlobalId(milestoneId, 'Milestone', 'milestoneId');
  const milestone = await ctx.em.findOne(Milestone, { where: { rowId } });
  if (!milestone) refuse(UserErrorCode.NOT_FOUND, 'No such milestone.', 'milestoneId');
  const task = await forUpdate(ctx.em.createQueryBuilder(ReformTask, 't').where('t.rowId = :id', { id: milestone.taskId }), ctx.db).getOneOrFail();
  if (!(await canReadTask(ctx, task))) refuse(UserErrorCode.NOT_FOUND, 'No such milestone.', 'milestoneId');
  return { milestone, task };
}

/** Milestones move forward only: PLANNED → COMPLETED (executor) → VERIFIED (assigner). */
export async function completeMilestone(ctx: RequestContext, data: { milestoneId: string; evidenceHash?: string | null }): Promise<{ milestone: Milestone; task: ReformTask }> {
  const { milestone, task } = await lockMilestone(ctx, data.milestoneId);
  assertExecutor(ctx, task, 'completes a milestone');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}.`, 'milestoneId');
  if (milestone.status !== MilestoneStatus.PLANNED) refuse(UserErrorCode.INVALID_STATE, `The milestone is ${milestone.status}; milestones only move forward.`, 'milestoneId');
  Object.assign(milestone, { status: MilestoneStatus.COMPLETED, completedAt: new Date(), evidenceHash: evidence(data.evidenceHash, 'evidenceHash') });
  await cancelDeadline(ctx, milestoneDueKey(milestone.rowId));
  await ctx.em.update(Milestone, { rowId: milestone.rowId }, { status: milestone.status, completedAt: milestone.completedAt, evidenceHash: milestone.evidenceHash });
  await recordAudit(ctx, { action: 'task.milestone-complete', targetType: ReformTask.typename, targetId: task.rowId, details: { milestone: milestone.rowId } });
  return { milestone, task };
}

export async function verifyMilestone(ctx: RequestContext, data: { milestoneId: string }): Promise<{ milestone: Milestone; task: ReformTask }> {
  const { milestone, task } = await lockMilestone(ctx, data.milestoneId);
  assertAssigner(ctx, task, 'verifies a milestone');
  if (milestone.status !== MilestoneStatus.COMPLETED) refuse(UserErrorCode.INVALID_STATE, `The milestone is ${milestone.status}, not COMPLETED.`, 'milestoneId');
  const now = new Date();
  Object.assign(milestone, { status: MilestoneStatus.VERIFIED, verifiedAt: now });
  await ctx.em.update(Milestone, { rowId: milestone.rowId }, { status: milestone.status, verifiedAt: now });
  // Verified work of a task without subtasks: the weighted share of its verified milestones.
  if (task.progressMethod === ProgressMethod.REPORTED && task.status !== TaskStatus.VERIFIED) {
    const all = await ctx.em.find(Milestone, { where: { taskId: task.rowId } });
    const total = all.reduce((s, m) => s + BigInt(m.weight), 0n);
    const done = all.filter((m) => m.status === MilestoneStatus.VERIFIED).reduce((s, m) => s + BigInt(m.weight), 0n);
    task.verifiedProgress = divideHalfUp(done * BigInt(FULL_PERCENT), total);
    await ctx.em.update(ReformTask, { rowId: task.rowId }, { verifiedProgress: task.verifiedProgress });
    await rollUp(ctx, task.parentId, now);
  }
  milestonesOf(ctx).clear(task.rowId);
  await recordAudit(ctx, { action: 'task.milestone-verify', targetType: ReformTask.typename, targetId: task.rowId, details: { milestone: milestone.rowId } });
  return { milestone, task };
}

export interface ClaimData {
  taskId: string;
  results: { title: string; kind: ResultKind; evidenceHash?: string | null }[];
}

/** The executor claims completion: only when every subtask is VERIFIED or CANCELLED. */
export async function claimTaskCompletion(ctx: RequestContext, data: ClaimData): Promise<ReformTask> {
  const task = await lockTask(ctx, data.taskId);
  assertExecutor(ctx, task, 'claims completion');
  if (!WORKING_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}: completion is claimed on an accepted task in progress.`, 'taskId');
  const open = await ctx.em.count(ReformTask, { where: { parentId: task.rowId, status: In([...OPEN_STATUSES, TaskStatus.COMPLETION_CLAIMED]) } });
  if (open > 0) refuse(UserErrorCode.CHILDREN_OPEN, `${open} subtask(s) are neither VERIFIED nor CANCELLED.`, 'taskId');
  if (data.results.length === 0 || data.results.length > 50) refuse(UserErrorCode.VALIDATION_FAILED, 'Name 1 to 50 results (有成果).', 'results');
  const results: TaskResult[] = data.results.map((r, i) => ({ title: text(r.title, 'results.title', 2, 300), kind: r.kind, evidenceHash: evidence(r.evidenceHash, `results.${i}.evidenceHash`) }));
  const now = new Date();
  Object.assign(task, { status: TaskStatus.COMPLETION_CLAIMED, claimedAt: now, resultsJson: JSON.stringify(results) });
  await ctx.em.update(ReformTask, { rowId: task.rowId }, { status: task.status, claimedAt: now, resultsJson: task.resultsJson });
  await recordTaskEvent(ctx, 'TaskCompleted', { taskId: task.rowId }, task);
  await recordAudit(ctx, { action: 'task.claim', targetType: ReformTask.typename, targetId: task.rowId, details: { results: results.length } });
  return task;
}

/** Only the assigner verifies; accepted, the task counts 100 % done and verified up the tree. */
export async function verifyTaskCompletion(ctx: RequestContext, data: { taskId: string; accept: boolean; note?: string | null }): Promise<ReformTask> {
  const task = await lockTask(ctx, data.taskId);
  assertAssigner(ctx, task, 'verifies completion');
  if (task.status !== TaskStatus.COMPLETION_CLAIMED) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}, not COMPLETION_CLAIMED.`, 'taskId');
  const note = data.accept ? optionalText(data.note, 'note', 10_000) : text(data.note, 'note', 2, 10_000);
  const now = new Date();
  if (data.accept) {
    Object.assign(task, { status: TaskStatus.VERIFIED, verifiedAt: now, closingNote: note, progress: FULL_PERCENT, verifiedProgress: FULL_PERCENT, progressAsOf: now });
    await ctx.em.update(ReformTask, { rowId: task.rowId }, { status: task.status, verifiedAt: now, closingNote: note, progress: FULL_PERCENT, verifiedProgress: FULL_PERCENT, progressAsOf: now });
    await rollUp(ctx, task.parentId, now);
    await cancelDeadline(ctx, taskDueKey(task.rowId));
    await recordTaskEvent(ctx, 'TaskVerified', { taskId: task.rowId }, task);
  } else {
    Object.assign(task, { status: TaskStatus.IN_PROGRESS, closingNote: note });
    await ctx.em.update(ReformTask, { rowId: task.rowId }, { status: task.status, closingNote: note });
  }
  await recordAudit(ctx, { action: data.accept ? 'task.verify' : 'task.verify-reject', targetType: ReformTask.typename, targetId: task.rowId, details: { note } });
  return task;
}

// ---- deadlines -----------------------------------------------------------------------------

export async function requestDeadlineExtension(ctx: RequestContext, data: { taskId: string; requestedDeadline: Date; reason: string }): Promise<{ task: ReformTask; extension: DeadlineExtension }> {
  const task = await lockTask(ctx, data.taskId);
  assertExecutor(ctx, task, 'requests an extension');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}.`, 'taskId');
  const reason = text(data.reason, 'reason', 2, 10_000);
  if (data.requestedDeadline <= task.deadline) refuse(UserErrorCode.VALIDATION_FAILED, 'The requested deadline must be later than the current one.', 'requestedDeadline');
  await assertWithinParent(ctx, task, data.requestedDeadline, 'requestedDeadline');
  if (await ctx.em.exists(DeadlineExtension, { where: { taskId: task.rowId, decidedAt: IsNull() } })) {
    refuse(UserErrorCode.INVALID_STATE, 'An extension request of this task is still pending.', 'taskId');
  }
  const extension = ctx.em.create(DeadlineExtension, {
    rowId: uuidv7(),
    taskId: task.rowId,
    requestedAt: new Date(),
    previousDeadline: task.deadline,
    requestedDeadline: data.requestedDeadline,
    reason,
    decision: null,
    decidedAt: null,
  });
  await ctx.em.insert(DeadlineExtension, extension);
  await recordAudit(ctx, { action: 'task.extension-request', targetType: ReformTask.typename, targetId: task.rowId, details: { requested: data.requestedDeadline.toISOString(), reason } });
  return { task, extension };
}

async function assertWithinParent(ctx: RequestContext, task: ReformTask, deadline: Date, field: string): Promise<void> {
  if (!task.parentId) return;
  const parent = await ctx.em.findOneOrFail(ReformTask, { where: { rowId: task.parentId } });
  if (deadline > parent.deadline) refuse(UserErrorCode.EXTENSION_BEYOND_PARENT, `The parent task is due ${parent.deadline.toISOString()}; a subtask's deadline cannot pass it.`, field);
}

export async function decideDeadlineExtension(ctx: RequestContext, data: { extensionId: string; decision: ExtensionDecision }): Promise<{ task: ReformTask; extension: DeadlineExtension }> {
  const rowId = expectGlobalId(data.extensionId, 'DeadlineExtension', 'extensionId');
  const extension = await ctx.em.findOne(DeadlineExtension, { where: { rowId } });
  if (!extension) refuse(UserErrorCode.NOT_FOUND, 'No such extension request.', 'extensionId');
  const task = await forUpdate(ctx.em.createQueryBuilder(ReformTask, 't').where('t.rowId = :id', { id: extension.taskId }), ctx.db).getOneOrFail();
  if (!(await canReadTask(ctx, task))) refuse(UserErrorCode.NOT_FOUND, 'No such extension request.', 'extensionId');
  assertAssigner(ctx, task, 'decides an extension');
  if (extension.decidedAt) refuse(UserErrorCode.INVALID_STATE, `The request was already ${extension.decision}.`, 'extensionId');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}.`, 'extensionId');
  const now = new Date();
  if (data.decision === ExtensionDecision.GRANTED) {
    // The parent may have changed since the request: checked again.
    await assertWithinParent(ctx, task, extension.requestedDeadline, 'extensionId');
    Object.assign(task, { deadline: extension.requestedDeadline, deadlineMinute: minuteOf(extension.requestedDeadline), year: extension.requestedDeadline.getUTCFullYear() });
    await ctx.em.update(ReformTask, { rowId: task.rowId }, { deadline: task.deadline, deadlineMinute: task.deadlineMinute, year: task.year });
    await scheduleDeadline(ctx, { key: taskDueKey(task.rowId), at: task.deadline, handler: TASK_DUE, payload: { taskId: task.rowId } });
  }
  Object.assign(extension, { decision: data.decision, decidedAt: now });
  await ctx.em.update(DeadlineExtension, { rowId: extension.rowId }, { decision: data.decision, decidedAt: now });
  await recordAudit(ctx, { action: 'task.extension-decide', targetType: ReformTask.typename, targetId: task.rowId, details: { decision: data.decision } });
  return { task, extension };
}

// ---- the assigner's side -------------------------------------------------------------------

/** Cancels a task and every unfinished task below it, in one transaction; the roll-up leaves them out. */
export async function cancelTask(ctx: RequestContext, data: { taskId: string; reason: string }): Promise<{ task: ReformTask; cancelledWithIt: ReformTask[] }> {
  const task = await lockTask(ctx, data.taskId);
  assertAssigner(ctx, task, 'cancels a task');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is already ${task.status}.`, 'taskId');
  const reason = text(data.reason, 'reason', 2, 10_000);
  const descendants: ReformTask[] = [];
  let frontier = [task.rowId];
  while (frontier.length) {
    const next = await ctx.em.find(ReformTask, { where: { parentId: In(frontier) } });
    descendants.push(...next.filter((d) => !FINAL_STATUSES.includes(d.status)));
    frontier = next.map((n) => n.rowId);
  }
  const now = new Date();
  const all = [task, ...descendants];
  for (let i = 0; i < all.length; i += 500) {
    await ctx.em.update(ReformTask, { rowId: In(all.slice(i, i + 500).map((x) => x.rowId)) }, { status: TaskStatus.CANCELLED, cancelledAt: now, closingNote: reason });
  }
  for (const x of all) Object.assign(x, { status: TaskStatus.CANCELLED, cancelledAt: now, closingNote: reason });
  for (const x of all) await cancelDeadline(ctx, taskDueKey(x.rowId));
  await rollUp(ctx, task.parentId, now);
  await recordAudit(ctx, { action: 'task.cancel', targetType: ReformTask.typename, targetId: task.rowId, details: { reason, cascaded: descendants.map((d) => d.rowId) } });
  return { task, cancelledWithIt: descendants };
}

/** 催办: an URGENT directive from the assigner to the executor, linked to the task. */
export async function remindTask(ctx: RequestContext, data: { taskId: string; message: string; acknowledgeBy?: Date | null }): Promise<{ task: ReformTask; issued: Issued }> {
  const task = await lockTask(ctx, data.taskId);
  assertAssigner(ctx, task, 'sends a reminder');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}: nothing to remind of.`, 'taskId');
  const message = text(data.message, 'message', 2, 10_000);
  const executor = await ctx.em.findOneOrFail(Body, { where: { rowId: task.executorId } });
  const issued = await issueDirective(ctx, {
    title: `催办：${task.title}`.slice(0, 300),
    content: `${message}\n\n任务 ${task.code}，期限 ${task.deadline.toISOString()}。`,
    priority: DirectivePriority.URGENT,
    recipientCodes: [executor.code],
    requiresAcknowledgement: true,
    acknowledgeBy: data.acknowledgeBy ?? null,
  });
  await ctx.em.insert(TaskReminder, { taskId: task.rowId, directiveId: issued.directive.rowId, remindedAt: issued.directive.issuedAt });
  await recordAudit(ctx, { action: 'task.remind', targetType: ReformTask.typename, targetId: task.rowId, details: { directive: issued.directive.rowId } });
  return { task, issued };
}

// ---- reading ---------------------------------------------------------------------------------

export async function childrenOf(ctx: RequestContext, task: ReformTask, filter: ChildFilter, args: PageArgs): Promise<Page<ReformTask>> {
  pageWindow(args, TASK_ORDER);
  // A subtask's assigner is the parent's executor: whoever sees that body reads every subtask. A
  // caller who reads the parent from elsewhere (a co-executor's side) reads only the subtasks whose
  // executor or a co-executor its jurisdiction covers — canReadTask, as SQL.
  const root = (await canSee(ctx, task.executorId)) ? null : (actorJurisdictionId(ctx) ?? '');
  const where = childWhere(filter, root);
  return lazyPage(
    () => childPages(ctx, args, filter, where, root).load(task.rowId),
    () => {
      const qb = ctx.em.createQueryBuilder(ReformTask, 't').where('t.parentId = :id', { id: task.rowId });
      if (where) qb.andWhere(where.sql, where.params);
      return qb.getCount();
    },
  );
}

function childWhere(filter: ChildFilter, root: string | null): { sql: string; params: Record<string, unknown> } | undefined {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (root !== null) {
    parts.push(
      `(EXISTS (SELECT 1 FROM body_ancestry ja WHERE ja.ancestor_id = :childRoot AND ja.descendant_id = t.executor_id)
        OR EXISTS (SELECT 1 FROM reform_task_co_executor jc JOIN body_ancestry jb ON jb.descendant_id = jc.body_id AND jb.ancestor_id = :childRoot WHERE jc.task_id = t.id))`,
    );
    params.childRoot = root;
  }
  if (filter.status) {
    parts.push('t.status = :childStatus');
    params.childStatus = filter.status;
  }
  if (filter.overdue != null) {
    const overdue = 't.status IN (:...childOpen) AND t.deadline < :childNow';
    parts.push(filter.overdue ? `(${overdue})` : `NOT (${overdue})`);
    Object.assign(params, { childOpen: OPEN_STATUSES, childNow: new Date() });
  }
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}

export function reportsOf(ctx: RequestContext, task: ReformTask, args: PageArgs): Page<ProgressReport> {
  pageWindow(args, REPORT_ORDER);
  return lazyPage(
    () => reportPages(ctx, args).load(task.rowId),
    () => reportCounts(ctx).load(task.rowId),
  );
}

export interface TaskFilter {
  under?: string | null;
  kind?: TaskKind | null;
  status?: TaskStatus | null;
  overdue?: boolean | null;
  deadlineBefore?: Date | null;
  year?: number | null;
}

/** The root body of a list: `under` (which the caller must see), else the caller's jurisdiction. */
async function rootOf(ctx: RequestContext, code: string | null | undefined, arg: string): Promise<string> {
  if (!code) return actorJurisdictionId(ctx)!;
  const body = await findBodyByCode(ctx, code);
  if (!body) throw badUserInput(`"${arg}": no body has code "${code}".`);
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  return body.rowId;
}

/** Tasks executed in a subtree (the body itself included), earliest deadline first. */
export async function listTasks(ctx: RequestContext, filter: TaskFilter, args: PageArgs): Promise<Page<ReformTask>> {
  const root = await rootOf(ctx, filter.under, 'under');
  const qb = ctx.em.createQueryBuilder(ReformTask, 't').innerJoin(BodyAncestry, 'a', 'a.descendantId = t.executorId AND a.ancestorId = :root', { root });
  if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
  if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
  if (filter.year != null) qb.andWhere('t.year = :year', { year: filter.year });
  if (filter.deadlineBefore) qb.andWhere('t.deadline < :before', { before: filter.deadlineBefore });
  if (filter.overdue != null) {
    const overdue = 't.status IN (:...open) AND t.deadline < :now';
    qb.andWhere(filter.overdue ? `(${overdue})` : `NOT (${overdue})`, { open: OPEN_STATUSES, now: new Date() });
  }
  return paginate(qb, TASK_ORDER, args);
}

export interface RollupFigures {
  total: number;
  overdue: number;
  averageProgress: number;
  averageVerifiedProgress: number;
  byStatus: { status: TaskStatus; count: number }[];
  byLevel: { level: string; total: number; overdue: number; averageProgress: number }[];
}

/**
 * Counts of the tasks executed in a body's subtree (itself included) due in a year: by status, by
 * the executor's level, overdue, and mean progress of the tasks not cancelled — one statement.
 */
export async function taskRollup(ctx: RequestContext, bodyCode: string, year: number): Promise<RollupFigures> {
  const root = await rootOf(ctx, bodyCode, 'bodyCode');
  const rows: { level: string; status: TaskStatus; n: string | number; overdue: string | number; p: string | null; v: string | null }[] = await ctx.em
    .createQueryBuilder(ReformTask, 't')
    .innerJoin(BodyAncestry, 'a', 'a.descendantId = t.executorId AND a.ancestorId = :root', { root })
    .innerJoin(Body, 'e', 'e.rowId = t.executorId')
    .select('e.level', 'level')
    .addSelect('t.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(CASE WHEN t.status IN (:...open) AND t.deadline < :now THEN 1 ELSE 0 END)', 'overdue')
    .addSelect('CAST(SUM(t.progress) AS TEXT)', 'p')
    .addSelect('CAST(SUM(t.verifiedProgress) AS TEXT)', 'v')
    .where('t.year = :year', { year })
    .setParameters({ open: OPEN_STATUSES, now: new Date() })
    .groupBy('e.level')
    .addGroupBy('t.status')
    .getRawMany();
  const mean = (sum: bigint, n: number) => (n > 0 ? divideHalfUp(sum, BigInt(n)) : 0);
  const live = rows.filter((r) => r.status !== TaskStatus.CANCELLED);
  const liveCount = live.reduce((s, r) => s + Number(r.n), 0);
  const byStatus = new Map<TaskStatus, number>();
  const levels = new Map<string, { total: number; overdue: number; liveN: number; p: bigint }>();
  for (const r of rows) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + Number(r.n));
    const l = levels.get(r.level) ?? { total: 0, overdue: 0, liveN: 0, p: 0n };
    l.total += Number(r.n);
    l.overdue += Number(r.overdue);
    if (r.status !== TaskStatus.CANCELLED) {
      l.liveN += Number(r.n);
      l.p += BigInt(r.p ?? 0);
    }
    levels.set(r.level, l);
  }
  const LEVELS = ['CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'];
  return {
    total: rows.reduce((s, r) => s + Number(r.n), 0),
    overdue: rows.reduce((s, r) => s + Number(r.overdue), 0),
    averageProgress: mean(live.reduce((s, r) => s + BigInt(r.p ?? 0), 0n), liveCount),
    averageVerifiedProgress: mean(live.reduce((s, r) => s + BigInt(r.v ?? 0), 0n), liveCount),
    byStatus: Object.values(TaskStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byLevel: [...levels.entries()]
      .sort(([a], [b]) => LEVELS.indexOf(a) - LEVELS.indexOf(b))
      .map(([level, l]) => ({ level, total: l.total, overdue: l.overdue, averageProgress: mean(l.p, l.liveN) })),
  };
}
