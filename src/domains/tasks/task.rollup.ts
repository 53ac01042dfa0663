import type { RequestContext } from '../../platform/context';
import { forUpdate } from '../../platform/database/transaction';
import { FULL_PERCENT } from '../../platform/graphql/scalars';
import { ReformTask } from './task.entities';
import { TaskStatus } from './task.enums';

/** a ÷ b rounded half up, in exact integer arithmetic. */
export function divideHalfUp(a: bigint, b: bigint): number {
  return Number((2n * a + b) / (2n * b));
}

/**
 * Recomputes progress and verified progress of every ancestor, nearest first, inside the caller's
 * transaction: parent = Σ(child × weight) ÷ Σ weight over the children that are not cancelled, in
 * integer hundredths. Each ancestor row is locked (PostgreSQL) before its children are summed, so
 * two leaves reporting at once are summed one after the other against committed values; locks are
 * taken bottom-up along the path, the same order for every writer. Every ancestor is written (its
 * progressAsOf says when the figure was last recomputed), even where the rounded figure stayed.
 */
export async function rollUp(ctx: RequestContext, parentId: string | null, at: Date): Promise<ReformTask[]> {
  const changed: ReformTask[] = [];
  let id = parentId;
  while (id) {
    const parent = await forUpdate(ctx.em.createQueryBuilder(ReformTask, 't').where('t.rowId = :id', { id }), ctx.db).getOneOrFail();
    const sums: { p: string | number | null; v: string | number | null; w: string | number | null } | undefined = await ctx.em
      .createQueryBuilder(ReformTask, 'c')
      .select('CAST(SUM(c.progress * c.weight) AS TEXT)', 'p')
      .addSelect('CAST(SUM(c.verifiedProgress * c.weight) AS TEXT)', 'v')
      .addSelect('CAST(SUM(c.weight) AS TEXT)', 'w')
      .where('c.parentId = :id AND c.status <> :cancelled', { id, cancelled: TaskStatus.CANCELLED })
      .getRawOne();
    const weight = BigInt(sums?.w ?? 0);
    const progress = parent.status === TaskStatus.VERIFIED ? FULL_PERCENT : weight > 0n ? divideHalfUp(BigInt(sums!.p ?? 0), weight) : 0;
    const verified = parent.status === TaskStatus.VERIFIED ? FULL_PERCENT : weight > 0n ? divideHalfUp(BigInt(sums!.v ?? 0), weight) : 0;
    await ctx.em.update(ReformTask, { rowId: parent.rowId }, { progress, verifiedProgress: verified, progressAsOf: at });
    Object.assign(parent, { progress, verifiedProgress: verified, progressAsOf: at });
    changed.push(parent);
    id = parent.parentId;
  }
  return changed;
}
