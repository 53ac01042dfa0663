import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** The fields of a selection set, through inline fragments and fragment spreads (each spread once per `seen`). */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, seen: Set<string>): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') fields.push(s);
    else if (s.kind === 'InlineFragment') fields.push(...fieldsOf(info, s.selectionSet, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      fields.push(...fieldsOf(info, info.fragments[s.name.value]?.selectionSet, seen));
    }
  }
  return fields;
}

/**
 * Whether the query selects a field of this name anywhere below the current field (through
 * fragments too). Hot read paths use it to leave out columns and joins nobody asked for.
 */
export function selectsBelow(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => fieldsOf(info, set, seen).some((f) => f.name.value === name || walk(f.selectionSet));
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/**
 * Which parts of a connection the query selects on the current field (through fragments too): its
 * page (`edges` or `pageInfo`) and its `totalCount`.
 */
export function connectionSelection(info: GraphQLResolveInfo): { page: boolean; total: boolean } {
  const seen = new Set<string>();
  const names = new Set(info.fieldNodes.flatMap((f) => fieldsOf(info, f.selectionSet, seen)).map((f) => f.name.value));
  return { page: names.has('edges') || names.has('pageInfo'), total: names.has('totalCount') };
}
