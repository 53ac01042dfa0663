import DataLoader from 'dataloader';
import { In, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { byIdLoader } from '../../platform/loaders';
import { loadPartitionPages } from '../../platform/database/batched-pages';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadParticipant, ThreadResource } from './thread.entities';
import { ThreadOrder } from './thread.enums';

// A body's thread list is plain SQL (thread aliased `t`): the sort keys name SQL columns.

/** Threads newest first; ids are UUIDv7, so id order is creation order. */
export const THREAD_ORDER: SortKey<CoordinationThread>[] = [{ column: 't.id', read: (t) => t.rowId, kind: 'text', direction: 'DESC' }];

/** The sort keys of each order of a thread list; the row id breaks ties. */
export const THREAD_ORDERS: Record<ThreadOrder, SortKey<CoordinationThread>[]> = {
  [ThreadOrder.NEWEST]: THREAD_ORDER,
  [ThreadOrder.DUE_SOONEST]: [
    { column: 't.due_at', read: (t) => t.dueAt.toISOString(), kind: 'date', direction: 'ASC' },
    { column: 't.id', read: (t) => t.rowId, kind: 'text', direction: 'ASC' },
  ],
  [ThreadOrder.RECENTLY_UPDATED]: [
    { column: 't.updated_at', read: (t) => t.updatedAt.toISOString(), kind: 'date', direction: 'DESC' },
    { column: 't.id', read: (t) => t.rowId, kind: 'text', direction: 'DESC' },
  ],
};

// Messages, resources and events read oldest first, like a conversation.
type InThread = ObjectLiteral & { rowId: string; threadId: string };
const oldestFirst = <E extends InThread>(alias: string): SortKey<E>[] => [{ column: `${alias}.rowId`, read: (e) => e.rowId, kind: 'text', direction: 'ASC' }];
export const MESSAGE_ORDER = oldestFirst<ThreadMessage>('m');
export const RESOURCE_ORDER = oldestFirst<ThreadResource>('r');
export const EVENT_ORDER = oldestFirst<ThreadEvent>('e');

const THREAD_BY_ID = Symbol('thread.byId');
const MESSAGE_BY_ID = Symbol('thread.messageById');
const RESOURCE_BY_ID = Symbol('thread.resourceById');
const EVENT_BY_ID = Symbol('thread.eventById');
const PARTICIPANTS = Symbol('thread.participants');
const PAGES = Symbol('thread.pages');
const COUNTS = Symbol('thread.counts');

export const threadById = (ctx: RequestContext) => byIdLoader(ctx, THREAD_BY_ID, CoordinationThread);
export const messageById = (ctx: RequestContext) => byIdLoader(ctx, MESSAGE_BY_ID, ThreadMessage);
export const resourceById = (ctx: RequestContext) => byIdLoader(ctx, RESOURCE_BY_ID, ThreadResource);
export const eventById = (ctx: RequestContext) => byIdLoader(ctx, EVENT_BY_ID, ThreadEvent);

/** Participant body ids of each thread, in the order they joined. */
export function participantIds(ctx: RequestContext): DataLoader<string, string[]> {
  return ctx.loaders.get(PARTICIPANTS, () => {
    return new DataLoader<string, string[]>(async (threadIds) => {
      const rows = await ctx.em.find(ThreadParticipant, { where: { threadId: In([...threadIds]) }, order: { joinedAt: 'ASC', bodyId: 'ASC' } });
      return threadIds.map((id) => rows.filter((r) => r.threadId === id).map((r) => r.bodyId));
    });
  });
}

interface Listing<E extends InThread> {
  name: string;
  target: new () => E;
  alias: string;
  sort: SortKey<E>[];
}

export const MESSAGES: Listing<ThreadMessage> = { name: 'messages', target: ThreadMessage, alias: 'm', sort: MESSAGE_ORDER };
export const RESOURCES: Listing<ThreadResource> = { name: 'resources', target: ThreadResource, alias: 'r', sort: RESOURCE_ORDER };
export const EVENTS: Listing<ThreadEvent> = { name: 'events', target: ThreadEvent, alias: 'e', sort: EVENT_ORDER };

/** One page of a thread's messages (resources, events) for many threads in one statement. */
export function threadPages<E extends InThread>(ctx: RequestContext, listing: Listing<E>, args: PageArgs): DataLoader<string, PageData<E>> {
  return ctx.loaders.keyed(PAGES, [listing.name, args.first, args.after, args.last, args.before], () =>
    new DataLoader<string, PageData<E>>(async (threadIds) => {
      const pages = await loadPartitionPages(
        ctx.em,
        listing.target,
        { alias: listing.alias, partitionColumn: `${listing.alias}.threadId`, partitionOf: (e) => e.threadId, sort: listing.sort },
        threadIds,
        args,
      );
      return threadIds.map((id) => pages.get(id)!);
    }),
  );
}

export function threadCounts<E extends InThread>(ctx: RequestContext, listing: Listing<E>): DataLoader<string, number> {
  return ctx.loaders.keyed(COUNTS, listing.name, () =>
    new DataLoader<string, number>(async (threadIds) => {
      const rows: { threadId: string; n: string | number }[] = await ctx.em
        .createQueryBuilder(listing.target, listing.alias)
        .select(`${listing.alias}.threadId`, 'threadId')
        .addSelect('COUNT(*)', 'n')
        .where(`${listing.alias}.threadId IN (:...ids)`, { ids: [...threadIds] })
        .groupBy(`${listing.alias}.threadId`)
        .getRawMany();
      const counts = new Map(rows.map((r) => [r.threadId, Number(r.n)]));
      return threadIds.map((id) => counts.get(id) ?? 0);
    }),
  );
}
