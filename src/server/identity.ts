import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { Body } from '../domains/bodies/body.entities';
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

// Codes never change and bodies are not deleted, so the body behind a token's code is cached
// briefly: one statement less on every authenticated request.
const BODY_TTL_MS = 60_000;
type ActingBodyRow = Pick<Body, 'rowId' | 'code' | 'level' | 'kind' | 'parentId'>;
const caches = new WeakMap<EntityManager, Map<string, { body: ActingBodyRow; at: number }>>();

async function actingBody(em: EntityManager, code: string): Promise<ActingBodyRow | null> {
  let bodyCache = caches.get(em);
  if (!bodyCache) caches.set(em, (bodyCache = new Map()));
  const hit = bodyCache.get(code);
  if (hit && Date.now() - hit.at < BODY_TTL_MS) return hit.body;
  const body = await em.findOne(Body, { where: { code }, select: { rowId: true, code: true, level: true, kind: true, parentId: true } });
  if (body) {
    if (bodyCache.size > 20_000) bodyCache.clear();
    bodyCache.set(code, { body, at: Date.now() });
  }
  return body;
}

/**
 * Turns a bearer token into the acting body and roles. No token: the public (null). A bad,
 * expired or unknown-body token: TokenError, which the edges turn into UNAUTHENTICATED / 4401.
 */
export async function resolveActor(verifier: TokenVerifier, em: EntityManager, header: unknown): Promise<Actor | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const claims = await verifier.verify(token);
  const body = await actingBody(em, claims.body);
  if (!body) throw new TokenError(`token names body "${claims.body}", which does not exist`);
  return {
    accountId: claims.sub,
    body: { rowId: body.rowId, code: body.code, level: body.level, kind: body.kind, parentId: body.parentId },
    roles: new Set(claims.roles),
    expiresAt: claims.exp,
  };
}
