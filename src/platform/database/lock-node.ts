import type { RequestContext } from '../context';
import { DomainError, UserErrorCode } from '../errors/user-error';
import { expectGlobalId } from '../graphql/global-id';
import type { NodeEntity } from '../graphql/node-entity';
import { forUpdate } from './transaction';

type NodeClass<E extends NodeEntity> = (new () => E) & { typename: string };

/** Who may read a row of a node type (the same check its queries make). */
export type CanRead<E> = (ctx: RequestContext, row: E) => boolean | Promise<boolean>;

/**
 * A row a change is about, locked for the rest of the transaction (FOR UPDATE on PostgreSQL; SQLite's
 * one writer already serialises). A row that does not exist and one the caller may not read get one
 * answer, NOT_FOUND "No such <what>." at `input.<field>`, so a refusal tells nothing of what exists.
 */
export async function lockRow<E extends NodeEntity>(ctx: RequestContext, type: NodeClass<E>, rowId: string, field: string, canRead: CanRead<E>, what: string): Promise<E> {
  const row = await forUpdate(ctx.em.createQueryBuilder(type, 'n').where('n.rowId = :rowId', { rowId }), ctx.db).getOne();
  if (!row || !(await canRead(ctx, row))) throw new DomainError(UserErrorCode.NOT_FOUND, `No such ${what}.`, ['input', field]);
  return row;
}

/** lockRow for the global id the caller sent in `input.<field>`; an id of another type is BAD_USER_INPUT. */
export function lockNode<E extends NodeEntity>(ctx: RequestContext, type: NodeClass<E>, globalId: string, field: string, canRead: CanRead<E>, what: string): Promise<E> {
  return lockRow(ctx, type, expectGlobalId(globalId, type.typename, field), field, canRead, what);
}
