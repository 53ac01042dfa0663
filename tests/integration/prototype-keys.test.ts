import { randomUUID } from 'node:crypto';
import { getNamedType, getNullableType, GraphQLArgument, GraphQLField, GraphQLInputType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, Lexer, Source, TokenKind } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import { buildHubSchema } from '../../src/server/schema';
import { inParallel, post, trySubscribe } from '../support/raw';
import { useTestHub } from '../support/test-hub';

// Issue #18: ids whose decoded type was a property of Object.prototype ("constructor", "__proto__",
// "toString" …) reached a lookup in a plain object and answered INTERNAL_SERVER_ERROR. Every name of
// Object.prototype goes through every ID and String input of every query and mutation (found by
// walking the schema): as the id itself, as the type and as the row of a global id, and as a code.
// The answer is data, or a typed refusal; never a 500.

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const TYPED = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED'];

function hostile(scalar: 'ID' | 'String'): string[] {
  return NAMES.flatMap((name) => (scalar === 'ID' ? [name, toGlobalId(name, '1'), toGlobalId(name, randomUUID()), toGlobalId('Body', name), toGlobalId('Directive', name)] : [name]));
}

/** A valid-looking value for a required position that is not under test. */
function filler(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [filler(inner.ofType as GraphQLInputType, name)];
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) if (isNonNullType(f.type)) out[f.name] = filler(f.type, f.name);
    return out;
  }
  switch (isScalarType(inner) ? inner.name : '') {
    case 'ID':
      return toGlobalId('Body', randomUUID());
    case 'String':
      return name === 'idempotencyKey' ? randomUUID() : '330100';
    case 'Int':
      return name === 'depth' ? 2 : new Date().getUTCFullYear();
    case 'Boolean':
      return false;
    case 'Money':
    case 'Quantity':
    case 'Percentage':
    case 'Decimal':
      return '1.00';
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      throw new Error(`no filler for ${inner.toString()}`);
  }
}

interface Target {
  label: string;
  field: GraphQLField<unknown, unknown>;
  operation: 'query' | 'mutation' | 'subscription';
  /** Argument name, then input-object field names down to the ID or String leaf. */
  path: string[];
  scalar: 'ID' | 'String';
}

/** Every ID and String position reachable from an argument, through input objects and lists. */
function targetsOf(operation: Target['operation'], field: GraphQLField<unknown, unknown>): Target[] {
  const out: Target[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && (named.name === 'ID' || named.name === 'String')) out.push({ label: `${operation} ${field.name}(${path.join('.')})`, field, operation, path, scalar: named.name });
    else if (isInputObjectType(named) && !seen.has(named.name)) for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], new Set([...seen, named.name]));
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return out;
}

/** The arguments of a call with `value` at the target's path and fillers for every other required position. */
function argumentsFor(target: Target, value: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of target.field.args) if (isNonNullType(arg.type)) args[arg.name] = filler(arg.type, arg.name);
  let holder: Record<string, unknown> = args;
  let type: GraphQLInputType | undefined = target.field.args.find((a: GraphQLArgument) => a.name === target.path[0])!.type;
  for (let i = 0; i < target.path.length; i++) {
    const key = target.path[i];
    const inner = getNullableType(type!) as GraphQLInputType;
    const list = isListType(inner);
    const named = getNamedType(inner);
    if (i === target.path.length - 1) {
      holder[key] = list ? [value] : value;
    } else {
      const child = (holder[key] && typeof holder[key] === 'object' ? (list ? (holder[key] as Record<string, unknown>[])[0] : holder[key]) : filler(named, key)) as Record<string, unknown>;
      holder[key] = list ? [child] : child;
      holder = child;
      type = isInputObjectType(named) ? named.getFields()[target.path[i + 1]].type : undefined;
    }
  }
  return args;
}

function documentFor(target: Target): string {
  const vars = target.field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = target.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${target.operation} Probe${vars ? `(${vars})` : ''} { ${target.field.name}${call ? `(${call})` : ''} ${selectionOf(target)} }`;
}

function selectionOf(target: Target): string {
  return isCompositeType(getNamedType(target.field.type)) ? '{ __typename }' : '';
}

// The governor admits 15 aliases and 1,000 tokens per document.
const MAX_ALIASES = 15;
const MAX_TOKENS = 1000;

function tokensOf(document: string): number {
  const lexer = new Lexer(new Source(document));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

/** The values in documents the governor admits: as many aliases in each as the limits allow. */
function batchesOf(target: Target, values: string[]): string[][] {
  const perAlias = tokensOf(batchFor(target, values.slice(0, 2)).document) - tokensOf(batchFor(target, values.slice(0, 1)).document);
  const size = Math.max(1, Math.min(MAX_ALIASES, Math.floor((MAX_TOKENS - 10) / perAlias)));
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}

/**
 * One document that probes several values at once: the field again under an alias per value (`p0`,
 * `p1` …), each with arguments of its own (`$p0_input` …). Every alias resolves on its own — root
 * mutation fields one after another — so each value still reaches the resolver, its loaders and the
 * database, and an error names its alias in its path.
 */
function batchFor(target: Target, values: string[]): { document: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const calls: string[] = [];
  const variables: Record<string, unknown> = {};
  values.forEach((value, i) => {
    const args = argumentsFor(target, value);
    for (const a of target.field.args) {
      definitions.push(`$p${i}_${a.name}: ${a.type.toString()}`);
      if (a.name in args) variables[`p${i}_${a.name}`] = args[a.name];
    }
    const call = target.field.args.map((a) => `${a.name}: $p${i}_${a.name}`).join(', ');
    calls.push(`p${i}: ${target.field.name}${call ? `(${call})` : ''} ${selectionOf(target)}`);
  });
  return { document: `${target.operation} Probe${definitions.length ? `(${definitions.join(', ')})` : ''} { ${calls.join(' ')} }`, variables };
}

const schema = buildHubSchema();
const targets = [
  ...Object.values(schema.getQueryType()!.getFields()).flatMap((f) => targetsOf('query', f)),
  ...Object.values(schema.getMutationType()!.getFields()).flatMap((f) => targetsOf('mutation', f)),
];
const subscriptionTargets = Object.values(schema.getSubscriptionType()!.getFields()).flatMap((f) => targetsOf('subscription', f));

const t = useTestHub({ config: { rateLimitAccount: 0, rateLimitBody: 0, publicWritesPerAddress: 0, publicWritesPerTarget: 0 } });
let admin: string;

beforeAll(async () => {
  admin = await t.token('330000', ['LEAD', 'OFFICER', 'ADMIN']);
});

describe('names of Object.prototype as ids and codes', () => {
  it('covers node, nodes, auditTrail, trace and the code inputs', () => {
    const labels = targets.map((x) => x.label);
    for (const expected of ['query node(id)', 'query nodes(ids)', 'query auditTrail(targetId)', 'query trace(id)', 'query body(code)', 'mutation delegatePower(input.powerCode)']) expect(labels).toContain(expected);
    expect(targets.filter((x) => x.operation === 'mutation').length).toBeGreaterThanOrEqual(20);
    expect(subscriptionTargets.map((x) => x.label)).toContain('subscription threadActivity(threadId)');
  });

  it.each(targets.map((x) => [x.label, x] as const))('%s: a typed answer, never a 500', async (_label, target) => {
    const values = hostile(target.scalar);
    const batches = batchesOf(target, values);
    const callers = target.operation === 'query' ? [undefined, admin] : [admin];
    const probes = batches.flatMap((batch) => callers.map((token) => ({ batch, token })));
    let answered = 0;
    // Independent probes (no probe reads what another wrote): two documents in flight at once;
    // each alias's answer is still checked on its own.
    await inParallel(probes, 2, async ({ batch, token }) => {
      const { document, variables } = batchFor(target, batch);
      const r = await post(t.url, document, variables, token);
      const show = (alias?: unknown) => `${alias === undefined ? batch.join(', ') : batch[Number(String(alias).slice(1))]} ${token ? 'as admin' : 'anonymous'}: ${JSON.stringify(r).slice(0, 400)}`;
      expect(r.status, show()).toBeLessThan(500);
      for (const e of r.errors ?? []) expect(TYPED, show(e.path?.[0])).toContain(String(e.extensions?.code));
      // Every alias answered: with data, or with an error on its own path (none swallowed by another).
      for (let i = 0; i < batch.length; i++) {
        const own = r.data?.[`p${i}`] !== undefined || (r.errors ?? []).some((e) => e.path?.[0] === `p${i}`);
        if (own) answered += 1;
        else expect(r.errors?.length, show(`p${i}`)).toBeGreaterThan(0); // refused as a whole (variables), still typed
      }
    });
    expect(batches.flat()).toEqual(values);
    expect(values.length).toBeGreaterThanOrEqual(NAMES.length);
    expect(answered).toBeGreaterThan(0);
  });

  it.each(subscriptionTargets.map((x) => [x.label, x] as const))('%s over WebSocket: a typed refusal or a quiet subscription, never a 500', async (_label, target) => {
    const document = documentFor(target);
    for (const value of hostile(target.scalar)) {
      const outcome = await trySubscribe(t.hub.wsUrl, admin, document, argumentsFor(target, value), 300);
      const show = `${value}: ${JSON.stringify(outcome)}`;
      expect(['error', 'quiet'], show).toContain(outcome.kind);
      if (outcome.kind === 'error') for (const code of outcome.codes) expect(TYPED, show).toContain(code);
    }
  });
});
