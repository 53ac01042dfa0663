import { FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connectionSelection, selectsBelow } from '../../src/platform/graphql/lookahead';

/** What a resolver of the query's first root field sees of the document (the parts lookahead reads). */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD) throw new Error('the first selection must be a field');
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('lookahead', () => {
  it("tells a connection's page from its total, through inline fragments and spreads, on its own level only", () => {
    expect(connectionSelection(infoOf('{ bodies { totalCount } }'))).toEqual({ page: false, total: true });
    expect(connectionSelection(infoOf('{ bodies { pageInfo { hasNextPage } } }'))).toEqual({ page: true, total: false });
    expect(connectionSelection(infoOf('{ bodies { __typename } }'))).toEqual({ page: false, total: false });
    expect(connectionSelection(infoOf('{ bodies { ... on BodyConnection { edges { cursor } } ...Total } } fragment Total on BodyConnection { totalCount }'))).toEqual({ page: true, total: true });
    // A nested connection's fields are not this one's.
    expect(connectionSelection(infoOf('{ bodies { edges { node { children { totalCount } } } } }'))).toEqual({ page: true, total: false });
  });

  it('finds a field at any depth below, through fragments, and not one that is absent', () => {
    const query = '{ body { directiveInbox { edges { node { ...D } } } } } fragment D on Receipt { directive { ... on Directive { content } } }';
    expect(selectsBelow(infoOf(query), 'content')).toBe(true);
    expect(selectsBelow(infoOf(query), 'acknowledgementSummary')).toBe(false);
    expect(selectsBelow(infoOf('{ body { code } }'), 'body')).toBe(false); // the current field itself is not below it
  });
});
