import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { canSee } from '../bodies/jurisdiction';
import { ProgressReport, ReformTask } from './task.entities';
import { coExecutorsOf, taskById } from './task.loaders';

// Who may read a task (CHAIN §3.3 rule 8): the jurisdictions of its executor, of its co-executors
// and of its assigner — the executor chain and the assigner chain. Every path goes through here.

export async function canReadTask(ctx: RequestContext, task: ReformTask): Promise<boolean> {
  if (!ctx.actor) return false;
  if ((await canSee(ctx, task.executorId)) || (await canSee(ctx, task.assignedById))) return true;
  const co = await coExecutorsOf(ctx).load(task.rowId);
  return (await Promise.all(co.map((c) => canSee(ctx, c.bodyId)))).some(Boolean);
}

export async function findVisibleTask(ctx: RequestContext, rowId: string): Promise<ReformTask | null> {
  const task = await taskById(ctx).load(rowId);
  return task && (await canReadTask(ctx, task)) ? task : null;
}

/** Loads a task by global id inside the transaction, locked on PostgreSQL; invisible = NOT_FOUND. */
export function lockTask(ctx: RequestContext, globalId: string, field = 'taskId'): Promise<ReformTask> {
  return lockNode(ctx, ReformTask, globalId, field, canReadTask, 'task');
}

export function assertExecutor(ctx: RequestContext, task: ReformTask, what: string): void {
  if (task.executorId !== ctx.actor!.body.rowId) throw new DomainError(UserErrorCode.NOT_TASK_EXECUTOR, `Only the executing body ${what}.`, ['input', 'taskId']);
}

export function assertAssigner(ctx: RequestContext, task: ReformTask, what: string): void {
  if (task.assignedById !== ctx.actor!.body.rowId) throw new DomainError(UserErrorCode.NOT_TASK_ASSIGNER, `Only the assigning body ${what}.`, ['input', 'taskId']);
}

export async function findVisibleReport(ctx: RequestContext, rowId: string): Promise<ProgressReport | null> {
  const report = await ctx.em.findOne(ProgressReport, { where: { rowId } });
  return report && (await findVisibleTask(ctx, report.taskId)) ? report : null;
}
