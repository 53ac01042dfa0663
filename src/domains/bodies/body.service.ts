import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { badUserInput, forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { checkSearch, likePattern } from '../../platform/database/search';
import { countedPage, Page, PageArgs, pageWindow, rawPage } from '../../platform/graphql/connection';
import { Body, BodyAncestry } from './body.entities';
import { BodyKind, BodyOrder, Level } from './body.enums';
import { bodyByCode, bodyById, bodyColumns, bodyFromRow, bodySort, childCount, ChildFilter, childPages, kindLevelWhere } from './body.loaders';
import { ancestorIds, assertActorReaches, isWithin } from './jurisdiction';

export interface BodyFilter {
  level?: Level | null;
  kind?: BodyKind | null;
  /** Code of a body whose subtree (itself excluded) to list. */
  under?: string | null;
  /** Part of the name, or the start of the code. */
  search?: string | null;
  orderBy?: BodyOrder | null;
}

export interface CreateBodyData {
  code: string;
  name: string;
  level: Level;
  kind: BodyKind;
  parentCode: string;
}

export interface UpdateBodyData {
  code: string;
  name?: string | null;
  parentCode?: string | null;
}

export function findBodyByCode(ctx: RequestContext, code: string): Promise<Body | null> {
  return bodyByCode(ctx).load(code);
}

export function findBodyById(ctx: RequestContext, rowId: string): Promise<Body | null> {
  return bodyById(ctx).load(rowId);
}

/** A body another row refers to (a foreign key, so it exists): what every domain uses to show issuers, recipients, leads. */
export function bodyOf(ctx: RequestContext, rowId: string): Body | Promise<Body> {
  return bodyById(ctx).referenced(rowId, 'body');
}

/**
 * Bodies by filter, each with its parent (primed): one plain-SQL statement answers the page, its
 * total (without a cursor) and the parents — the subtree read of every dashboard. The subtree's root
 * is found by its code inside that statement; `selection` (the connection's fields the query asks
 * for) lets the page be read here, so that an unknown code is refused on this field, and told from an
 * empty subtree with a statement of its own only when nothing came back.
 */
export async function listBodies(ctx: RequestContext, filter: BodyFilter, args: PageArgs, selection: { page: boolean; total: boolean }): Promise<Page<Body>> {
  const sort = bodySort(ctx, filter.orderBy);
  pageWindow(args, sort); // validate arguments before any SQL
  const search = checkSearch(filter.search);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const kindLevel = kindLevelWhere(filter, 'list');
  if (kindLevel) {
    where.push(kindLevel.sql);
    Object.assign(params, kindLevel.params);
  }
  if (search) {
    // Case-insensitive alike on both databases (LOWER on both sides; LIKE alone differs).
    where.push("(LOWER(b.name) LIKE :anywhere ESCAPE '\\' OR LOWER(b.code) LIKE :prefix ESCAPE '\\')");
    Object.assign(params, { anywhere: likePattern(search, 'anywhere'), prefix: likePattern(search, 'prefix') });
  }
  let from = 'body b';
  if (filter.under != null) {
    from += ' JOIN body_ancestry a ON a.descendant_id = b.id AND a.depth > 0 AND a.ancestor_id = (SELECT r.id FROM body r WHERE r.code = :under)';
    params.under = filter.under;
  }
  const parents = bodyById(ctx);
  const page = rawPage(
    ctx.em,
    {
      columns: `${bodyColumns('b')}, ${bodyColumns('pb')}`,
      from,
      alias: 'b',
      joins: 'LEFT JOIN body pb ON pb.id = b.parent_id',
      where,
      params,
      sort,
      fromRow: (row) => {
        const body = bodyFromRow(row, 'b_');
        if (body.parentId) parents.prime(body.parentId, bodyFromRow(row, 'pb_', body.parentId));
        return body;
      },
    },
    args,
  );
  if (filter.under != null) {
    // Asked for in the same tick, the page and its total come from one statement (countedPage).
    const [data, total] = await Promise.all([selection.page ? page.loadPage() : null, selection.total ? page.countTotal() : null]);
    const empty = data ? data.edges.length === 0 : !total;
    if (empty && !(await findBodyByCode(ctx, filter.under))) throw badUserInput(`"under": no body has code "${filter.under}".`);
  }
  return page;
}

export function childrenOf(ctx: RequestContext, body: Body, filter: ChildFilter, args: PageArgs): Page<Body> {
  pageWindow(args, bodySort(ctx, filter.orderBy));
  return countedPage(
    () => childPages(ctx, args, filter).load(body.rowId),
    () => childCount(ctx, filter).load(body.rowId),
  );
}

export function parentOf(ctx: RequestContext, body: Body): Body | null | Promise<Body | null> {
  return body.parentId ? bodyById(ctx).get(body.parentId) : null;
}

/** Ancestors from the root (the centre) down to the parent. */
export async function ancestorsOf(ctx: RequestContext, body: Body): Promise<Body[]> {
  const ids = await ancestorIds(ctx).load(body.rowId);
  const bodies = await bodyById(ctx).loadMany([...ids].reverse());
  return bodies.filter((b): b is Body => b instanceof Body);
}

export async function departmentsOf(ctx: RequestContext, body: Body): Promise<Body[]> {
  if (body.kind !== BodyKind.GOVERNMENT) return [];
  const page = await childPages(ctx, { first: 100 }).load(body.rowId);
  return page.edges.map((e) => e.node).filter((b) => b.kind !== BodyKind.GOVERNMENT);
}

// ---- placement rules -----------------------------------------------------------------------

const DEPARTMENT_SUFFIX = /^[A-Z][A-Z0-9]{1,15}$/;

/** Checks that a body of this kind, level and code may sit under the parent (DOMAIN §1). */
export function checkPlacement(kind: BodyKind, level: Level, code: string, parent: Body): void {
  const field = (name: string) => ['input', name];
  if (kind === BodyKind.GOVERNMENT) {
    if (parent.kind !== BodyKind.GOVERNMENT) {
      throw new DomainError(UserErrorCode.INVALID_PARENT, "A government's parent must be the government one level up.", field('parentCode'));
    }
    if (level === Level.CENTRAL) {
      throw new DomainError(UserErrorCode.LEVEL_MISMATCH, 'There is one central government; another cannot be created.', field('level'));
    }
    const allowedParents: Level[] =
      level === Level.PROVINCIAL ? [Level.CENTRAL] : level === Level.MUNICIPAL ? [Level.PROVINCIAL] : [Level.MUNICIPAL, Level.PROVINCIAL];
    if (!allowedParents.includes(parent.level)) {
      throw new DomainError(
        UserErrorCode.LEVEL_MISMATCH,
        `A ${level} government cannot sit under a ${parent.level} government.`,
        field('level'),
      );
    }
    if (!/^\d{6}$/.test(code)) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A government code is its six-digit GB/T 2260 division code.', field('code'));
    }
    const shapeOk =
      level === Level.PROVINCIAL
        ? code.endsWith('0000')
        : level === Level.MUNICIPAL
          ? code.endsWith('00') && !code.endsWith('0000') && code.slice(0, 2) === parent.code.slice(0, 2)
          : !code.endsWith('00') && code.startsWith(parent.level === Level.MUNICIPAL ? parent.code.slice(0, 4) : parent.code.slice(0, 2));
    if (!shapeOk) {
      throw new DomainError(
        UserErrorCode.VALIDATION_FAILED,
        `Code ${code} is not a ${level} division code under ${parent.code}.`,
        field('code'),
      );
    }
    return;
  }
  if (parent.kind !== BodyKind.GOVERNMENT) {
    throw new DomainError(UserErrorCode.INVALID_PARENT, `A ${kind} body belongs to a government, not to ${parent.code}.`, field('parentCode'));
  }
  if (level !== parent.level) {
    throw new DomainError(UserErrorCode.LEVEL_MISMATCH, `A ${kind} body has the level of its government (${parent.level}).`, field('level'));
  }
  const prefix = `${parent.code}-`;
  if (!code.startsWith(prefix) || !DEPARTMENT_SUFFIX.test(code.slice(prefix.length))) {
    throw new DomainError(
      UserErrorCode.VALIDATION_FAILED,
      `Code must be "${prefix}<SUFFIX>" with 2 to 16 capital letters or digits, e.g. ${prefix}FIN.`,
      field('code'),
    );
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 200) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Name must be 2 to 200 characters.', ['input', 'name']);
  }
  return trimmed;
}

async function requireParent(ctx: RequestContext, code: string): Promise<Body> {
  const parent = await ctx.em.findOne(Body, { where: { code } });
  if (!parent) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code "${code}".`, ['input', 'parentCode']);
  return parent;
}

export async function createBody(ctx: RequestContext, data: CreateBodyData): Promise<Body> {
  const parent = await requireParent(ctx, data.parentCode);
  await assertActorReaches(ctx, parent.rowId, `Parent ${parent.code}`);
  const name = checkName(data.name);
  checkPlacement(data.kind, data.level, data.code, parent);
  if (await ctx.em.exists(Body, { where: { code: data.code } })) {
    throw new DomainError(UserErrorCode.DUPLICATE_CODE, `A body with code ${data.code} already exists.`, ['input', 'code']);
  }
  const now = new Date();
  const body = ctx.em.create(Body, { rowId: randomUUID(), code: data.code, name, level: data.level, kind: data.kind, parentId: parent.rowId, createdAt: now, updatedAt: now });
  await ctx.em.insert(Body, body);
  await insertAncestry(ctx.em, [body], new Map([[parent.rowId, await ctx.em.find(BodyAncestry, { where: { descendantId: parent.rowId } })]]));
  await recordAudit(ctx, { action: 'body.create', targetType: 'Body', targetId: body.rowId, details: { code: body.code, parent: parent.code } });
  return body;
}

export async function updateBody(ctx: RequestContext, data: UpdateBodyData): Promise<Body> {
  const body = await ctx.em.findOne(Body, { where: { code: data.code } });
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code "${data.code}".`, ['input', 'code']);
  if (!ctx.actor || !(await isWithin(ctx, ctx.actor.body.rowId, body.rowId))) {
    throw forbidden(`Body ${body.code} lies outside the jurisdiction of the acting body.`);
  }
  const changes: Record<string, unknown> = {};
  if (data.name != null) {
    body.name = checkName(data.name);
    changes.name = body.name;
  }
  if (data.parentCode != null && data.parentCode !== (await parentOf(ctx, body))?.code) {
    const parent = await requireParent(ctx, data.parentCode);
    await assertActorReaches(ctx, parent.rowId, `Parent ${parent.code}`);
    if (parent.rowId === body.rowId || (await isWithin(ctx, body.rowId, parent.rowId))) {
      throw new DomainError(UserErrorCode.INVALID_PARENT, 'A body cannot move under itself or its own subtree.', ['input', 'parentCode']);
    }
    checkPlacement(body.kind, body.level, body.code, parent);
    await moveSubtree(ctx.em, body, parent);
    body.parentId = parent.rowId;
    changes.parent = parent.code;
  }
  body.updatedAt = new Date();
  await ctx.em.update(Body, { rowId: body.rowId }, { name: body.name, parentId: body.parentId, updatedAt: body.updatedAt });
  await recordAudit(ctx, { action: 'body.update', targetType: 'Body', targetId: body.rowId, details: changes });
  return body;
}

/** Writes closure rows for new bodies whose parents' ancestry is known (parents before children). */
export async function insertAncestry(em: EntityManager, bodies: Body[], parentAncestry: Map<string, BodyAncestry[]>): Promise<void> {
  const rows: BodyAncestry[] = [];
  for (const body of bodies) {
    const own: BodyAncestry[] = [{ ancestorId: body.rowId, descendantId: body.rowId, depth: 0 }];
    for (const link of (body.parentId && parentAncestry.get(body.parentId)) || []) {
      own.push({ ancestorId: link.ancestorId, descendantId: body.rowId, depth: link.depth + 1 });
    }
    parentAncestry.set(body.rowId, own);
    rows.push(...own);
  }
  for (let i = 0; i < rows.length; i += 300) await em.insert(BodyAncestry, rows.slice(i, i + 300));
}

async function moveSubtree(em: EntityManager, body: Body, newParent: Body): Promise<void> {
  const subtree = await em.find(BodyAncestry, { where: { ancestorId: body.rowId } });
  const oldAbove = await em.find(BodyAncestry, { where: { descendantId: body.rowId } });
  const newAbove = await em.find(BodyAncestry, { where: { descendantId: newParent.rowId } });
  for (const above of oldAbove.filter((a) => a.depth > 0)) {
    await em
      .createQueryBuilder()
      .delete()
      .from(BodyAncestry)
      .where('ancestor_id = :a AND descendant_id IN (:...ds)', { a: above.ancestorId, ds: subtree.map((s) => s.descendantId) })
      .execute();
  }
  const rows: BodyAncestry[] = [];
  for (const a of newAbove) for (const s of subtree) rows.push({ ancestorId: a.ancestorId, descendantId: s.descendantId, depth: a.depth + 1 + s.depth });
  for (let i = 0; i < rows.length; i += 300) await em.insert(BodyAncestry, rows.slice(i, i + 300));
}
