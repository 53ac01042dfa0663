import { Authorized, registerEnumType } from 'type-graphql';

/** Roles inside a body: reading, drafting, signing are separate; ADMIN manages the body tree. */
export enum Role {
  VIEWER = 'VIEWER',
  OFFICER = 'OFFICER',
  LEAD = 'LEAD',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role an account holds inside its acting body.',
  valuesConfig: {
    VIEWER: { description: 'Reads what the body may see.' },
    OFFICER: { description: 'Drafts: submits feedback, acknowledges, proposes delegations.' },
    LEAD: { description: 'Signs: issues directives, signs delegations, leads threads.' },
    ADMIN: { description: 'Administers the body tree below the acting body.' },
  },
});

export const ALL_ROLES = Object.values(Role);

// Access markers understood by the auth checker. Every operation declares one of these, even public
// ones; a test fails when a root field declares nothing.
export const PUBLIC = 'PUBLIC';
export const AUTHENTICATED = 'AUTHENTICATED';

/** Anyone, including callers without a token (they see only what is public). */
export const Public = () => Authorized(PUBLIC);
/** Any caller with a valid token, whatever its roles. */
export const Authenticated = () => Authorized(AUTHENTICATED);
/** A caller holding at least one of the roles in its acting body. */
export const RequireRole = (...roles: Role[]) => Authorized(...roles);
