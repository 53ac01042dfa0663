import type { RequestContext } from '../../platform/context';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { parseGlobalId } from '../../platform/graphql/global-id';
import { badUserInput } from '../../platform/errors/api-errors';
import { forUpdate } from '../../platform/database/transaction';
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
export async function lockTask(ctx: RequestContext, globalId: string, field = 'taskId'): Promise<ReformTask> {
  const decoded = parseGlobalId(globalId);
  if (!decoded || decoded.type !== ReformTask.typename) throw badUserInput(`"${field}" is not a valid ReformTask id.`);
  const task = await forUpdate(ctx.em.createQueryBuilder(ReformTask, 't').where('t.rowId = :id', { id: decoded.rowId }), ctx.db).getOne();
  if (!task || !(await canReadTask(ctx, task))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such task.', ['input', field]);
  return task;
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
