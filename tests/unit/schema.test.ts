import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, GraphQLField, GraphQLInputField, GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { directFields, flatArgsConverter } from '../../src/platform/graphql/direct-resolvers';
import { buildHubSchema, printHubSchema } from '../../src/server/schema';

const root = path.resolve(__dirname, '..', '..');

describe('the committed schema', () => {
  it('matches what the code defines (run `npm run schema:write` and `npm run codegen` after a change)', () => {
    const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printHubSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(buildHubSchema().getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      
    }
    expect(missing).toEqual([]);
  });
});

describe('exact numbers', () => {
  it('has no Float field but deprecated ones with a Decimal twin, and no Float input', () => {
    const offending: string[] = [];
    for (const type of Object.values(buildHubSchema().getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        const fields = type.getFields();
        for (const field of Object.values(fields)) {
          if (getNamedType(field.type).name !== 'Float') continue;
          const twin = fields[`${field.name}Decimal`];
          if (!field.deprecationReason || !twin || getNamedType(twin.type).name !== 'Ratio') offending.push(`${type.name}.${field.name}`);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === 'Float') offending.push(`${type.name}.${field.name}`);
    }
    expect(offending).toEqual([]);
  });

  it('takes every id as ID: no input field or argument named like an id is a String', () => {
    const offending: string[] = [];
    const idLike = (name: string) => name === 'id' || name === 'ids' || /[a-z]Ids?$/.test(name);
    for (const type of Object.values(buildHubSchema().getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (idLike(field.name) && getNamedType(field.type).name !== 'ID') offending.push(`${type.name}.${field.name}`);
      }
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) if (idLike(arg.name) && getNamedType(arg.type).name !== 'ID') offending.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('access declarations', () => {
  it('every query, mutation and subscription declares who may call it', () => {
    buildHubSchema();
    const storage = getMetadataStorage();
    const declared = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const operations = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    expect(operations.length).toBeGreaterThan(5);
    const undeclared = operations.filter((op) => !declared.has(`${op.target.name}.${op.methodName}`)).map((op) => op.schemaName);
    expect(undeclared).toEqual([]);
  });
});

describe('field resolvers called directly', () => {
  it('are the per-row relations of the hot reads, and never a field with roles, middlewares or an argument type-graphql converts', () => {
    const schema = buildHubSchema();
    const direct = directFields(schema);
    for (const hot of ['Directive.issuer', 'Directive.acknowledgementSummary', 'Receipt.directive', 'CoordinationThread.lead', 'CoordinationThread.overdue', 'Delegation.power', 'Delegation.coverage', 'Body.children', 'Body.directiveInbox', 'Body.threads', 'Body.delegationsReceived']) {
      expect(direct).toContain(hot);
    }
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    for (const name of direct) {
      const [typeName, fieldName] = name.split('.');
      const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
      const meta = storage.fieldResolvers.filter((f) => f.schemaName === fieldName && storage.objectTypes.some((o) => o.name === typeName && o.target === f.getObjectType?.()));
      expect(meta.length, name).toBeGreaterThan(0);
      for (const m of meta) {
        expect(guarded.has(`${m.target.name}.${m.methodName}`), name).toBe(false);
        expect(m.roles ?? [], name).toEqual([]);
        expect(m.middlewares ?? [], name).toEqual([]);
        // Arguments only through one @Args() class whose values are copied as they are.
        const args = (m.params ?? []).filter((p) => p.kind === 'args' || p.kind === 'arg');
        expect(args.map((p) => p.kind), name).toEqual(field.args.length ? ['args'] : []);
        for (const p of args) expect(flatArgsConverter(p.getType() as never), name).not.toBeNull();
      }
    }
  });

  // Services answer connections as plain pages; the direct call runs the connection's methods on them as they are.
  it("calls a connection's fields on the plain page a service answers, not on a copy", async () => {
    const schema = buildHubSchema();
    const fields = (schema.getType('BodyConnection') as GraphQLObjectType).getFields();
    const edges = [{ cursor: 'c', node: { code: '330000' } }];
    const page = { loadPage: async () => ({ edges, pageInfo: { hasNextPage: false } }), countTotal: async () => 7 };
    const info = {} as never;
    expect(await fields.edges.resolve!(page, {}, {}, info)).toBe(edges);
    expect(await fields.totalCount.resolve!(page, {}, {}, info)).toBe(7);
    // type-graphql's own resolver would copy the page into an instance first: its methods would see another `this`.
    const seen: unknown[] = [];
    const watched = { loadPage() { seen.push(this); return page.loadPage(); }, countTotal: page.countTotal };
    await fields.edges.resolve!(watched, {}, {}, info);
    expect(seen).toEqual([watched]);
    expect(seen[0]).toBe(watched);
  });

  // The direct call builds @Args() itself; it must hand the resolver what type-graphql's own conversion would.
  it('hands a resolver the same arguments object as type-graphql', () => {
    buildHubSchema();
    const storage = getMetadataStorage();
    const convertArgs = createRequire(require.resolve('type-graphql')).call(null, './resolvers/convert-args.js') as {
      convertArgsToInstance(param: { getType(): unknown }, args: Record<string, unknown>): object;
    };
    const values: Record<string, unknown> = { first: 3, after: null, kind: 'GOVERNMENT', orderBy: 'NAME', pendingOnly: true, status: 'OPEN', unexpected: 'kept out' };
    const seen: string[] = [];
    for (const f of storage.fieldResolvers) {
      for (const p of f.params ?? []) {
        if (p.kind !== 'args') continue;
        const convert = flatArgsConverter(p.getType() as never);
        if (!convert) continue;
        seen.push(f.methodName);
        const ours = convert(values);
        const theirs = convertArgs.convertArgsToInstance(p, values);
        expect(Object.getPrototypeOf(ours), f.methodName).toBe(Object.getPrototypeOf(theirs));
        expect({ ...ours }, f.methodName).toEqual({ ...theirs });
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['children', 'directiveInbox', 'threads']));
  });
});
