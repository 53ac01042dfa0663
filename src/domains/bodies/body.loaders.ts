import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import type { PageArgs, PageData, SortKey } from '../../platform/graphql/connection';
import { loadPartitionPages } from '../../platform/database/batched-pages';
import { Body } from './body.entity';

export const BODY_ORDER: SortKey<Body>[] = [{ column: 'b.code', read: (b) => b.code, kind: 'text', direction: 'ASC' }];

const BY_ID = Symbol('body.byId');
const BY_CODE = Symbol('body.byCode');
const CHILD_COUNT = Symbol('body.childCount');
const CHILD_PAGES = Symbol('body.childPages');

function byKey<K extends string>(rows: Body[], keys: readonly K[], key: (b: Body) => K): (Body | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function bodyById(ctx: RequestContext): DataLoader<string, Body | null> {
  return ctx.loaders.get(BY_ID, () => {
    const loader: DataLoader<string, Body | null> = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Body, { where: { rowId: In([...ids]) } });
      rows.forEach((b) => bodyByCode(ctx).prime(b.code, b));
      return byKey(rows, ids, (b) => b.rowId);
    });
    return loader;
  });
}

export function bodyByCode(ctx: RequestContext): DataLoader<string, Body | null> {
  return ctx.loaders.get(BY_CODE, () => {
    return new DataLoader<string, Body | null>(async (codes) => {
      const rows = await ctx.em.find(Body, { where: { code: In([...codes]) } });
      rows.forEach((b) => bodyById(ctx).prime(b.rowId, b));
      return byKey(rows, codes, (b) => b.code);
    });
  });
}

export function childCount(ctx: RequestContext): DataLoader<string, number> {
  return ctx.loaders.get(CHILD_COUNT, () => {
    return new DataLoader<string, number>(async (parentIds) => {
      const rows: { parentId: string; n: string | number }[] = await ctx.em
        .createQueryBuilder(Body, 'b')
        .select('b.parentId', 'parentId')
        .addSelect('COUNT(*)', 'n')
        .where('b.parentId IN (:...ids)', { ids: [...parentIds] })
        .groupBy('b.parentId')
        .getRawMany();
      const counts = new Map(rows.map((r) => [r.parentId, Number(r.n)]));
      return parentIds.map((id) => counts.get(id) ?? 0);
    });
  });
}

/** Children pages of many parents in one statement per distinct page-argument set. */
export function childPages(ctx: RequestContext, args: PageArgs): DataLoader<string, PageData<Body>> {
  const argsKey = JSON.stringify([args.first, args.after, args.last, args.before]);
  const loaders = ctx.loaders.get(CHILD_PAGES, () => new Map<string, DataLoader<string, PageData<Body>>>());
  let loader = loaders.get(argsKey);
  if (!loader) {
    loader = new DataLoader<string, PageData<Body>>(async (parentIds) => {
      const pages = await loadPartitionPages(
        ctx.em,
        Body,
        { alias: 'b', partitionColumn: 'b.parentId', partitionOf: (b) => b.parentId ?? '', sort: BODY_ORDER },
        parentIds,
        args,
      );
      return parentIds.map((id) => pages.get(id)!);
    });
    loaders.set(argsKey, loader);
  }
  return loader;
}
