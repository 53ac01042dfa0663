import type { RequestContext } from '../../platform/context';
import { forbidden, unauthenticated } from '../../platform/errors/api-errors';
import { aliasedColumns, plain, readDate, Row } from '../../platform/database/raw';
import { lazyPage, Page, PageArgs, pageWindow, rawPage } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { Body } from '../bodies/body.entities';
import { bodyById, bodyColumns, bodyFromRow } from '../bodies/body.loaders';
import { findBodyById } from '../bodies/body.service';
import { assertCanSee } from '../bodies/jurisdiction';
import { canReadThread, readableSql } from './thread.access';
import { activityStream } from './thread.activity';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadResource } from './thread.entities';
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

/** What the query selects below a thread list: long texts nobody asked for are left out. */
export interface ThreadSelection {
  description: boolean;
  resolution: boolean;
}

const THREAD_COLUMNS = ['id', 'subject', 'lead_id', 'status', 'due_at', 'opened_by_id', 'opened_at', 'resolved_at', 'updated_at'];

// Null when left out of the select: these objects reach only the fields of the list's nodes.
function threadFromRow(row: Row): CoordinationThread {
  return plain(CoordinationThread, {
    rowId: row.t_id as string,
    subject: row.t_subject as string,
    description: row.t_description as string | null,
    leadId: row.t_lead_id as string,
    status: row.t_status as ThreadStatus,
    dueAt: readDate(row.t_due_at)!,
    openedById: row.t_opened_by_id as string,
    openedAt: readDate(row.t_opened_at)!,
    resolvedAt: readDate(row.t_resolved_at),
    resolution: row.t_resolution as string | null,
    updatedAt: readDate(row.t_updated_at)!,
  });
}

/**
 * Threads a body takes part in, newest first (or another order): only those the caller may read.
 * One plain-SQL statement answers the page, its total (without a cursor) and each thread's lead.
 */
export async function threadsOf(
  ctx: RequestContext,
  body: Body,
  filter: ThreadFilter,
  args: PageArgs,
  want: ThreadSelection = { description: true, resolution: true },
): Promise<Page<CoordinationThread>> {
  const sort = THREAD_ORDERS[filter.orderBy ?? ThreadOrder.NEWEST];
  pageWindow(args, sort); // validate arguments before any SQL
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const readable = readableSql(ctx);
  const params: Record<string, unknown> = { ...readable.params, member: body.rowId };
  const where = [readable.sql];
  if (filter.status) {
    where.push('t.status = :status');
    params.status = filter.status;
  }
  if (filter.overdue != null) {
    const overdue = 't.status IN (:...active) AND t.due_at < :now';
    where.push(filter.overdue ? `(${overdue})` : `NOT (${overdue})`);
    Object.assign(params, { active: ACTIVE_STATUSES, now: new Date() });
  }
  const texts = (['description', 'resolution'] as const).map((c) => `${want[c] ? `t.${c}` : 'NULL'} AS t_${c}`).join(', ');
  const leads = bodyById(ctx);
  return rawPage(
    ctx.em,
    {
      columns: `${aliasedColumns('t', THREAD_COLUMNS)}, ${texts}, ${bodyColumns('l')}`,
      from: 'coordination_thread t JOIN thread_participant p ON p.thread_id = t.id AND p.body_id = :member',
      alias: 't',
      joins: 'JOIN body l ON l.id = t.lead_id',
      where,
      params,
      sort,
      fromRow: (row) => {
        const thread = threadFromRow(row);
        leads.prime(thread.leadId, bodyFromRow(row, 'l_', thread.leadId));
        return thread;
      },
    },
    args,
  );
}

/** threadActivity: FORBIDDEN at subscribe time unless the caller may read the thread. */
export async function subscribeToActivity(ctx: RequestContext, threadId: string): Promise<AsyncIterable<ThreadEvent>> {
  if (!ctx.actor) throw unauthenticated();
  const rowId = expectGlobalId(threadId, CoordinationThread.typename, 'threadId');
  if (!(await findVisibleThread(ctx, rowId))) throw forbidden('The caller may not follow this thread.');
  return activityStream(ctx, rowId);
}
