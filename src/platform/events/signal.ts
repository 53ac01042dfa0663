import type { HubPubSub } from '../pubsub';
import type { HubEventEnvelope } from './event-map';

/**
 * The hub's event topic as a wake-up signal for a resumable stream: the committed events `pick`
 * maps to something (others are skipped), until the stream is closed. What to deliver is then read
 * from the log with the subscriber's rights.
 */
export function eventSignal<T>(pubsub: HubPubSub, pick: (event: HubEventEnvelope) => T | undefined): AsyncIterable<T> {
  const source = pubsub.subscribe('hub.event') as AsyncIterable<HubEventEnvelope>;
  return {
    [Symbol.asyncIterator]() {
      const it = source[Symbol.asyncIterator]();
      return {
        async next(): Promise<IteratorResult<T>> {
          for (;;) {
            const r = await it.next();
            if (r.done) return { done: true, value: undefined };
            const picked = pick(r.value);
            if (picked !== undefined) return { done: false, value: picked };
          }
        },
        async return(): Promise<IteratorResult<T>> {
          await it.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
