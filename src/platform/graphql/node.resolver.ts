import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../auth/roles';
import type { RequestContext } from '../context';
import { badUserInput } from '../errors/api-errors';
import { parseGlobalId } from './global-id';
import { Node } from './node';

/**
 * Loads objects of one type by row id for `node` / `nodes`, returning null for what the caller may
 * not see (indistinguishable from "does not exist").
 */
export type NodeFetcher = (ctx: RequestContext, rowId: string) => Promise<Node | null>;

export const MAX_NODES = 100;

export function createNodeResolver(fetchers: ReadonlyMap<string, NodeFetcher>) {
  const fetch = (ctx: RequestContext, id: string): Promise<Node | null> => {
    const decoded = parseGlobalId(id);
    const fetcher = decoded && fetchers.get(decoded.type);
    return fetcher ? fetcher(ctx, decoded.rowId) : Promise.resolve(null);
  };

  @Resolver()
  class NodeResolver {
    @Public()
    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id; null if it does not exist or is not visible to the caller.' })
    node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
      return fetch(ctx, id);
    }

    @Public()
    @Query(() => [Node], { nullable: 'items', description: `Fetches up to ${MAX_NODES} objects by global id, in the order asked; null where not found or not visible.` })
    nodes(@Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[], @Ctx() ctx: RequestContext): Promise<(Node | null)[]> {
      if (ids.length > MAX_NODES) throw badUserInput(`"ids" may hold at most ${MAX_NODES} ids.`);
      return Promise.all(ids.map((id) => fetch(ctx, id)));
    }
  }
  return NodeResolver;
}
