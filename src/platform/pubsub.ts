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

/** In-process pub/sub, or Redis pub/sub when REDIS_URL is set so several instances share events. */
export function createHubPubSub(redisUrl: string | undefined, log: Logger): PubSubHandle {
  if (!redisUrl) {
    return { pubsub: createPubSub<HubTopics>(), ready: async () => true, close: async () => undefined };
  }
  const options = { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const [name, client] of [['publish', publishClient], ['subscribe', subscribeClient]] as const) {
    client.on('error', (err) => log.warn({ err: err.message, client: name }, 'redis error'));
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  const pubsub = Object.assign(createPubSub<HubTopics>({ eventTarget }), { remote: true });
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
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
