import { GraphQLError, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OperationExecutor } from '../../src/server/executor';

// The executor runs a document on graphql-js the first time and compiled (graphql-jit) from the
// second: both must answer the same, errors included, and refuse bad variables the same way.
const Item: GraphQLObjectType = new GraphQLObjectType({
  name: 'Item',
  fields: () => ({
    n: { type: new GraphQLNonNull(GraphQLInt) },
    label: { type: GraphQLString, resolve: async (item: { n: number }) => (item.n === 2 ? Promise.reject(new GraphQLError('no label', { extensions: { code: 'FORBIDDEN' } })) : `item ${item.n}`) },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: { type: new GraphQLList(Item), args: { first: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, { first }: { first: number }) => Array.from({ length: first }, (_, i) => ({ n: i + 1 })) },
    },
  }),
});

describe('the operation executor', () => {
  const document = parse('query Items($first: Int!) { items(first: $first) { n label } }');

  it('compiles a document the second time it runs, and answers the same as graphql-js, errors included', async () => {
    const executor = new OperationExecutor(schema);
    const first = await executor.execute({ document, variableValues: { first: 3 } });
    expect(executor.compiledCount).toBe(0);
    const second = await executor.execute({ document, variableValues: { first: 3 } });
    expect(executor.compiledCount).toBe(1);
    expect(JSON.parse(JSON.stringify(second))).toEqual(JSON.parse(JSON.stringify(first)));
    expect(first.data).toEqual({ items: [{ n: 1, label: 'item 1' }, { n: 2, label: null }, { n: 3, label: 'item 3' }] });
    for (const result of [first, second]) {
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error).toMatchObject({ message: 'no label', path: ['items', 1, 'label'], extensions: { code: 'FORBIDDEN' } });
      expect(error.locations).toEqual([{ line: 1, column: 54 }]);
    }
  });

  it('answers graphql-js’s own errors for variables it refuses, compiled or not', async () => {
    const executor = new OperationExecutor(schema);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await executor.execute({ document, variableValues: { first: 'three' } }));
    expect(executor.compiledCount).toBe(1);
    for (const a of answers) {
      expect(a.data).toBeUndefined();
      expect(a.errors?.map((e) => e.message)).toEqual(['Variable "$first" got invalid value "three"; Int cannot represent non-integer value: "three"']);
      expect(a.errors?.[0].nodes?.length).toBe(1); // what Apollo reads to answer BAD_USER_INPUT
    }
  });
});
