import { IsNull } from 'typeorm';
import type { Database } from '../../platform/database/data-source';
import { rawRows } from '../../platform/database/raw';
import { readCommitted } from '../../platform/database/transaction';
import type { HubEventEnvelope } from '../../platform/events/event-map';
import { addressedThrough } from '../../platform/events/outbox';
import { onHubEvent } from '../../platform/events/relay';
import type { HubPubSub } from '../../platform/pubsub';
import type { Sequenced } from '../../platform/resumable-stream';
import { listeningBodies, RECEIPT_ROW_COLUMNS, ReceiptRow, receiptFromRow, toDelivery } from './deliveries';
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

/** The event that changed an inbox; the stream reads the inbox itself unless `delivery` comes with it. */
export interface InboxChanged {
  eventSeq: number;
  /** The recipient's delivery, read once by the relay for every recipient listening here. */
  delivery?: Sequenced;
}

const RECEIPT_AUDIENCE = { table: 'receipt', subjectColumn: 'directive_id', bodyColumn: 'recipient_id' };

/**
 * Deliveries are stored with the directive. For the recipients with a stream open on this
 * instance the relay reads them in one statement (the directive once, their receipts) and hands
 * each its own; thousands of subscribers then need no read each.
 */
async function wakeDirectiveRecipients(e: HubEventEnvelope<'DirectiveIssued' | 'DirectiveRevised'>, pubsub: HubPubSub, db: Database): Promise<void> {
  const listening = listeningBodies(pubsub, 'directive', e.recipientBodyIds);
  const carried = new Map<string, Sequenced>();
  if (listening.length) {
    await readCommitted(db, async () => {
      const em = db.background;
      const directive = await em.findOne(Directive, { where: { rowId: e.payload.directiveId } });
      if (!directive) return;
      // Past a few hundred listeners, one range read of the directive's receipts beats a list of ids.
      const only = listening.length <= 500 ? ' AND r.recipient_id IN (:...ids)' : '';
      const rows = await rawRows<ReceiptRow>(em, `SELECT ${RECEIPT_ROW_COLUMNS} FROM receipt r WHERE r.directive_id = :id${only}`, { id: directive.rowId, ids: listening });
      for (const row of rows) {
        const receipt = receiptFromRow(row, directive);
        carried.set(receipt.recipientId, toDelivery(directive, receipt));
      }
    }).catch(() => carried.clear()); // the database is away: bare signals, each stream reads when it can
  }
  // In slices, with a turn of the event loop before each: the issuer's answer and the sockets'
  // writes go out while thousands of deliveries are executed, not after all of them.
  for (let i = 0; i < e.recipientBodyIds.length; i += PUBLISH_SLICE) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const id of e.recipientBodyIds.slice(i, i + PUBLISH_SLICE)) pubsub.publish('directive', id, { eventSeq: e.seq, delivery: carried.get(id) });
  }
}

const PUBLISH_SLICE = 256;

onHubEvent('DirectiveIssued', wakeDirectiveRecipients);
onHubEvent('DirectiveRevised', wakeDirectiveRecipients);

// A directive's recipients are exactly its receipts: the event log keeps no row per recipient.
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
