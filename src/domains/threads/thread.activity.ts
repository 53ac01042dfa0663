import { filter, map, pipe } from '@graphql-yoga/subscription';
import { LoaderRegistry, RequestContext } from '../../platform/context';
import { canReadThread } from './thread.access';
import { ThreadEvent } from './thread.entities';
import { eventById, threadById } from './thread.loaders';

import { ActivityDelivery, THREAD_ACTIVITY } from './thread.events';

/**
 * The live events of a thread the caller was allowed to read at subscribe time. Each event is read
 * again from the database with fresh loaders (a subscription's context lives as long as the stream),
 * and dropped if the caller can no longer read the thread, e.g. after being removed from it.
 */
export function activityStream(ctx: RequestContext, threadRowId: string): AsyncIterable<ThreadEvent> {
  const source = ctx.pubsub.subscribe(THREAD_ACTIVITY, threadRowId);
  return pipe(
    source,
    map(async ({ eventId }: ActivityDelivery): Promise<ThreadEvent | null> => {
      ctx.loaders = new LoaderRegistry();
      const event = await eventById(ctx).load(eventId);
      const thread = event && (await threadById(ctx).load(event.threadId));
      return thread && (await canReadThread(ctx, thread)) ? event : null;
    }),
    filter((event: ThreadEvent | null): event is ThreadEvent => event !== null),
  ) as AsyncIterable<ThreadEvent>;
}
