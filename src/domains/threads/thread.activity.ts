import { filter, map, pipe } from '@graphql-yoga/subscription';
import { LoaderRegistry, RequestContext } from '../../platform/context';
import { runMutation } from '../../platform/graphql/mutation';
import { runIdempotentMutation } from '../../platform/idempotency';
import { canReadThread } from './thread.access';
import { ThreadEvent } from './thread.entity';
import { eventById, threadById } from './thread.loaders';

/** Topic of thread events, keyed by thread row id. The payload is the event id only: it survives Redis. */
export const THREAD_ACTIVITY = 'thread.activity';

export interface ActivityDelivery {
  eventId: string;
}

/** Thread events recorded by one mutation, published once its transaction has committed. */
export class ThreadOutbox {
  private events: ThreadEvent[] = [];

  /** A transaction attempt starts: what a rolled-back attempt recorded must not be published. */
  begin(): this {
    this.events = [];
    return this;
  }

  hold(event: ThreadEvent): void {
    this.events.push(event);
  }

  publish(ctx: RequestContext): void {
    for (const e of this.events) ctx.pubsub.publish(THREAD_ACTIVITY, e.threadId, { eventId: e.rowId } satisfies ActivityDelivery);
  }
}

/** runMutation for thread changes: their events reach subscribers only after the commit. */
export async function runThreadMutation<T extends object>(ctx: RequestContext, change: (tx: RequestContext, outbox: ThreadOutbox) => Promise<T>) {
  const outbox = new ThreadOutbox();
  const result = await runMutation(ctx, (tx) => change(tx, outbox.begin()));
  if (result.userErrors.length === 0) outbox.publish(ctx);
  return result;
}

/** runIdempotentMutation for thread changes; a replayed key publishes nothing. */
export async function runIdempotentThreadMutation<T extends object>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  create: (tx: RequestContext, outbox: ThreadOutbox) => Promise<{ result: T; id: string }>,
  load: (tx: RequestContext, id: string) => Promise<T>,
) {
  const outbox = new ThreadOutbox();
  const result = await runIdempotentMutation(
    ctx,
    operation,
    input,
    (tx) => create(tx, outbox.begin()),
    (tx, id) => {
      outbox.begin();
      return load(tx, id);
    },
  );
  if (result.userErrors.length === 0) outbox.publish(ctx);
  return result;
}

/**
 * The live events of a thread the caller was allowed to read at subscribe time. Each event is read
 * again from the database with fresh loaders (a subscription's context lives as long as the stream),
 * and dropped if the caller can no longer read the thread, e.g. after being removed from it.
 */
export function activityStream(ctx: RequestContext, threadRowId: string): AsyncIterable<ThreadEvent> {
  const source = ctx.pubsub.subscribe(THREAD_ACTIVITY, threadRowId) as AsyncIterable<ActivityDelivery>;
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
