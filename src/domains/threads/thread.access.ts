import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { BodyAncestry } from '../bodies/body.entities';
import { BodyKind } from '../bodies/body.enums';
import { actorJurisdictionId, canSee, isWithin } from '../bodies/jurisdiction';
import { CoordinationThread, ThreadParticipant } from './thread.entities';
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

/** Restricts a thread query (alias `t`) to the threads the caller may read, in SQL, for lists. */
export function whereReadable(ctx: RequestContext, qb: SelectQueryBuilder<CoordinationThread>): void {
  const roots = [ctx.actor!.body.rowId];
  if (isInspector(ctx)) roots.push(actorJurisdictionId(ctx)!);
  qb.andWhere((outer) => {
    const sub = outer
      .subQuery()
      .select('1')
      .from(ThreadParticipant, 'rp')
      .innerJoin(BodyAncestry, 'ra', 'ra.descendantId = rp.bodyId')
      .where('rp.threadId = t.rowId')
      .andWhere('ra.ancestorId IN (:...readerRoots)');
    return `(t.openedById = :readerBody OR EXISTS ${sub.getQuery()})`;
  });
  qb.setParameters({ readerRoots: roots, readerBody: ctx.actor!.body.rowId });
}

/** The caller's body coordinates this body: it is a government or group whose jurisdiction covers it. */
export async function coordinates(ctx: RequestContext, bodyId: string): Promise<boolean> {
  const body = ctx.actor?.body;
  if (!body || !COORDINATING.includes(body.kind)) return false;
  return isWithin(ctx, actorJurisdictionId(ctx)!, bodyId, true);
}
