import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection';

// Limits that apply to every operation on every transport (HTTP and WebSocket alike). They start
// from GraphQL Armor's defaults (depth 6, aliases 15, directives 50, tokens 1,000, cost 5,000),
// with depth raised to 8: a Relay connection adds two levels (`edges { node }`) that Armor's
// default does not foresee, and the generated client's dashboard queries need 7.
export const LIMITS = { depth: 8, aliases: 15, directives: 50, tokens: 1000, cost: 5000 };

export const LIMIT_CODE = 'QUERY_TOO_COMPLEX';

function limitError(production: boolean, detail: string): GraphQLError {
  return new GraphQLError(production ? 'The operation exceeds the limits of this server.' : `The operation exceeds the limits of this server: ${detail}.`, {
    extensions: { code: LIMIT_CODE, http: { status: 400 } },
  });
}

/** Depth, alias and directive limits as validation rules (run by Apollo and by graphql-ws). */
export function limitRules(production: boolean) {
  const depthRule = (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) max = Math.max(max, sel.name.value.startsWith('__') ? 0 : 1 + depthOf(sel.selectionSet, seen));
        else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) max = Math.max(max, depthOf(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value])));
      }
      return max;
    };
    return {
      OperationDefinition(op: OperationDefinitionNode) {
        const depth = depthOf(op.selectionSet, new Set());
        if (depth > LIMITS.depth) context.reportError(limitError(production, `depth ${depth} > ${LIMITS.depth}`));
      },
    };
  };
  const countRule = (what: 'aliases' | 'directives') => (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node: FieldNode) {
        if (what === 'aliases' && node.alias) count++;
      },
      Directive() {
        if (what === 'directives') count++;
      },
      Document: {
        leave() {
          if (count > LIMITS[what]) context.reportError(limitError(production, `${count} ${what} > ${LIMITS[what]}`));
        },
      },
    };
  };
  return [depthRule, countRule('aliases'), countRule('directives')];
}

export const parseOptions = { maxTokens: LIMITS.tokens };

/**
 * The cost of an operation before it runs: every field costs 1; the selection under a list field
 * costs as many times as the page it asks for (`first` / `last`, default page size for a
 * connection, the number of ids for `nodes`).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables) : undefined;
  };
  const multiplier = (field: FieldNode, returnsConnection: boolean): number => {
    const first = argValue(field, 'first') ?? argValue(field, 'last');
    if (typeof first === 'number') return Math.max(1, first);
    const ids = argValue(field, 'ids');
    if (Array.isArray(ids)) return Math.max(1, ids.length);
    return returnsConnection ? DEFAULT_PAGE_SIZE : 1;
  };
  const costOf = (set: SelectionSetNode | undefined, parent: GraphQLObjectType | null, seen: Set<string>): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const def = parent?.getFields()[sel.name.value];
        const named = def ? getNamedType(def.type) : null;
        const child = named && isObjectType(named) ? named : null;
        const connection = !!named && named.name.endsWith('Connection');
        const inner = sel.selectionSet ? costOf(sel.selectionSet, child, seen) : 0;
        total += 1 + multiplier(sel, connection) * inner;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const typed = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += costOf(sel.selectionSet, typed && isObjectType(typed) ? typed : parent, seen);
      } else if (!seen.has(sel.name.value)) {
        const fragment = fragments.get(sel.name.value);
        const typed = fragment ? schema.getType(fragment.typeCondition.name.value) : null;
        total += costOf(fragment?.selectionSet, typed && isCompositeType(typed) && isObjectType(typed) ? typed : parent, new Set([...seen, sel.name.value]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root ?? null, new Set());
}

export function assertCost(cost: number, production: boolean): void {
  if (cost > LIMITS.cost) throw limitError(production, `cost ${cost} > ${LIMITS.cost}`);
}
