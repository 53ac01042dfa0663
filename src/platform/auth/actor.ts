import type { Role } from './roles';

/** The body an authenticated caller acts for, as much of it as authorization needs. */
export interface ActingBody {
  rowId: string;
  code: string;
  level: string;
  kind: string;
  parentId: string | null;
}

/** Who is asking: the account from `sub`, its body from `body`, its roles from `roles`. */
export interface Actor {
  accountId: string;
  body: ActingBody;
  roles: ReadonlySet<Role>;
  /** Expiry of the token (ms since epoch), used to end subscriptions when it passes. */
  expiresAt: number | null;
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && roles.some((r) => actor.roles.has(r));
}
