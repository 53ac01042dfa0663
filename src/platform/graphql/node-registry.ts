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

/** Any object by global id, with the caller's rights; null when unknown or invisible. */
export function fetchVisibleNode(ctx: RequestContext, globalId: string): Promise<Node | null> {
  const decoded = parseGlobalId(globalId);
  const fetcher = decoded && fetchers.get(decoded.type);
  return fetcher ? fetcher(ctx, decoded.rowId) : Promise.resolve(null);
}
