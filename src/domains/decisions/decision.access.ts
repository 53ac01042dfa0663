import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { BodyAncestry } from '../bodies/body.entities';
import { actorJurisdictionId, canSee } from '../bodies/jurisdiction';
import { ReformDecision } from './decision.entities';
import { DecisionStatus, OPEN_DECISION_STATUSES } from './decision.enums';

// Who may read a decision (DOMAIN §5, §7, §8): everyone once it is published (a public decision
// whose consultation opened, or which was adopted); otherwise the jurisdictions of its decision
// maker and its drafter. node(id:), lists, nested fields and every mutation go through here.

export async function canReadDecision(ctx: RequestContext, d: ReformDecision): Promise<boolean> {
  if (d.publishedAt) return true;
  if (!ctx.actor) return false;
  return (await canSee(ctx, d.decisionMakerId)) || (await canSee(ctx, d.drafterId));
}

/** Restricts a decision query (alias `d`) to what the caller may read, in SQL. */
export function whereReadable(ctx: RequestContext, qb: SelectQueryBuilder<ReformDecision>): void {
  const root = actorJurisdictionId(ctx);
  if (!root) {
    qb.andWhere('d.publishedAt IS NOT NULL');
    return;
  }
  qb.andWhere((outer) => {
    const under = (column: string, alias: string) =>
      outer.subQuery().select('1').from(BodyAncestry, alias).where(`${alias}.descendantId = ${column}`).andWhere(`${alias}.ancestorId = :readerRoot`).getQuery();
    return `(d.publishedAt IS NOT NULL OR EXISTS ${under('d.decisionMakerId', 'ram')} OR EXISTS ${under('d.drafterId', 'rad')})`;
  });
  qb.setParameter('readerRoot', root);
}

/** The decision, locked for the change; NOT_FOUND when it does not exist or the caller may not read it. */
export function lockDecision(ctx: RequestContext, decisionId: string, field = 'decisionId'): Promise<ReformDecision> {
  return lockNode(ctx, ReformDecision, decisionId, field, canReadDecision, 'decision');
}

/** The organizers of the procedure: the drafter and the decision maker. */
export function assertOrganizer(ctx: RequestContext, d: ReformDecision, what: string): void {
  const body = ctx.actor!.body.rowId;
  if (body !== d.drafterId && body !== d.decisionMakerId) throw forbidden(`Only the drafter or the decision maker ${what}.`);
}

/** The decision, locked for a procedure step only its organizers take (in this order: found, in procedure, organizer). */
export async function lockForOrganizer(ctx: RequestContext, decisionId: string, what: string): Promise<ReformDecision> {
  const d = await lockDecision(ctx, decisionId);
  assertInProcedure(d);
  assertOrganizer(ctx, d, what);
  return d;
}

export function assertDrafter(ctx: RequestContext, d: ReformDecision, what: string): void {
  if (ctx.actor!.body.rowId !== d.drafterId) throw forbidden(`Only the drafting body ${what}.`);
}

export function assertDecisionMaker(ctx: RequestContext, d: ReformDecision, what: string): void {
  if (ctx.actor!.body.rowId !== d.decisionMakerId) throw forbidden(`Only the decision maker ${what}.`);
}

/** An adopted decision never changes; other closed ones take no further steps either. */
export function assertInProcedure(d: ReformDecision): void {
  if (d.status === DecisionStatus.ADOPTED) {
    throw new DomainError(UserErrorCode.DECISION_IMMUTABLE, `${d.reference} is adopted and immutable; change it with reconsiderDecision.`, ['input', 'decisionId']);
  }
  if (!OPEN_DECISION_STATUSES.includes(d.status)) {
    throw new DomainError(UserErrorCode.INVALID_STATE, `${d.reference} is ${d.status}.`, ['input', 'decisionId']);
  }
}
