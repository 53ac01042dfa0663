import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { Body } from '../bodies/body.entities';
import { Inspection, RectificationOrder } from './supervision.entities';
import { RectificationStatus } from './supervision.enums';
import { memberIds, subjectIds } from './supervision.loaders';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** An inspection was planned, its group or status changed (scope: the lead; subjects and members addressed). */
    InspectionChanged: { inspectionId: string; change: string };
    /** A finding was recorded (scope: the lead; the finding's subject addressed). */
    FindingRecorded: { findingId: string };
    /** A rectification order was issued (scope: the issuer; the addressee addressed). */
    RectificationOrdered: { orderId: string };
    /** The deadline of an order passed unverified: escalated to the body above the addressee, once. */
    RectificationOverdue: { orderId: string };
    /** The issuer verified a completion report, accepting or rejecting it. */
    RectificationVerified: { orderId: string; accepted: boolean };
  }
}

export async function emitInspectionChanged(tx: RequestContext, i: Inspection, change: string): Promise<void> {
  subjectIds(tx).clear(i.rowId);
  memberIds(tx).clear(i.rowId);
  const recipients = [...(await subjectIds(tx).load(i.rowId)), ...(await memberIds(tx).load(i.rowId))];
  await tx.events.emit('InspectionChanged', { inspectionId: i.rowId, change }, { subjectType: Inspection.typename, subjectId: i.rowId, bodyId: i.leadId, recipientBodyIds: recipients });
}

export const RECTIFICATION_DUE = 'RectificationDue';
export const rectificationDueKey = (orderId: string) => `rectification-due:${orderId}`;

// When the deadline passes unverified, the order is escalated to the body above the addressee —
// once: escalatedAt guards a late or repeated run. `overdue` itself stays derived at read time.
export async function escalateIfOverdue(tx: RequestContext, orderId: string): Promise<void> {
  const order = await tx.em.findOne(RectificationOrder, { where: { rowId: orderId } });
  if (!order || order.status === RectificationStatus.VERIFIED || order.escalatedAt || order.deadline.getTime() > Date.now()) return;
  const addressee = await tx.em.findOneOrFail(Body, { where: { rowId: order.addresseeId } });
  const escalatedAt = new Date();
  await tx.em.update(RectificationOrder, { rowId: orderId }, { escalatedAt, escalatedToId: addressee.parentId });
  await tx.events.emit(
    'RectificationOverdue',
    { orderId },
    {
      subjectType: RectificationOrder.typename,
      subjectId: orderId,
      bodyId: order.issuerId,
      recipientBodyIds: [order.addresseeId, ...(addressee.parentId ? [addressee.parentId] : [])],
      actorBodyId: order.issuerId,
    },
  );
  await recordAudit(tx, { action: 'rectification.escalate', targetType: RectificationOrder.typename, targetId: orderId, details: { to: addressee.parentId } });
}

registerDeadlineHandler<{ orderId: string }>(RECTIFICATION_DUE, (tx, { orderId }) => escalateIfOverdue(tx, orderId));
