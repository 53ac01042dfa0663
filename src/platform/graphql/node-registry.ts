import type { RequestContext } from '../context';
import { parseGlobalId } from './global-id';
import type { Node } from './node';
import type { NodeFetcher } from './node.resolver';

// The node fetchers of every domain, for domains that point at objects of any type (an inspection's
// scope, a finding's subject matter). The domain list registers them once it is built, so no
// domain imports the list.
let fetchers: ReadonlyMap<string, NodeFetcher> = new Map();

export function registerNodeFetchers(all: ReadonlyMap<string, NodeFetcher>): void {
  fetchers = all;
}

/** An object of a known type by row id, with the caller's rights; null when unknown or invisible. */
export function fetchVisibleNodeOfType(ctx: RequestContext, type: string, rowId: string): Promise<Node | null> {
  const fetcher = fetchers.get(type);
  return fetcher ? fetcher(ctx, rowId) : Promise.resolve(null);
}

/** Any object by global id, with the caller's rights; null when unknown or invisible. */
export function fetchVisibleNode(ctx: RequestContext, globalId: string): Promise<Node | null> {
  const decoded = parseGlobalId(globalId);
  return decoded ? fetchVisibleNodeOfType(ctx, decoded.type, decoded.rowId) : Promise.resolve(null);
}
