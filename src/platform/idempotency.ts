import { createHash } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RequestContext } from './context';
import { DomainError, UserErrorCode } from './errors/user-error';
import { runMutation } from './graphql/mutation';
import type { UserError } from './errors/user-error';

/** The first result of a creating mutation, per account, operation and idempotency key. */
@Entity('idempotency_record')
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 200 })
  accountId: string;

  @PrimaryColumn({ name: 'operation', type: 'varchar', length: 64 })
  operation: string;

  @PrimaryColumn({ name: 'key', type: 'varchar', length: 200 })
  key: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'result_id', type: 'varchar', length: 36 })
  resultId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}

function hashOf(input: unknown): string {
  const json = JSON.stringify(input, (k, v) => (k === 'idempotencyKey' ? undefined : typeof v === 'bigint' ? v.toString() : v));
  return createHash('sha256').update(json ?? '').digest('hex');
}

/**
 * runMutation for creating mutations with an optional idempotency key: a repeated key (same
 * account, same operation, same input) returns the object the first call created. Two racing
 * retries: the loser's claim of the key violates its primary key, and runInTransaction's one
 * retry of such a transaction finds the result.
 */
export async function runIdempotentMutation<T extends object>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  create: (tx: RequestContext) => Promise<{ result: T; id: string }>,
  load: (tx: RequestContext, id: string) => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  const key = input.idempotencyKey;
  if (!key) return runMutation(ctx, async (tx) => (await create(tx)).result);
  if (key.length > 200) {
    return { userErrors: [{ code: UserErrorCode.VALIDATION_FAILED, message: 'idempotencyKey is at most 200 characters.', field: ['input', 'idempotencyKey'] }] } as never;
  }
  // The public shares no account: its keys are scoped to the client address, so one caller's key
  // never returns another caller's result.
  const accountId = ctx.actor?.accountId ?? `public:${ctx.clientKey ?? 'unknown'}`.slice(0, 200);
  const requestHash = hashOf(input);
  return runMutation(ctx, async (tx) => {
    const prior = await tx.em.findOne(IdempotencyRecord, { where: { accountId, operation, key } });
    if (prior) {
      if (prior.requestHash !== requestHash) {
        throw new DomainError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different request.', ['input', 'idempotencyKey']);
      }
      return load(tx, prior.resultId);
    }
    // Claim the key before creating anything: a racing retry blocks on this row until we commit,
    // then fails on its primary key and, retried, finds our result.
    await tx.em.insert(IdempotencyRecord, { accountId, operation, key, requestHash, resultId: '', createdAt: new Date() });
    const { result, id } = await create(tx);
    await tx.em.update(IdempotencyRecord, { accountId, operation, key }, { resultId: id });
    return result;
  });
}

/**
 * The usual creating mutation: one row made, answered as `{ [field]: row }`; a retry with the same
 * key answers that row again, read back by `reload`.
 */
export function createIdempotently<F extends string, R extends { rowId: string }>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  field: F,
  create: (tx: RequestContext) => Promise<R>,
  reload: (tx: RequestContext, id: string) => Promise<R | null>,
): Promise<Partial<Record<F, R | null>> & { userErrors: UserError[] }> {
  const answer = (row: R | null) => ({ [field]: row }) as Record<F, R | null>;
  return runIdempotentMutation(
    ctx,
    operation,
    input,
    async (tx) => {
      const row = await create(tx);
      return { result: answer(row), id: row.rowId };
    },
    async (tx, id) => answer(await reload(tx, id)),
  );
}
