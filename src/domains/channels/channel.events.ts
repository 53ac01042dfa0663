import { IsNull } from 'typeorm';
import { addressedThrough } from '../../platform/events/outbox';
import { onHubEvent } from '../../platform/events/relay';
import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { Directive, Receipt } from './channel.entities';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** A directive was issued to its recipients (scope: the issuer; recipients addressed). */
    DirectiveIssued: { directiveId: string };
    /** A new version of a directive was issued to the recipients of the previous one. */
    DirectiveRevised: { directiveId: string; supersedesId: string };
    /** Feedback was submitted upward (scope: the sender; the recipient addressed). */
    FeedbackSubmitted: { feedbackId: string };
    /** `acknowledgeBy` passed with recipients that had not acknowledged (they are addressed). */
    DirectiveAcknowledgementOverdue: { directiveId: string };
    /** A recipient first opened a directive (scope: the recipient; the issuer addressed). */
    ReceiptRead: { receiptId: string; directiveId: string };
    /** A recipient acknowledged a directive (scope: the recipient; the issuer addressed). */
    DirectiveAcknowledged: { receiptId: string; directiveId: string };
    /** The recipient of feedback answered it (scope: the answering body; the sender addressed). */
    FeedbackAnswered: { feedbackId: string };
  }
}

declare module '../../platform/pubsub' {
  interface HubTopics {
    /** Something new in a body's directive inbox (key: body row id): its directiveIssued streams read it. */
    directive: [bodyId: string, InboxChanged];
    /** Something new in a body's feedback inbox (key: body row id). */
    feedback: [bodyId: string, InboxChanged];
  }
}

/** The event that changed an inbox; the stream reads the inbox itself. */
export interface InboxChanged {
  eventSeq: number;
}

// Deliveries are stored with the directive; the relay only wakes the recipients' streams.
onHubEvent('DirectiveIssued', (e, pubsub) => e.recipientBodyIds.forEach((id) => pubsub.publish('directive', id, { eventSeq: e.seq })));
onHubEvent('DirectiveRevised', (e, pubsub) => e.recipientBodyIds.forEach((id) => pubsub.publish('directive', id, { eventSeq: e.seq })));
// A directive's recipients are exactly its receipts: the event log keeps no row per recipient.
const RECEIPT_AUDIENCE = { table: 'receipt', subjectColumn: 'directive_id', bodyColumn: 'recipient_id' };
addressedThrough('DirectiveIssued', RECEIPT_AUDIENCE);
addressedThrough('DirectiveRevised', RECEIPT_AUDIENCE);
onHubEvent('FeedbackSubmitted', (e, pubsub) => e.recipientBodyIds.forEach((id) => pubsub.publish('feedback', id, { eventSeq: e.seq })));

export const ACK_DEADLINE = 'DirectiveAcknowledgementDue';

export const ackDeadlineKey = (directiveId: string) => `directive-ack:${directiveId}`;

// When acknowledgeBy passes: an event naming the recipients still pending. `overdue` counts stay
// derived at read time (acknowledgementSummary), so a late run never makes a read wrong.
registerDeadlineHandler<{ directiveId: string }>(ACK_DEADLINE, async (tx, { directiveId }) => {
  const directive = await tx.em.findOne(Directive, { where: { rowId: directiveId } });
  if (!directive) return;
  const pending = await tx.em.find(Receipt, { where: { directiveId, acknowledgedAt: IsNull() }, select: { recipientId: true } });
  if (pending.length === 0) return;
  await tx.events.emit(
    'DirectiveAcknowledgementOverdue',
    { directiveId },
    { subjectType: Directive.typename, subjectId: directiveId, bodyId: directive.issuerId, recipientBodyIds: pending.map((r) => r.recipientId) },
  );
});
