import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from './context';

/** Rows in the order of `ids`, null where none has that id (what a DataLoader batch returns). */
export function inIdOrder<T extends { rowId: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.rowId, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The request's batched by-id loader of an entity with a `rowId` primary key. */
export function byIdLoader<E extends { rowId: string }>(ctx: RequestContext, key: symbol, target: new () => E): DataLoader<string, E | null> {
  return ctx.loaders.get(key, () => new DataLoader<string, E | null>(async (ids) => inIdOrder(await ctx.em.getRepository(target).find({ where: { rowId: In([...ids]) } as never }), ids)));
}
