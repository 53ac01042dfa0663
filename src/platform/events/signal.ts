import type { RequestContext } from '../context';
import type { HubPubSub } from '../pubsub';
import { resumableStream, subscriberLimits } from '../resumable-stream';
import type { HubEventEnvelope } from './event-map';
import { lastSeq } from './relay';

/**
 * The hub's event topic as a wake-up signal for a resumable stream: the committed events `wanted`
 * accepts (others are skipped), until the stream is closed. What to deliver is then read from the
 * log with the subscriber's rights.
 */
export function eventSignal(pubsub: HubPubSub, wanted: (event: HubEventEnvelope) => boolean): AsyncIterable<HubEventEnvelope> {
  const source = pubsub.subscribe('hub.event') as AsyncIterable<HubEventEnvelope>;
  return {
    [Symbol.asyncIterator]() {
      const it = source[Symbol.asyncIterator]();
      return {
        async next(): Promise<IteratorResult<HubEventEnvelope>> {
          for (;;) {
            const r = await it.next();
            if (r.done || wanted(r.value)) return r;
          }
        },
        async return(): Promise<IteratorResult<HubEventEnvelope>> {
          await it.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/**
 * A subscriber's stream over the hub-wide event log, resumable from `after` (a log seq): woken by
 * the events `wanted` accepts, it reads the log after the last delivery with `load`, which returns
 * each entry's delivery, or null where the subscriber may not see it.
 */
export async function* eventLogStream<D>(
  ctx: RequestContext,
  after: number | null,
  wanted: (event: HubEventEnvelope) => boolean,
  load: (afterSeq: number, limit: number) => Promise<{ seq: number; delivery: D | null }[]>,
): AsyncGenerator<D> {
  const stream = resumableStream({ live: eventSignal(ctx.pubsub, wanted), after, currentMax: () => lastSeq(ctx.db), loadAfter: load, ...subscriberLimits(ctx) });
  for await (const item of stream) if (item.delivery) yield item.delivery;
}
