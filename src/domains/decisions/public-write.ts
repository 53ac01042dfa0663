import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../platform/context';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { rateLimitedError } from '../../platform/rate-limit';
import { SubmitterType } from './decision.enums';

// What the public may write without a token (comments in a consultation, suggestions): limited in
// size, rate-limited per client address and per target through the hub's shared limiter, and held
// for moderation. Contact data is validated here and stored sealed; no GraphQL field reads it.

export const MAX_PUBLIC_TEXT = 5000;

/** Charges one public write to the caller's address and to the target; a spent budget is RATE_LIMITED. */
export async function chargePublicWrite(ctx: RequestContext, target: string): Promise<void> {
  const limits = ctx.publicWriteLimits;
  if (!ctx.rateLimiter || !limits) return;
  const keys: { key: string; limit: number }[] = [];
  if (limits.perAddress > 0) keys.push({ key: `public-write:address:${ctx.clientKey ?? 'unknown'}`, limit: limits.perAddress });
  if (limits.perTarget > 0) keys.push({ key: `public-write:target:${target}`, limit: limits.perTarget });
  if (!keys.length) return;
  const { ok, budget } = await ctx.rateLimiter.charge(keys, 1);
  if (!ok) throw rateLimitedError(budget, false);
}

export interface PublicText {
  text: string;
  submitterType: SubmitterType;
  displayName: string | null;
  contact: string | null;
}

function bounded(value: string | null | undefined, field: string, min: number, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed && min === 0) return null;
  if (trimmed.length < Math.max(min, 1) || trimmed.length > max) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `${field} must be ${Math.max(min, 1)} to ${max} characters.`, ['input', field]);
  return trimmed;
}

export function publicText(data: { text: string; submitterType?: SubmitterType | null; displayName?: string | null; contact?: string | null }): PublicText {
  return {
    text: bounded(data.text, 'text', 1, MAX_PUBLIC_TEXT)!,
    submitterType: data.submitterType ?? SubmitterType.ANONYMOUS,
    displayName: bounded(data.displayName, 'displayName', 0, 100),
    contact: bounded(data.contact, 'contact', 0, 200),
  };
}

/** A tracking number for the submitter: prefix and 12 characters of Crockford base32. */
export function trackingNumber(prefix: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(12);
  return `${prefix}-${[...bytes].map((b) => alphabet[b & 31]).join('')}`;
}
