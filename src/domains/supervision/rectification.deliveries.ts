import type { RequestContext } from '../../platform/context';
import { onHubEvent } from '../../platform/events/relay';
import type { InboxChanged } from '../channels/channel.events';
import { deliveryStream, encodeDeliveryCursor } from '../channels/deliveries';
import { RectificationOrder } from './supervision.entities';

declare module '../../platform/pubsub' {
  interface HubTopics {
    /** Something new among the orders addressed to a body (key: body row id): its rectificationOrderReceived streams read it. */
    rectification: [bodyId: string, InboxChanged];
  }
}

export interface RectificationDeliveryData {
  seq: number;
  cursor: string;
  order: RectificationOrder;
}

// Orders are stored with their per-addressee seq; the relay only wakes the addressee's streams.
onHubEvent('RectificationOrdered', (e, pubsub) => e.recipientBodyIds.forEach((id) => pubsub.publish('rectification', id, { eventSeq: e.seq })));

const toDelivery = (order: RectificationOrder): RectificationDeliveryData => ({ seq: order.seq, cursor: encodeDeliveryCursor(order.seq), order });

/** rectificationOrderReceived(after): orders addressed to the caller's body, replayed from `after`, then live. */
export function rectificationDeliveries(ctx: RequestContext, after: number | null): AsyncGenerator<RectificationDeliveryData> {
  const addresseeId = ctx.actor!.body.rowId;
  return deliveryStream<RectificationDeliveryData>(ctx, 'rectification', addresseeId, after, async (afterSeq, limit) => {
    const orders = await ctx.em
      .createQueryBuilder(RectificationOrder, 'o')
      .where('o.addresseeId = :id AND o.seq > :after', { id: addresseeId, after: afterSeq })
      .orderBy('o.seq', 'ASC')
      .limit(limit)
      .getMany();
    return orders.map(toDelivery);
  });
}
