// A GraphQL Code Generator plugin: what an Apollo InMemoryCache must know about the hub's schema,
// derived from the schema so that it cannot fall behind it.
//  - possibleTypes: the implementations of every interface and union (`node(id:)` fragments);
//  - connectionFields: per type, the fields answering a Relay connection (relay pagination);
//  - valueObjects: object types without an `id` (merged into their parent, never normalised).
const { isAbstractType, isObjectType, getNamedType } = require('graphql');

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

module.exports = {
  plugin(schema) {
    const possibleTypes = {};
    const connectionFields = {};
    const valueObjects = [];
    const types = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__'))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const type of types) {
      if (isAbstractType(type)) possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name).sort();
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      const paged = Object.values(fields)
        .filter((f) => /Connection$/.test(getNamedType(f.type).name) && f.args.some((a) => a.name === 'after'))
        .map((f) => [f.name, f.args.map((a) => a.name).filter((n) => !['first', 'after', 'last', 'before'].includes(n)).sort()]);
      if (paged.length) connectionFields[type.name] = Object.fromEntries(paged);
      const isPayload = /Payload$/.test(type.name) || 'userErrors' in fields;
      const isConnection = /(Connection|Edge)$/.test(type.name);
      if (!('id' in fields) && !ROOTS.has(type.name) && !isPayload && !isConnection) valueObjects.push(type.name);
    }
    const json = (v) => JSON.stringify(v, null, 2);
    return [
      '/* Generated from schema/schema.graphql by codegen/cache-shape.cjs (npm run codegen); do not edit. */',
      '',
      '/** Implementations of every interface and union, for `possibleTypes` of an Apollo cache. */',
      `export const possibleTypes: Record<string, string[]> = ${json(possibleTypes)};`,
      '',
      '/** Per type, each field answering a Relay connection, with its non-paging arguments (the cache key arguments). */',
      `export const connectionFields: Record<string, Record<string, string[]>> = ${json(connectionFields)};`,
      '',
      '/** Object types without an `id`: values of their parent, merged rather than replaced or normalised. */',
      `export const valueObjects: string[] = ${json(valueObjects)};`,
      '',
    ].join('\n');
  },
};
