import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { uuidv7 } from '../../platform/ids';
import { assertActorReaches, canSee } from '../bodies/jurisdiction';
import { findBodyByCode } from '../bodies/body.service';
import { text } from '../../platform/validation';
import { Post } from './post.entities';

const POST_BY_ID = Symbol('post.byId');

export function postById(ctx: RequestContext): DataLoader<string, Post | null> {
  return ctx.loaders.get(POST_BY_ID, () => {
    return new DataLoader<string, Post | null>(async (ids) => {
      const rows = await ctx.em.find(Post, { where: { rowId: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.rowId, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  });
}

/** Titles are public (the public sees who is responsible by position); so is the post itself. */
export function findPost(ctx: RequestContext, rowId: string): Promise<Post | null> {
  return postById(ctx).load(rowId);
}

/** The holder's name: personal data, for callers whose jurisdiction covers the body only. */
export async function holderNameOf(ctx: RequestContext, post: Post): Promise<string | null> {
  return (await canSee(ctx, post.bodyId)) ? post.holderName : null;
}

const POSTS_OF = Symbol('post.ofBody');

/** Posts of many bodies in one statement (a list of bodies with their posts stays flat). */
export function postsOf(ctx: RequestContext, bodyId: string): Promise<Post[]> {
  const loader = ctx.loaders.get(POSTS_OF, () => {
    return new DataLoader<string, Post[]>(async (ids) => {
      const rows = await ctx.em.find(Post, { where: { bodyId: In([...ids]) }, order: { title: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.bodyId === id).slice(0, 100));
    });
  });
  return loader.load(bodyId);
}

export interface CreatePostData {
  bodyCode: string;
  title: string;
  holderName?: string | null;
  since?: Date | null;
}

/** An ADMIN of the body or above it names a position; titles are unique per body. */
export async function createPost(ctx: RequestContext, data: CreatePostData): Promise<Post> {
  const body = await findBodyByCode(ctx, data.bodyCode.trim());
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code "${data.bodyCode}".`, ['input', 'bodyCode']);
  await assertActorReaches(ctx, body.rowId, `Body ${body.code}`);
  const title = text(data.title, 'title', 2, 200);
  const holderName = data.holderName?.trim() ? text(data.holderName, 'holderName', 1, 100) : null;
  if (await ctx.em.exists(Post, { where: { bodyId: body.rowId, title } })) {
    throw new DomainError(UserErrorCode.DUPLICATE_CODE, `${body.code} already has a post titled "${title}".`, ['input', 'title']);
  }
  const post = ctx.em.create(Post, { rowId: uuidv7(), bodyId: body.rowId, title, holderName, since: data.since ?? null, createdAt: new Date() });
  await ctx.em.insert(Post, post);
  // The holder's name stays out of the audit details: the trail is readable more widely than the name.
  await recordAudit(ctx, { action: 'post.create', targetType: Post.typename, targetId: post.rowId, details: { body: body.code, title } });
  return post;
}
