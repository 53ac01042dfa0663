import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection';

// Limits that apply to every operation on every transport (HTTP and WebSocket alike). They start
// from GraphQL Armor's defaults (depth 6, aliases 15, directives 50, tokens 1,000, cost 5,000),
// with depth raised to 8: a Relay connection adds two levels (`edges { node }`) that Armor's
// default does not foresee, and the generated client's dashboard queries need 7. The document's
// text is bounded too (the generated client's largest is a few kB; values belong in variables),
// and so is the time validation may take.
export const LIMITS = { depth: 8, aliases: 15, directives: 50, tokens: 1000, cost: 5000, documentChars: 100_000, validationMs: 100 };

export const LIMIT_CODE = 'QUERY_TOO_COMPLEX';

export function limitError(production: boolean, detail: string): GraphQLError {
  return new GraphQLError(production ? 'The operation exceeds the limits of this server.' : `The operation exceeds the limits of this server: ${detail}.`, {
    extensions: { code: LIMIT_CODE, http: { status: 400 } },
  });
}

/** A fragment that spreads itself, directly or not: invalid GraphQL, refused before anything expands it. */
export class FragmentCycleError extends GraphQLError {
  constructor(name: string) {
    super(`Cannot spread fragment "${name}" within itself.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  }
}

interface Shape {
  fragments: Map<string, FragmentDefinitionNode>;
  operations: OperationDefinitionNode[];
  aliases: number;
  directives: number;
}

function shapeOf(document: DocumentNode): Shape {
  const shape: Shape = { fragments: new Map(), operations: [], aliases: 0, directives: 0 };
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      if (!shape.fragments.has(def.name.value)) shape.fragments.set(def.name.value, def);
    } else if (def.kind === Kind.OPERATION_DEFINITION) shape.operations.push(def);
  }
  // Counted as written, each node once (spreads are not expanded).
  visit(document, {
    Field(node) {
      if (node.alias) shape.aliases++;
    },
    Directive() {
      shape.directives++;
    },
  });
  return shape;
}

/**
 * The deepest selection of any operation. Each fragment is measured once and remembered, so the
 * work is linear in the document's size however often fragments spread each other (a chain where
 * each fragment spreads the next twice would otherwise cost 2^n). A fragment met again on its own
 * path is a cycle: FragmentCycleError, before anything else.
 */
function maxDepth(shape: Shape): number {
  const known = new Map<string, number>();
  const onPath = new Set<string>();
  const fragmentDepth = (name: string): number => {
    const done = known.get(name);
    if (done !== undefined) return done;
    const fragment = shape.fragments.get(name);
    if (!fragment) return 0; // unknown fragment: validation reports it
    if (onPath.has(name)) throw new FragmentCycleError(name);
    onPath.add(name);
    const depth = depthOf(fragment.selectionSet);
    onPath.delete(name);
    known.set(name, depth);
    return depth;
  };
  const depthOf = (set: SelectionSetNode): number => {
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) max = Math.max(max, sel.name.value.startsWith('__') ? 0 : 1 + (sel.selectionSet ? depthOf(sel.selectionSet) : 0));
      else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet));
      else max = Math.max(max, fragmentDepth(sel.name.value));
    }
    return max;
  };
  let max = 0;
  for (const name of shape.fragments.keys()) fragmentDepth(name); // cycles even in fragments no operation spreads
  for (const op of shape.operations) max = Math.max(max, depthOf(op.selectionSet));
  return max;
}

/** The static limits (depth, aliases, directives, fragment cycles) of a parsed document; null when within them. */
export function staticLimitError(document: DocumentNode, production: boolean): GraphQLError | null {
  const shape = shapeOf(document);
  if (shape.aliases > LIMITS.aliases) return limitError(production, `${shape.aliases} aliases > ${LIMITS.aliases}`);
  if (shape.directives > LIMITS.directives) return limitError(production, `${shape.directives} directives > ${LIMITS.directives}`);
  try {
    const depth = maxDepth(shape);
    if (depth > LIMITS.depth) return limitError(production, `depth ${depth} > ${LIMITS.depth}`);
  } catch (err) {
    if (err instanceof FragmentCycleError) return err;
    throw err;
  }
  return null;
}

/** The same limits as a validation rule (Apollo runs it with the specified rules; graphql-ws through the Governor). */
export function limitRules(production: boolean) {
  const staticLimits = (context: ValidationContext): ASTVisitor => ({
    Document(node: DocumentNode) {
      const error = staticLimitError(node, production);
      if (error) context.reportError(error);
      return false; // nothing below needs this rule
    },
  });
  return [staticLimits];
}

/**
 * A hard bound on the time validation takes: checked at every node it visits, so no document,
 * however it slips past the limits above, holds the event loop for long. The bound is in CPU time
 * of this process, not wall time, so that a busy machine (the process descheduled mid-validation)
 * does not refuse a legitimate document; validating the generated client's largest document takes
 * a few ms. graphql-js stops validating when a rule throws; the Governor turns the throw into a
 * refusal.
 */
export class ValidationTimeout extends Error {}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

export function validationDeadlineRule(ms = LIMITS.validationMs) {
  return (_context: ValidationContext): ASTVisitor => {
    const deadline = cpuMs() + ms;
    // The clock is a system call (getrusage): read at every 16th node, which all rules visit in
    // microseconds, it bounds the time as well and was 1.5 s of the test suite's CPU in hostile documents.
    let nodes = 0;
    return {
      enter() {
        if ((++nodes & 15) === 0 && cpuMs() > deadline) throw new ValidationTimeout(`validation took over ${ms} ms of CPU`);
      },
    };
  };
}

export const parseOptions = { maxTokens: LIMITS.tokens };

/**
 * The cost of an operation before it runs: every field costs 1; the selection under a list field
 * costs as many times as the page it asks for (`first` / `last`, default page size for a
 * connection, the number of ids for `nodes`, the declared `listSize` of a bounded plain list). Each fragment is costed once per parent type and
 * remembered: linear in the document's size. May be Infinity or NaN for absurd inputs; compare
 * with `!(cost <= limit)`.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      if (!fragments.has(def.name.value)) fragments.set(def.name.value, def);
    } else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables ?? undefined) : undefined;
  };
  const multiplier = (field: FieldNode, returnsConnection: boolean, declared: unknown): number => {
    const first = argValue(field, 'first') ?? argValue(field, 'last');
    if (typeof first === 'number') return Math.max(1, first);
    const ids = argValue(field, 'ids');
    if (Array.isArray(ids)) return Math.max(1, ids.length);
    // A plain list whose length the server bounds declares the bound (`@Extensions({ listSize })`).
    if (typeof declared === 'number') return declared;
    return returnsConnection ? DEFAULT_PAGE_SIZE : 1;
  };
  const known = new Map<string, number>();
  const onPath = new Set<string>();
  const fragmentCost = (name: string, parent: GraphQLObjectType | null): number => {
    const fragment = fragments.get(name);
    if (!fragment) return 0;
    const typed = schema.getType(fragment.typeCondition.name.value);
    const within = typed && isCompositeType(typed) && isObjectType(typed) ? typed : parent;
    const key = `${name}\u0000${within?.name ?? ''}`;
    const done = known.get(key);
    if (done !== undefined) return done;
    if (onPath.has(name)) throw new FragmentCycleError(name);
    onPath.add(name);
    const cost = costOf(fragment.selectionSet, within);
    onPath.delete(name);
    known.set(key, cost);
    return cost;
  };
  const costOf = (set: SelectionSetNode | undefined, parent: GraphQLObjectType | null): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const def = parent?.getFields()[sel.name.value];
        const named = def ? getNamedType(def.type) : null;
        const child = named && isObjectType(named) ? named : null;
        const connection = !!named && named.name.endsWith('Connection');
        const inner = sel.selectionSet ? costOf(sel.selectionSet, child) : 0;
        total += 1 + multiplier(sel, connection, def?.extensions?.listSize) * inner;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const typed = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += costOf(sel.selectionSet, typed && isObjectType(typed) ? typed : parent);
      } else {
        total += fragmentCost(sel.name.value, parent);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root ?? null);
}
