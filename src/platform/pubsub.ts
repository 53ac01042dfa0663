import { createPubSub, PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { Logger } from './logger';

// Topics are declared by the domains that publish them; the map grows as domains arrive.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HubTopics = Record<string, [any] | [string | number, any]>;
export type HubPubSub = PubSub<HubTopics>;

export interface PubSubHandle {
  pubsub: HubPubSub;
  /** Whether the transport is reachable (always true in process). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Prefixes every routing key, so several hubs (or test runs) can share one Redis without hearing
 * each other's events.
 */
function namespaced(inner: HubPubSub, prefix: string): HubPubSub {
  return Object.assign(Object.create(inner) as HubPubSub, {
    publish: (routingKey: string, ...args: unknown[]) => (inner.publish as (k: string, ...a: unknown[]) => void)(`${prefix}:${routingKey}`, ...args),
    subscribe: (routingKey: string, ...args: unknown[]) => (inner.subscribe as (k: string, ...a: unknown[]) => unknown)(`${prefix}:${routingKey}`, ...args),
  });
}

// Topics fed by each instance's event relay (which reads the shared event log): never sent through Redis.
const LOCAL_TOPICS = new Set(['hub.event']);

function withLocalTopics(remote: HubPubSub): HubPubSub {
  const local = createPubSub<HubTopics>();
  const pick = (topic: string) => (LOCAL_TOPICS.has(topic) ? local : remote);
  return Object.assign(Object.create(remote) as HubPubSub, {
    publish: (topic: string, ...args: unknown[]) => (pick(topic).publish as (k: string, ...a: unknown[]) => void)(topic, ...args),
    subscribe: (topic: string, ...args: unknown[]) => (pick(topic).subscribe as (k: string, ...a: unknown[]) => unknown)(topic, ...args),
  });
}

/** In-process pub/sub, or Redis pub/sub when REDIS_URL is set so several instances share events. */
export function createHubPubSub(redisUrl: string | undefined, log: Logger, prefix = 'hub'): PubSubHandle {
  if (!redisUrl) {
    return { pubsub: createPubSub<HubTopics>(), ready: async () => true, close: async () => undefined };
  }
  const options = { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const [name, client] of [['publish', publishClient], ['subscribe', subscribeClient]] as const) {
    client.on('error', (err) => log.warn({ err: err.message, client: name }, 'redis error'));
  }
  // The event target fires publish/subscribe/unsubscribe without handling their promises; while
  // Redis is down (or after close) those would be unhandled rejections that end the process.
  const quiet = (what: string) => (err: Error) => log.warn({ err: err.message, what }, 'redis command failed');
  const eventTarget = createRedisEventTarget({
    publishClient: { publish: (channel: string, message: string) => publishClient.publish(channel, message).catch(quiet('publish')) } as unknown as Redis,
    subscribeClient: {
      on: (event: string, listener: (...args: unknown[]) => void) => subscribeClient.on(event, listener),
      subscribe: (channel: string) => subscribeClient.subscribe(channel).catch(quiet('subscribe')),
      unsubscribe: (channel: string) => subscribeClient.unsubscribe(channel).catch(quiet('unsubscribe')),
    } as unknown as Redis,
  });
  const pubsub = Object.assign(withLocalTopics(namespaced(createPubSub<HubTopics>({ eventTarget }), prefix)), { remote: true });
  return {
    pubsub,
    async ready() {
      try {
        return (await Promise.race([publishClient.ping(), new Promise<string>((r) => setTimeout(() => r('timeout'), 1000))])) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.all([publishClient.quit().catch(() => undefined), subscribeClient.quit().catch(() => undefined)]);
    },
  };
}
