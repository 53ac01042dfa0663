import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Every business refusal the hub can answer with. One enum for the whole schema so integrators can
 * switch over it exhaustively; grouped by the domain that raises it.
 */
export enum UserErrorCode {
  // any domain
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  // bodies
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  INVALID_PARENT = 'INVALID_PARENT',
  LEVEL_MISMATCH = 'LEVEL_MISMATCH',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Machine-readable reason a mutation was refused. The request changed nothing.',
  valuesConfig: {
    VALIDATION_FAILED: { description: 'A value is well-formed but breaks a rule (length, range, format).' },
    NOT_FOUND: { description: 'A referenced object does not exist or is not visible to the caller.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was already used for a different request.' },
    DUPLICATE_CODE: { description: 'Another object already has this code.' },
    INVALID_PARENT: { description: 'The parent does not fit the hierarchy (wrong level, kind, or a cycle).' },
    LEVEL_MISMATCH: { description: 'The level does not fit the body kind or its parent.' },
  },
});

@ObjectType({ description: 'Why a mutation was refused. A refused mutation changes nothing.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to the caller.' })
  message: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "code"].' })
  field?: string[] | null;
}

/**
 * Thrown by services for an expected business refusal. The mutation edge catches it, rolls the
 * transaction back and answers with `userErrors`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field ?? null };
  }
}
