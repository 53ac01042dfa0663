import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { forbidden, unauthenticated } from '../../platform/errors/api-errors';
import { BodyAncestry } from './body.entities';

// The one place that answers "is this body in that one's jurisdiction?". Every domain's
// object-level checks go through here.

const ANCESTORS = Symbol('body.ancestors');

/** Ancestor ids of a body, nearest first, itself excluded. Batched per request. */
export function ancestorIds(ctx: RequestContext): DataLoader<string, string[]> {
  return ctx.loaders.get(ANCESTORS, () => {
    return new DataLoader<string, string[]>(async (ids) => {
      const rows = await ctx.em.find(BodyAncestry, { where: { descendantId: In([...ids]) } });
      const map = new Map<string, BodyAncestry[]>(ids.map((id) => [id, []]));
      for (const r of rows) if (r.depth > 0) map.get(r.descendantId)?.push(r);
      return ids.map((id) => map.get(id)!.sort((a, b) => a.depth - b.depth).map((r) => r.ancestorId));
    });
  });
}

/** Whether `descendantId` lies in the subtree of `ancestorId`; `orSelf` counts the body itself. */
export async function isWithin(ctx: RequestContext, ancestorId: string, descendantId: string, orSelf = false): Promise<boolean> {
  if (ancestorId === descendantId) return orSelf;
  return (await ancestorIds(ctx).load(descendantId)).includes(ancestorId);
}

/** FORBIDDEN unless the acting body is the body itself or above it. */
export async function assertActorReaches(ctx: RequestContext, bodyId: string, what: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor || !(await isWithin(ctx, actor.body.rowId, bodyId, true))) {
    throw forbidden(`${what} lies outside the jurisdiction of the acting body.`);
  }
}

/**
 * The root of what the caller may read: its government's subtree. A department acts inside its
 * government's jurisdiction (a provincial finance department reads the province's delegations).
 */
export function actorJurisdictionId(ctx: RequestContext): string | null {
  const body = ctx.actor?.body;
  if (!body) return null;
  return body.kind === 'GOVERNMENT' || !body.parentId ? body.rowId : body.parentId;
}

/** Whether the caller's jurisdiction covers this body. The public covers nothing. */
export async function canSee(ctx: RequestContext, bodyId: string): Promise<boolean> {
  const root = actorJurisdictionId(ctx);
  return !!root && isWithin(ctx, root, bodyId, true);
}

export async function assertCanSee(ctx: RequestContext, bodyId: string, what: string): Promise<void> {
  if (!ctx.actor) throw unauthenticated();
  if (!(await canSee(ctx, bodyId))) throw forbidden(`${what} lies outside the jurisdiction of the acting body.`);
}
