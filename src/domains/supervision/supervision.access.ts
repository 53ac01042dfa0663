import type { RequestContext } from '../../platform/context';
import { Role } from '../../platform/auth/roles';
import { hasRole } from '../../platform/auth/actor';
import { canSee } from '../bodies/jurisdiction';
import { isEligibleDecider } from '../tolerance/tolerance.service';
import { Body } from '../bodies/body.entities';
import { DisciplineReferral, Finding, Inspection, RectificationOrder } from './supervision.entities';
import { memberIds, subjectIds } from './supervision.loaders';

// Who may read what (CHAIN.md §3.4, DOMAIN.md §8): an inspection is read by the lead's jurisdiction,
// its group members and the subjects' jurisdictions; a finding by the lead's side and the
// finding subject's jurisdiction; an order by the issuer's and the addressee's jurisdictions.
// Discipline referrals only by the deciders of the fault-tolerance domain and the subject's LEADs.

export async function isOnInspectionSide(ctx: RequestContext, i: Inspection): Promise<boolean> {
  if (!ctx.actor) return false;
  if (await canSee(ctx, i.leadId)) return true;
  return (await memberIds(ctx).load(i.rowId)).includes(ctx.actor.body.rowId);
}

export async function canReadInspection(ctx: RequestContext, i: Inspection): Promise<boolean> {
  if (!ctx.actor) return false;
  if (await isOnInspectionSide(ctx, i)) return true;
  const subjects = await subjectIds(ctx).load(i.rowId);
  return (await Promise.all(subjects.map((s) => canSee(ctx, s)))).some(Boolean);
}

export async function canReadFinding(ctx: RequestContext, i: Inspection, f: Finding): Promise<boolean> {
  if (!ctx.actor) return false;
  return (await isOnInspectionSide(ctx, i)) || canSee(ctx, f.subjectId);
}

export async function canReadOrder(ctx: RequestContext, o: RectificationOrder): Promise<boolean> {
  if (!ctx.actor) return false;
  return (await canSee(ctx, o.issuerId)) || canSee(ctx, o.addresseeId);
}

export async function canReadReferral(ctx: RequestContext, subject: Body, _r: DisciplineReferral): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  if (actor.body.rowId === subject.rowId && hasRole(actor, Role.LEAD)) return true;
  return isEligibleDecider(ctx, subject.governmentId);
}
