import type { RequestContext } from '../../platform/context';
import { deliveryStream, encodeDeliveryCursor } from '../channels/deliveries';
import { RectificationOrder } from './supervision.entities';

/** What an order delivery carries across pub/sub: JSON only, so it survives Redis. */
interface OrderEvent {
  seq: number;
  order: Record<string, unknown>;
}

export interface RectificationDeliveryData {
  seq: number;
  cursor: string;
  order: RectificationOrder;
}

const DATE_FIELDS = ['deadline', 'acknowledgedAt', 'planSubmittedAt', 'verifiedAt', 'escalatedAt', 'issuedAt'];

function revive(plain: Record<string, unknown>): RectificationOrder {
  const out = Object.assign(new RectificationOrder(), plain) as unknown as Record<string, unknown>;
  for (const f of DATE_FIELDS) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
  return out as unknown as RectificationOrder;
}

const toDelivery = (order: RectificationOrder): RectificationDeliveryData => ({ seq: order.seq, cursor: encodeDeliveryCursor(order.seq), order });

/** After commit: the order on its addressee's topic. */
export function publishRectificationOrder(ctx: RequestContext, order: RectificationOrder): void {
  const event: OrderEvent = { seq: order.seq, order: JSON.parse(JSON.stringify(order)) };
  ctx.pubsub.publish('rectification', order.addresseeId, event);
}

/** rectificationOrderReceived(after): orders addressed to the caller's body, replayed from `after`, then live. */
export function rectificationDeliveries(ctx: RequestContext, after: number | null): AsyncGenerator<RectificationDeliveryData> {
  const addresseeId = ctx.actor!.body.rowId;
  return deliveryStream<OrderEvent, RectificationDeliveryData>(
    ctx,
    'rectification',
    addresseeId,
    after,
    (e) => toDelivery(revive(e.order)),
    async (afterSeq, limit) => {
      const orders = await ctx.em
        .createQueryBuilder(RectificationOrder, 'o')
        .where('o.addresseeId = :id AND o.seq > :after', { id: addresseeId, after: afterSeq })
        .orderBy('o.seq', 'ASC')
        .limit(limit)
        .getMany();
      return orders.map(toDelivery);
    },
  );
}
