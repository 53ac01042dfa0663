import fs from 'node:fs';
import path from 'node:path';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { Kind, parse, specifiedRules, validate, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FragmentCycleError, LIMITS, limitRules, operationCost, staticLimitError, validationDeadlineRule, ValidationTimeout } from '../../src/platform/graphql/limits';
import { buildHubSchema } from '../../src/server/schema';
import * as generated from '../generated/graphql';

const schema = buildHubSchema();
const documents = Object.entries(generated).filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === 'Document') as [string, DocumentNode][];

/** Variables that ask for the biggest pages the client's screens use: 50, and 10 for nested lists. */
function pageVariables(doc: DocumentNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  visit(doc, {
    VariableDefinition(node) {
      if (/^(first|last)$/.test(node.variable.name.value)) vars[node.variable.name.value] = 50;
      if (node.variable.name.value === 'childrenFirst') vars.childrenFirst = 10;
      if (node.variable.name.value === 'ids') vars.ids = Array(50).fill('x');
    },
  });
  return vars;
}

describe('query limits', () => {
  it('let every operation of the generated client through, with pages of 50', () => {
    expect(documents.length).toBeGreaterThan(30);
    for (const [name, doc] of documents) {
      expect(validate(schema, doc, [...specifiedRules, ...limitRules(true)]), name).toEqual([]);
      expect(operationCost(schema, doc, pageVariables(doc)), name).toBeLessThanOrEqual(LIMITS.cost);
    }
  });

  it('let every operation of the client package (clients/typescript/operations) through, with pages of 50', () => {
    const dir = path.resolve(__dirname, '..', '..', 'clients', 'typescript', 'operations');
    const all = parse(fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
    const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = all.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) {
      const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
      const errors = validate(schema, doc, [...specifiedRules, ...limitRules(true)]).filter((e) => !/is never used/.test(e.message));
      expect(errors, op.name?.value).toEqual([]);
      expect(operationCost(schema, doc, pageVariables(doc)), op.name?.value).toBeLessThanOrEqual(LIMITS.cost);
    }
  });

  it('refuse depth, aliases and directives beyond the limits', () => {
    const deep = parse('{ body(code: "CN") { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } }');
    expect(validate(schema, deep, limitRules(true)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const aliases = parse(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { accountId }`).join(' ')} }`);
    expect(validate(schema, aliases, limitRules(true)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const directives = parse(`{ viewer { accountId ${'@include(if: true) '.repeat(51)} } }`);
    expect(validate(schema, directives, limitRules(true)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('charge a connection its page size times its selection', () => {
    const one = operationCost(schema, parse('{ bodies(first: 10) { edges { node { code name } } } }'), {});
    const two = operationCost(schema, parse('{ bodies(first: 20) { edges { node { code name } } } }'), {});
    expect(two).toBeGreaterThan(one * 1.8);
    const nested = operationCost(schema, parse('query($n: Int) { bodies(first: $n) { edges { node { children(first: 100) { edges { node { code } } } } } } }'), { n: 100 });
    expect(nested).toBeGreaterThan(LIMITS.cost);
  });

  it('charge a bounded plain list its declared size (trace: 100 nodes, 200 links), not 1', () => {
    const nodes = operationCost(schema, parse('{ trace(id: "x") { nodes { key distance } } }'), {});
    const root = operationCost(schema, parse('{ trace(id: "x") { root { key distance } } }'), {});
    expect(nodes).toBe(1 + 1 + 100 * 2);
    expect(root).toBe(1 + 1 + 2);
    expect(operationCost(schema, parse('{ trace(id: "x") { links { relation } } }'), {})).toBe(1 + 1 + 200 * 1);
  });

  it('do not reveal the limits in production messages', () => {
    const deep = parse('{ body(code: "CN") { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } }');
    expect(validate(schema, deep, limitRules(true))[0].message).not.toMatch(/\d/);
    expect(validate(schema, deep, limitRules(false))[0].message).toMatch(/depth \d+ > 8/);
  });
});

describe('limits on hostile shapes (issue #18)', () => {
  // Each fragment spreads the next twice: 2^levels paths through 2·levels spreads.
  const fanOut = (levels: number) =>
    parse(
      ['query FanOut { ...F0 }', ...Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`), `fragment F${levels} on Query { viewer { accountId } }`].join('\n'),
    );

  it('cost a fragment fan-out exactly, measuring each fragment once', () => {
    // viewer { accountId } costs 2, reached along 2^levels paths: only memoization gets there.
    expect(operationCost(schema, fanOut(12), {})).toBe(2 * 2 ** 12);
    expect(operationCost(schema, fanOut(90), {})).toBe(2 * 2 ** 90);
    expect(staticLimitError(fanOut(90), false)).toBeNull(); // depth 2, no aliases: only the cost refuses it
  });

  it('refuse a fragment cycle before expanding anything, even in a fragment no operation spreads', () => {
    const cycle = parse('query Q { viewer { accountId } } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(staticLimitError(cycle, true)).toBeInstanceOf(FragmentCycleError);
    expect(staticLimitError(cycle, true)?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('treat an absurd page size as over the limit, never as NaN within it', () => {
    const cost = operationCost(schema, parse('query($n: Int) { bodies(first: $n) { edges { node { code } } } }'), { n: Number.MAX_VALUE * 10 });
    expect(cost <= LIMITS.cost).toBe(false);
  });

  it('bound the time validation may take', () => {
    // Over 16 nodes: the rule reads the clock at every 16th.
    const doc = parse('{ viewer { accountId roles body { code name } } bodies(first: 2) { totalCount edges { node { code } } } }');
    expect(() => validate(schema, doc, [...specifiedRules, validationDeadlineRule(-1)])).toThrow(ValidationTimeout);
    expect(validate(schema, doc, [...specifiedRules, validationDeadlineRule()])).toEqual([]);
  });
});
