import type { RequestContext } from '../../platform/context';
import { forbidden, unauthenticated } from '../../platform/errors/api-errors';
import { lazyPage, Page, PageArgs, paginate, pageWindow } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { Body } from '../bodies/body.entities';
import { bodyById, bodyFromRow } from '../bodies/body.loaders';
import { findBodyById } from '../bodies/body.service';
import { assertCanSee } from '../bodies/jurisdiction';
import { canReadThread, whereReadable } from './thread.access';
import { activityStream } from './thread.activity';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadParticipant, ThreadResource } from './thread.entities';
import { ACTIVE_STATUSES, ThreadOrder, ThreadStatus } from './thread.enums';
import { EVENTS, eventById, MESSAGES, messageById, participantIds, RESOURCES, resourceById, THREAD_ORDERS, threadById, threadCounts, threadPages } from './thread.loaders';

// Reading threads; changes are in thread-change.service.ts.

async function bodiesById(ctx: RequestContext, ids: string[]): Promise<Body[]> {
  return (await Promise.all(ids.map((id) => findBodyById(ctx, id)))).filter((b): b is Body => !!b);
}

// ---- reading -------------------------------------------------------------------------------

/** For `node(id:)` and nested fields: the thread if the caller may read it, else null. */
export async function findVisibleThread(ctx: RequestContext, rowId: string): Promise<CoordinationThread | null> {
  const thread = await threadById(ctx).load(rowId);
  return thread && (await canReadThread(ctx, thread)) ? thread : null;
}

async function visibleIn<E extends { threadId: string }>(ctx: RequestContext, row: E | null): Promise<E | null> {
  return row && (await findVisibleThread(ctx, row.threadId)) ? row : null;
}

export async function findVisibleMessage(ctx: RequestContext, rowId: string): Promise<ThreadMessage | null> {
  return visibleIn(ctx, await messageById(ctx).load(rowId));
}

export async function findVisibleResource(ctx: RequestContext, rowId: string): Promise<ThreadResource | null> {
  return visibleIn(ctx, await resourceById(ctx).load(rowId));
}

export async function findVisibleEvent(ctx: RequestContext, rowId: string): Promise<ThreadEvent | null> {
  return visibleIn(ctx, await eventById(ctx).load(rowId));
}

/** The thread of a message, resource or event the caller already reached through a visible path. */
export async function threadOf(ctx: RequestContext, row: { threadId: string }): Promise<CoordinationThread> {
  return (await threadById(ctx).load(row.threadId))!;
}

export async function participantsOf(ctx: RequestContext, thread: CoordinationThread): Promise<Body[]> {
  return bodiesById(ctx, await participantIds(ctx).load(thread.rowId));
}

export function messagesOf(ctx: RequestContext, thread: CoordinationThread, args: PageArgs): Page<ThreadMessage> {
  pageWindow(args, MESSAGES.sort);
  return lazyPage(
    () => threadPages(ctx, MESSAGES, args).load(thread.rowId),
    () => threadCounts(ctx, MESSAGES).load(thread.rowId),
  );
}

export function resourcesOf(ctx: RequestContext, thread: CoordinationThread, args: PageArgs): Page<ThreadResource> {
  pageWindow(args, RESOURCES.sort);
  return lazyPage(
    () => threadPages(ctx, RESOURCES, args).load(thread.rowId),
    () => threadCounts(ctx, RESOURCES).load(thread.rowId),
  );
}

export function eventsOf(ctx: RequestContext, thread: CoordinationThread, args: PageArgs): Page<ThreadEvent> {
  pageWindow(args, EVENTS.sort);
  return lazyPage(
    () => threadPages(ctx, EVENTS, args).load(thread.rowId),
    () => threadCounts(ctx, EVENTS).load(thread.rowId),
  );
}

export interface ThreadFilter {
  status?: ThreadStatus | null;
  overdue?: boolean | null;
  orderBy?: ThreadOrder | null;
}

/** Threads a body takes part in, newest first (or another order): only those the caller may read. */
export async function threadsOf(ctx: RequestContext, body: Body, filter: ThreadFilter, args: PageArgs): Promise<Page<CoordinationThread>> {
  const sort = THREAD_ORDERS[filter.orderBy ?? ThreadOrder.NEWEST];
  pageWindow(args, sort); // validate arguments before any SQL
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const qb = ctx.em
    .createQueryBuilder(CoordinationThread, 't')
    .innerJoin(ThreadParticipant, 'p', 'p.threadId = t.rowId AND p.bodyId = :member', { member: body.rowId });
  whereReadable(ctx, qb);
  if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
  if (filter.overdue != null) {
    const overdue = 't.status IN (:...active) AND t.dueAt < :now';
    qb.andWhere(filter.overdue ? `(${overdue})` : `NOT (${overdue})`, { active: ACTIVE_STATUSES, now: new Date() });
  }
  // The lead comes with each thread (no second statement for the list level).
  qb.innerJoin(Body, 'lead', 'lead.rowId = t.leadId').addSelect('lead');
  const leads = bodyById(ctx);
  return paginate(qb, sort, args, { onRow: (row, t) => void leads.prime(t.leadId, bodyFromRow(row, 'lead_', t.leadId)) });
}

/** threadActivity: FORBIDDEN at subscribe time unless the caller may read the thread. */
export async function subscribeToActivity(ctx: RequestContext, threadId: string): Promise<AsyncIterable<ThreadEvent>> {
  if (!ctx.actor) throw unauthenticated();
  const rowId = expectGlobalId(threadId, CoordinationThread.typename, 'threadId');
  if (!(await findVisibleThread(ctx, rowId))) throw forbidden('The caller may not follow this thread.');
  return activityStream(ctx, rowId);
}
