import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { Body } from '../domains/bodies/body.entity';
import type { Actor } from '../platform/auth/actor';
import { TokenError, TokenVerifier } from '../platform/auth/tokens';

export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Extracts the token of an `Authorization: Bearer <jwt>` value; undefined when absent. */
export function bearerToken(header: unknown): string | undefined {
  if (header === undefined || header === null || header === '') return undefined;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new TokenError('Authorization must be "Bearer <token>"');
  return match[1];
}

/**
 * Turns a bearer token into the acting body and roles. No token: the public (null). A bad,
 * expired or unknown-body token: TokenError, which the edges turn into UNAUTHENTICATED / 4401.
 */
export async function resolveActor(verifier: TokenVerifier, em: EntityManager, header: unknown): Promise<Actor | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const claims = await verifier.verify(token);
  const body = await em.findOne(Body, { where: { code: claims.body }, select: { rowId: true, code: true, level: true, kind: true, parentId: true } });
  if (!body) throw new TokenError(`token names body "${claims.body}", which does not exist`);
  return {
    accountId: claims.sub,
    body: { rowId: body.rowId, code: body.code, level: body.level, kind: body.kind, parentId: body.parentId },
    roles: new Set(claims.roles),
    expiresAt: claims.exp,
  };
}
