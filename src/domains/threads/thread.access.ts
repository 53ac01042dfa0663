import type { RequestContext } from '../../platform/context';
import { BodyKind } from '../bodies/body.enums';
import { actorJurisdictionId, canSee, isWithin } from '../bodies/jurisdiction';
import { CoordinationThread } from './thread.entities';
import { participantIds } from './thread.loaders';

// Who may read a thread (DOMAIN §4, §8): its participants, the bodies above a participant in the
// tree, the body that opened it (what it issued), and discipline inspectors whose jurisdiction
// covers a participant. Nobody else, on any path: node(id:), Body.threads, nested fields,
// threadActivity and every mutation go through here.

/** Bodies that coordinate others: a government its subtree, a leading or special group its government's. */
const COORDINATING: string[] = [BodyKind.GOVERNMENT, BodyKind.LEADING_GROUP, BodyKind.SPECIAL_GROUP];

function isInspector(ctx: RequestContext): boolean {
  return ctx.actor?.body.kind === BodyKind.DISCIPLINE_INSPECTION;
}

export async function canReadThread(ctx: RequestContext, thread: CoordinationThread): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  if (thread.openedById === actor.body.rowId) return true;
  const participants = await participantIds(ctx).load(thread.rowId);
  const above = await Promise.all(participants.map((p) => isWithin(ctx, actor.body.rowId, p, true)));
  if (above.some(Boolean)) return true;
  if (!isInspector(ctx)) return false;
  return (await Promise.all(participants.map((p) => canSee(ctx, p)))).some(Boolean);
}

/** The condition (plain SQL, thread aliased `t`) that keeps the threads the caller may read, for lists. */
export function readableSql(ctx: RequestContext): { sql: string; params: Record<string, unknown> } {
  const roots = [ctx.actor!.body.rowId];
  if (isInspector(ctx)) roots.push(actorJurisdictionId(ctx)!);
  return {
    sql: `(t.opened_by_id = :readerBody OR EXISTS (SELECT 1 FROM thread_participant rp JOIN body_ancestry ra ON ra.descendant_id = rp.body_id
            WHERE rp.thread_id = t.id AND ra.ancestor_id IN (:...readerRoots)))`,
    params: { readerRoots: roots, readerBody: ctx.actor!.body.rowId },
  };
}

/** The caller's body coordinates this body: it is a government or group whose jurisdiction covers it. */
export async function coordinates(ctx: RequestContext, bodyId: string): Promise<boolean> {
  const body = ctx.actor?.body;
  if (!body || !COORDINATING.includes(body.kind)) return false;
  return isWithin(ctx, actorJurisdictionId(ctx)!, bodyId, true);
}
