import { DomainError, UserErrorCode } from './errors/user-error';

// Input checks every service shares: a refusal names the input field it is about.

/** Refuses the mutation with a business error on `input.<field>`. */
export function refuse(code: UserErrorCode, message: string, field?: string): never {
  throw new DomainError(code, message, field ? ['input', field] : undefined);
}

/** Trimmed text of min to max characters. */
export function text(value: string | null | undefined, name: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) refuse(UserErrorCode.VALIDATION_FAILED, `${name} must be ${min} to ${max} characters.`, name);
  return trimmed;
}

/** Trimmed text of at most max characters, or null when empty. */
export function optionalText(value: string | null | undefined, name: string, max: number): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > max) refuse(UserErrorCode.VALIDATION_FAILED, `${name} must be at most ${max} characters.`, name);
  return trimmed;
}
