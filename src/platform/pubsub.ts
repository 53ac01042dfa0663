import { setMaxListeners } from 'node:events';
import { createPubSub, PubSub } from '@graphql-yoga/subscription';
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

// A mapped copy: PubSub wants an index signature, which an interface (open for merging) lacks.
type TopicArgs = { [K in keyof HubTopics]: HubTopics[K] };
export type HubPubSub = PubSub<TopicArgs>;

export function createHubPubSub(): HubPubSub {
  // Every live subscription listens on 'hub.event': thousands of listeners are the design, not a
  // leak, so Node's warning past 10 is turned off for this target.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<TopicArgs>({ eventTarget });
}
