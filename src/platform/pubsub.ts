import type { HubEventEnvelope } from './events/event-map';

/**
 * The topics of the hub's in-process pub/sub: topic → [routing key, payload] or [payload]. Each
 * domain adds its topics by declaration merging from its `<domain>.events.ts`. Everything published
 * here comes from the event relay (which reads the shared event log), so it never crosses
 * processes: each instance's relay feeds its own subscribers, and payloads stay plain values.
 */
export interface HubTopics {
  /** Every committed domain event, in log order. */
  'hub.event': [HubEventEnvelope];
}

type Topic = keyof HubTopics;
/** The routing key of a keyed topic, nothing for an unkeyed one. */
type KeyArgs<T extends Topic> = HubTopics[T] extends [infer K, unknown] ? [key: K] : [];
type PayloadOf<T extends Topic> = HubTopics[T] extends [unknown, infer P] ? P : HubTopics[T] extends [infer P] ? P : never;

export interface HubPubSub {
  /** What is published to the topic (and key) from now on, until the iterator is returned. */
  subscribe<T extends Topic>(topic: T, ...key: KeyArgs<T>): AsyncIterableIterator<PayloadOf<T>>;
  publish<T extends Topic>(topic: T, ...args: HubTopics[T]): void;
}

/**
 * Listeners by topic and key, each a queue with at most one waiting reader. A publication to a key
 * reaches that key's listeners only and costs one function call each — no event object, no
 * dispatch over every listener of the process: a directive to 3,184 governments is 3,184
 * publications, each to its recipient's few streams (issue #19's fan-out).
 */
export function createHubPubSub(): HubPubSub {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const channel = (topic: string, key: unknown[]) => (key.length ? `${topic}\u0000${String(key[0])}` : topic);

  return {
    subscribe(topic, ...key) {
      const name = channel(topic, key);
      const queue: unknown[] = [];
      let waiting: ((r: IteratorResult<never>) => void) | null = null;
      let done = false;
      const listener = (payload: unknown) => {
        if (waiting) {
          const wake = waiting;
          waiting = null;
          wake({ done: false, value: payload as never });
        } else queue.push(payload);
      };
      // Attached on the first next(), as a stream starts reading (one never read holds nothing).
      let attached = false;
      const attach = () => {
        attached = true;
        let set = listeners.get(name);
        if (!set) listeners.set(name, (set = new Set()));
        set.add(listener);
      };
      const stop = () => {
        if (done) return;
        done = true;
        queue.length = 0;
        const own = listeners.get(name);
        own?.delete(listener);
        if (own?.size === 0) listeners.delete(name);
        waiting?.({ done: true, value: undefined as never });
        waiting = null;
      };
      const iterator: AsyncIterableIterator<never> = {
        next() {
          if (!attached && !done) attach();
          if (queue.length) return Promise.resolve({ done: false, value: queue.shift() as never });
          if (done) return Promise.resolve({ done: true, value: undefined as never });
          return new Promise((resolve) => (waiting = resolve));
        },
        return() {
          stop();
          return Promise.resolve({ done: true, value: undefined as never });
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    publish(topic, ...args) {
      const keyed = args.length === 2;
      const set = listeners.get(channel(topic, keyed ? [args[0]] : []));
      if (!set) return;
      const payload = keyed ? args[1] : args[0];
      for (const listener of set) listener(payload);
    },
  };
}
