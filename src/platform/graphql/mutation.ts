import { Field, ObjectType } from 'type-graphql';
import { inTransaction, RequestContext } from '../context';
import { DomainError, UserError } from '../errors/user-error';

/** Base of every `<Name>Payload`; subclasses inherit the field. Not reachable, so not emitted. */
@ObjectType({ description: 'Base of mutation payloads.' })
export abstract class MutationPayload {
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded. A refusal changes nothing.' })
  userErrors: UserError[];
}

/**
 * The mutation edge: runs the change in one transaction; a DomainError rolls it back and becomes
 * `userErrors`, anything else propagates (and is masked by the server).
 */
export async function runMutation<T extends object>(
  ctx: RequestContext,
  change: (tx: RequestContext) => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    const result = await inTransaction(ctx, change);
    return { ...result, userErrors: [] };
  } catch (err) {
    if (err instanceof DomainError) {
      ctx.log.info({ code: err.code, reason: err.message }, 'mutation refused');
      return { userErrors: [err.toUserError()] } as Partial<T> & { userErrors: UserError[] };
    }
    throw err;
  }
}
