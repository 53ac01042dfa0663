import type { RequestContext } from '../../platform/context';
import { badUserInput } from '../../platform/errors/api-errors';
import { parseGlobalId, toGlobalId } from '../../platform/graphql/global-id';
import type { Node } from '../../platform/graphql/node';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { publicNode, traceType } from './public-visibility';
import { edgeProviders, type Frontier, rowsOf, type TraceEdge, type TraceEnd } from './trace.edges';
import { TraceDirection, TraceGapReason } from './trace.enums';
import { MAX_TRACE_LINKS, MAX_TRACE_NODES, type Trace, type TraceLink, type TraceNode } from './trace.types';

export const MAX_TRACE_DEPTH = 10;
// A trace stops growing at MAX_TRACE_NODES nodes / MAX_TRACE_LINKS links (and says so): a decision
// with thousands of tasks is not one answer, and the query's cost is counted at those bounds.
export { MAX_TRACE_NODES };

const keyOf = (e: TraceEnd) => `${e.type}:${e.rowId}`;

function frontier(ctx: RequestContext, level: TraceEnd[]): Frontier {
  const byType = new Map<string, string[]>();
  for (const e of level) byType.set(e.type, [...(byType.get(e.type) ?? []), e.rowId]);
  const rows = new Map<string, Promise<unknown[]>>();
  return {
    types: () => [...byType.keys()],
    ids: (type) => byType.get(type) ?? [],
    globalIds: () => level.map((e) => toGlobalId(e.type, e.rowId)),
    rows: <R>(type: string) => {
      if (!rows.has(type)) rows.set(type, rowsOf(ctx, type, byType.get(type) ?? []));
      return rows.get(type)! as Promise<R[]>;
    },
  };
}

/** What the caller is shown of each object: the object, or a gap. Batched per type. */
async function resolveVisibility(ctx: RequestContext, ends: TraceEnd[]): Promise<({ node: Node } | { reason: TraceGapReason })[]> {
  if (ctx.actor) {
    // Internal callers: exactly what node(id:) gives them (the domains' node fetchers).
    const nodes = await Promise.all(ends.map((e) => fetchVisibleNodeOfType(ctx, e.type, e.rowId)));
    return nodes.map((node) => (node ? { node } : { reason: TraceGapReason.NOT_VISIBLE }));
  }
  const rows = await Promise.all(ends.map((e) => (traceType(e.type)?.rows(ctx).load(e.rowId) ?? Promise.resolve(null)) as Promise<{ rowId: string } | null>));
  return ends.map((e, i) => {
    const shown = publicNode(e.type, rows[i]);
    return 'node' in shown ? shown : { reason: TraceGapReason[shown.reason] };
  });
}

/**
 * The links around an object, walked level by level (one statement per link provider and level),
 * then filtered by the caller's rights. The walk goes through objects the caller may not read —
 * they become gaps, so a chain shows where something is hidden without showing what; null when the
 * traced object itself is not readable (as node(id:)).
 */
export async function traceFrom(ctx: RequestContext, id: string, direction: TraceDirection, depth: number): Promise<Trace | null> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TRACE_DEPTH) throw badUserInput(`"depth" is between 1 and ${MAX_TRACE_DEPTH}.`);
  const decoded = parseGlobalId(id);
  if (!decoded) return null;
  const root: TraceEnd = { type: decoded.type, rowId: decoded.rowId };
  const [rootShown] = await resolveVisibility(ctx, [root]);
  if (!('node' in rootShown)) return null;

  const distance = new Map<string, { end: TraceEnd; distance: number }>([[keyOf(root), { end: root, distance: 0 }]]);
  const links = new Map<string, TraceEdge>();
  let truncated = false;
  const walks = direction === TraceDirection.BOTH ? (['down', 'up'] as const) : direction === TraceDirection.DOWNSTREAM ? (['down'] as const) : (['up'] as const);
  for (const walk of walks) {
    const seen = new Set([keyOf(root)]);
    let level: TraceEnd[] = [root];
    for (let d = 1; d <= depth && level.length; d++) {
      const f = frontier(ctx, level);
      const edges = (await Promise.all(edgeProviders().map((p) => p[walk](ctx, f)))).flat();
      const next: TraceEnd[] = [];
      for (const e of edges) {
        const far = walk === 'down' ? e.to : e.from;
        const k = keyOf(far);
        const lk = `${e.relation}|${keyOf(e.from)}|${keyOf(e.to)}`;
        if (!links.has(lk) && links.size >= MAX_TRACE_LINKS) {
          truncated = true;
          continue;
        }
        if (!seen.has(k)) {
          if (!distance.has(k) && distance.size >= MAX_TRACE_NODES) {
            truncated = true;
            continue;
          }
          seen.add(k);
          next.push(far);
          if (!distance.has(k)) distance.set(k, { end: far, distance: d });
        }
        links.set(lk, e);
      }
      level = next;
    }
  }

  const entries = [...distance.values()].sort((a, b) => a.distance - b.distance);
  const shown = await resolveVisibility(ctx, entries.map((e) => e.end));
  const nodes = new Map<string, TraceNode>();
  entries.forEach((e, i) => {
    const s = shown[i];
    nodes.set(keyOf(e.end), {
      key: `n${i}`,
      distance: e.distance,
      node: 'node' in s ? s.node : null,
      gap: 'node' in s ? null : { typename: e.end.type, reason: s.reason },
    });
  });
  const linkList: TraceLink[] = [...links.values()]
    .map((e) => ({ relation: e.relation, from: nodes.get(keyOf(e.from))!, to: nodes.get(keyOf(e.to))! }))
    .sort((a, b) => Math.min(a.from.distance, a.to.distance) - Math.min(b.from.distance, b.to.distance));
  return { root: nodes.get(keyOf(root))!, nodes: [...nodes.values()], links: linkList, truncated };
}
