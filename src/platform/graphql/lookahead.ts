import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects a field of this name anywhere below the current field (through
 * fragments too). Hot read paths use it to leave out columns and joins nobody asked for.
 */
export function selectsBelow(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field' && (s.name.value === name || walk(s.selectionSet))) return true;
      if (s.kind === 'InlineFragment' && walk(s.selectionSet)) return true;
      if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/**
 * Which parts of a connection the query selects on the current field (through fragments too): its
 * page (`edges` or `pageInfo`) and its `totalCount`.
 */
export function connectionSelection(info: GraphQLResolveInfo): { page: boolean; total: boolean } {
  const asked = { page: false, total: false };
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        if (s.name.value === 'edges' || s.name.value === 'pageInfo') asked.page = true;
        else if (s.name.value === 'totalCount') asked.total = true;
      } else if (s.kind === 'InlineFragment') walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const f of info.fieldNodes) walk(f.selectionSet);
  return asked;
}
