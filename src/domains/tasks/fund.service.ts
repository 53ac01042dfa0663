import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { uuidv7 } from '../../platform/ids';
import { canSee } from '../bodies/jurisdiction';
import { lockTask } from './task.access';
import { FundAllocation, ReformFund, ReformTask } from './task.entities';
import { FINAL_STATUSES } from './task.enums';
import { fundById } from './task.loaders';

function refuse(code: UserErrorCode, message: string, field: string): never {
  throw new DomainError(code, message, ['input', field]);
}

const fmt = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;

export async function canReadFund(ctx: RequestContext, fund: ReformFund): Promise<boolean> {
  return !!ctx.actor && canSee(ctx, fund.holderId);
}

export async function findVisibleFund(ctx: RequestContext, rowId: string): Promise<ReformFund | null> {
  const fund = await fundById(ctx).load(rowId);
  return fund && (await canReadFund(ctx, fund)) ? fund : null;
}

export async function createReformFund(ctx: RequestContext, data: { title: string; fiscalYear: number; amount: bigint; currency?: string | null }): Promise<ReformFund> {
  const title = (data.title ?? '').trim();
  if (title.length < 2 || title.length > 200) refuse(UserErrorCode.VALIDATION_FAILED, 'title must be 2 to 200 characters.', 'title');
  if (!Number.isInteger(data.fiscalYear) || data.fiscalYear < 2000 || data.fiscalYear > 2100) refuse(UserErrorCode.VALIDATION_FAILED, 'fiscalYear must be between 2000 and 2100.', 'fiscalYear');
  if (data.amount <= 0n) refuse(UserErrorCode.VALIDATION_FAILED, 'The amount must be positive.', 'amount');
  const currency = (data.currency ?? 'CNY').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) refuse(UserErrorCode.VALIDATION_FAILED, 'currency must be an ISO 4217 code.', 'currency');
  const fund = ctx.em.create(ReformFund, {
    rowId: uuidv7(),
    holderId: ctx.actor!.body.rowId,
    title,
    fiscalYear: data.fiscalYear,
    amount: data.amount,
    currency,
    createdBy: ctx.actor!.accountId,
    createdAt: new Date(),
  });
  await ctx.em.insert(ReformFund, fund);
  await recordAudit(ctx, { action: 'fund.create', targetType: ReformFund.typename, targetId: fund.rowId, details: { title, fiscalYear: data.fiscalYear, amount: data.amount.toString() } });
  return fund;
}

/**
 * Allocates part of a fund to a task executed in the holder's jurisdiction. Conservation: the fund
 * row is locked (FOR UPDATE on PostgreSQL; SQLite serializes writers), so racing allocations are
 * summed one after another against committed rows and Σ allocations never passes the amount.
 */
export async function allocateFund(ctx: RequestContext, data: { fundId: string; toId: string; amount: bigint }): Promise<{ fund: ReformFund; allocation: FundAllocation }> {
  const fund = await lockNode(ctx, ReformFund, data.fundId, 'fundId', canReadFund, 'fund');
  if (fund.holderId !== ctx.actor!.body.rowId) throw forbidden('Only a LEAD of the holding body allocates its fund.');
  if (data.amount <= 0n) refuse(UserErrorCode.VALIDATION_FAILED, 'The amount must be positive.', 'amount');
  const task: ReformTask = await lockTask(ctx, data.toId, 'toId');
  if (!(await canSee(ctx, task.executorId))) refuse(UserErrorCode.EXECUTOR_NOT_BELOW, 'A fund goes to tasks executed inside the holder’s jurisdiction.', 'toId');
  if (FINAL_STATUSES.includes(task.status)) refuse(UserErrorCode.INVALID_STATE, `The task is ${task.status}.`, 'toId');
  const row: { total: string | number | null } | undefined = await ctx.em
    .createQueryBuilder(FundAllocation, 'a')
    .select('CAST(SUM(a.amount) AS TEXT)', 'total')
    .where('a.fundId = :id', { id: fund.rowId })
    .getRawOne();
  const allocated = BigInt(row?.total ?? 0);
  if (allocated + data.amount > fund.amount) {
    refuse(UserErrorCode.FUND_CONSERVATION, `The fund holds ${fmt(fund.amount)}; ${fmt(allocated)} is allocated, so at most ${fmt(fund.amount - allocated)} remains.`, 'amount');
  }
  const allocation = ctx.em.create(FundAllocation, {
    rowId: uuidv7(),
    fundId: fund.rowId,
    targetType: ReformTask.typename,
    targetId: task.rowId,
    amount: data.amount,
    allocatedBy: ctx.actor!.accountId,
    allocatedAt: new Date(),
  });
  await ctx.em.insert(FundAllocation, allocation);
  await recordAudit(ctx, { action: 'fund.allocate', targetType: ReformFund.typename, targetId: fund.rowId, details: { task: task.rowId, amount: data.amount.toString() } });
  return { fund, allocation };
}
