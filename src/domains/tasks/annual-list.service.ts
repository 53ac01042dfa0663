import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { badUserInput, forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { parseGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { Body } from '../bodies/body.entities';
import { BodyKind } from '../bodies/body.enums';
import { findBodyByCode } from '../bodies/body.service';
import { canSee, isWithin } from '../bodies/jurisdiction';
import { Post } from '../posts/post.entities';
import { AnnualTaskList, AnnualTaskListItem, ReformTask } from './task.entities';

function refuse(code: UserErrorCode, message: string, field: (string | number)[]): never {
  throw new DomainError(code, message, ['input', ...field.map(String)]);
}

/** Public lists: anyone. Others: the body's jurisdiction, and every body below the body (whom it concerns). */
export async function canReadList(ctx: RequestContext, list: AnnualTaskList): Promise<boolean> {
  if (list.public) return true;
  if (!ctx.actor) return false;
  if (await canSee(ctx, list.bodyId)) return true;
  const body = await ctx.em.findOneByOrFail(Body, { rowId: list.bodyId });
  return isWithin(ctx, body.governmentId, ctx.actor.body.rowId);
}

export async function findVisibleList(ctx: RequestContext, rowId: string): Promise<AnnualTaskList | null> {
  const list = await ctx.em.findOne(AnnualTaskList, { where: { rowId } });
  return list && (await canReadList(ctx, list)) ? list : null;
}

export async function annualTaskList(ctx: RequestContext, bodyCode: string, year: number): Promise<AnnualTaskList | null> {
  const body = await findBodyByCode(ctx, bodyCode);
  if (!body) return null;
  const list = await ctx.em.findOne(AnnualTaskList, { where: { bodyId: body.rowId, year } });
  return list && (await canReadList(ctx, list)) ? list : null;
}

export function itemsOf(ctx: RequestContext, list: AnnualTaskList): Promise<AnnualTaskListItem[]> {
  return ctx.em.find(AnnualTaskListItem, { where: { listId: list.rowId }, order: { rank: 'ASC' } });
}

export interface PublishData {
  bodyCode: string;
  year: number;
  title: string;
  public?: boolean | null;
  items: { taskId: string; responsibleLeaderPostId?: string | null; rank: number; highlight?: boolean | null }[];
}

/**
 * A LEAD of the body publishes its list for a year, once. Every item is a task assigned by the body
 * or a body in its subtree, and names a responsible leader: a post of the body or of its leading group.
 */
export async function publishAnnualTaskList(ctx: RequestContext, data: PublishData): Promise<AnnualTaskList> {
  const body = await findBodyByCode(ctx, data.bodyCode);
  if (!body) refuse(UserErrorCode.NOT_FOUND, `No body has code "${data.bodyCode}".`, ['bodyCode']);
  if (body.rowId !== ctx.actor!.body.rowId) throw forbidden('Only a LEAD of the body publishes its annual task list.');
  const title = (data.title ?? '').trim();
  if (title.length < 2 || title.length > 300) refuse(UserErrorCode.VALIDATION_FAILED, 'title must be 2 to 300 characters.', ['title']);
  if (!Number.isInteger(data.year) || data.year < 2000 || data.year > 2100) refuse(UserErrorCode.VALIDATION_FAILED, 'year must be between 2000 and 2100.', ['year']);
  if (data.items.length === 0 || data.items.length > 200) refuse(UserErrorCode.VALIDATION_FAILED, 'A list has 1 to 200 items.', ['items']);
  if (await ctx.em.exists(AnnualTaskList, { where: { bodyId: body.rowId, year: data.year } })) {
    refuse(UserErrorCode.DUPLICATE_CODE, `${body.code} already published its list for ${data.year}.`, ['year']);
  }
  const ranks = new Set<number>();
  const taskIds = new Set<string>();
  const groups = (await ctx.em.find(Body, { where: { parentId: body.rowId, kind: BodyKind.LEADING_GROUP } })).map((g) => g.rowId);
  const rows: AnnualTaskListItem[] = [];
  const listId = uuidv7();
  for (const [i, item] of data.items.entries()) {
    if (!Number.isInteger(item.rank) || item.rank < 1 || ranks.has(item.rank)) refuse(UserErrorCode.VALIDATION_FAILED, 'Ranks are distinct positive integers.', ['items', i, 'rank']);
    ranks.add(item.rank);
    const decoded = parseGlobalId(item.taskId);
    if (!decoded || decoded.type !== ReformTask.typename) throw badUserInput(`"items.${i}.taskId" is not a valid ReformTask id.`);
    if (taskIds.has(decoded.rowId)) refuse(UserErrorCode.VALIDATION_FAILED, 'A task is listed once.', ['items', i, 'taskId']);
    taskIds.add(decoded.rowId);
    const task = await ctx.em.findOne(ReformTask, { where: { rowId: decoded.rowId } });
    if (!task || !(await canSee(ctx, task.executorId))) refuse(UserErrorCode.NOT_FOUND, 'No such task.', ['items', i, 'taskId']);
    if (!(await isWithin(ctx, body.rowId, task.assignedById, true))) {
      refuse(UserErrorCode.LIST_ITEM_OUT_OF_SCOPE, `Task ${task.code} was not assigned by ${body.code} or a body below it.`, ['items', i, 'taskId']);
    }
    const postId = item.responsibleLeaderPostId ? parseGlobalId(item.responsibleLeaderPostId) : null;
    if (item.responsibleLeaderPostId && (!postId || postId.type !== Post.typename)) throw badUserInput(`"items.${i}.responsibleLeaderPostId" is not a valid Post id.`);
    const post = postId ? await ctx.em.findOne(Post, { where: { rowId: postId.rowId } }) : null;
    if (!post || (post.bodyId !== body.rowId && !groups.includes(post.bodyId))) {
      refuse(UserErrorCode.RESPONSIBLE_LEADER_REQUIRED, `Each item names a responsible leader: a post of ${body.code} or of its leading group.`, ['items', i, 'responsibleLeaderPostId']);
    }
    rows.push(Object.assign(new AnnualTaskListItem(), { listId, rank: item.rank, taskId: task.rowId, title: task.title, responsibleLeaderId: post.rowId, highlight: !!item.highlight }));
  }
  const list = ctx.em.create(AnnualTaskList, { rowId: listId, bodyId: body.rowId, year: data.year, title, public: !!data.public, publishedBy: ctx.actor!.accountId, publishedAt: new Date() });
  await ctx.em.insert(AnnualTaskList, list);
  await ctx.em.insert(AnnualTaskListItem, rows);
  await recordAudit(ctx, { action: 'annual-list.publish', targetType: AnnualTaskList.typename, targetId: list.rowId, details: { body: body.code, year: data.year, items: rows.length } });
  return list;
}

export async function tasksOfItems(ctx: RequestContext, items: AnnualTaskListItem[]): Promise<Map<string, ReformTask>> {
  const tasks = items.length ? await ctx.em.find(ReformTask, { where: { rowId: In(items.map((i) => i.taskId)) } }) : [];
  return new Map(tasks.map((t) => [t.rowId, t]));
}
