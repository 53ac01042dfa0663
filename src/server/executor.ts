import { createSourceEventStream, DocumentNode, execute, ExecutionArgs, ExecutionResult, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema, subscribe, VariableDefinitionNode } from 'graphql';
// graphql-js's own mapping of a source stream to results (what its subscribe does with execute).
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct (document, operation) pairs kept (compiled or seen once); past that the least recently used is dropped. */
const COMPILED_CACHE = 1000;
/** A document seen once so far: it runs on graphql-js, and is compiled when it comes again. */
const SEEN_ONCE = 'seen-once';

/** What runs one operation; `document` parsed and validated (by Apollo or the governor), with its locations: its text is the cache key. */
export type Execution = Pick<ExecutionArgs, 'document' | 'operationName' | 'contextValue' | 'variableValues' | 'rootValue'>;

interface Compiled {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
}

/**
 * Executes validated operations with graphql-jit (issue #19: graphql-js's per-field dispatch, promise
 * handling and completeValue were most of the CPU of the hot reads). A distinct (document, operation)
 * is compiled the second time it comes (a client's operations repeat; a stream of one-off documents
 * costs no compilation, ~2–14 ms each, nor generated code) and kept; one that graphql-jit cannot
 * compile runs on graphql-js.
 *
 * Variables are graphql-js's to judge: graphql-jit coerces them with code of its own, whose errors
 * lack the variable's node (Apollo then cannot tell the caller's input from a fault) and whose
 * rules are not graphql-js's. An operation whose variables graphql-js refuses runs on graphql-js,
 * which answers its usual errors without resolving anything.
 */
export class OperationExecutor {
  private readonly compiled = new Map<string, Compiled | typeof SEEN_ONCE | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** How many operations run compiled now. */
  get compiledCount(): number {
    let n = 0;
    for (const c of this.compiled.values()) if (c && c !== SEEN_ONCE) n += 1;
    return n;
  }

  execute(args: Execution): ExecutionResult | Promise<ExecutionResult> {
    const compiled = this.compile(args.document, args.operationName);
    return compiled ? this.run(compiled, args) : this.graphqlJs(args);
  }

  /**
   * A subscription as graphql-js runs it (variables, the field's `subscribe`, its errors), each
   * event then executed as above.
   */
  async subscribe(args: Execution): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const { document, operationName, contextValue, variableValues } = args;
    const compiled = this.compile(document, operationName);
    if (!compiled) return subscribe({ schema: this.schema, document, operationName, contextValue, variableValues });
    // graphql-js accepted the variables here (or answered its errors): the events need no second look.
    const stream = await createSourceEventStream({ schema: this.schema, document, operationName, contextValue, variableValues });
    if (!(Symbol.asyncIterator in stream)) return stream;
    // The event goes in as the root value beside the arguments, not spread into a copy of them:
    // `{ ...args, rootValue }` takes V8's slow path (~1 µs), once per delivery to every subscriber.
    return mapAsyncIterator(stream, (event) => this.run(compiled, args, true, event));
  }

  private run(compiled: Compiled, args: Execution, variablesAccepted = false, rootValue: unknown = args.rootValue): ExecutionResult | Promise<ExecutionResult> {
    const { contextValue, variableValues } = args;
    // maxErrors 1: whether graphql-js refuses them is all that is asked here.
    if (!variablesAccepted && compiled.variables.length && getVariableValues(this.schema, compiled.variables, variableValues ?? {}, { maxErrors: 1 }).errors) return this.graphqlJs(args);
    const result = compiled.query.query(rootValue, contextValue, variableValues as Record<string, unknown> | undefined);
    if (isPromiseLike(result)) return result.then(asGraphQLErrors);
    // Only a refusal of the variables answers without data: graphql-js judges those.
    return result.data === undefined ? this.graphqlJs({ ...args, rootValue }) : asGraphQLErrors(result);
  }

  private graphqlJs({ document, operationName, contextValue, variableValues, rootValue }: Execution): Promise<ExecutionResult> | ExecutionResult {
    return execute({ schema: this.schema, document, operationName, contextValue, variableValues, rootValue });
  }

  private compile(document: DocumentNode, operationName: string | null | undefined): Compiled | null {
    const source = document.loc?.source.body;
    if (source === undefined) return null; // parsed without locations: no text to key it by
    const key = `${operationName ?? ''}\n${source}`;
    const known = this.compiled.get(key);
    let compiled: Compiled | typeof SEEN_ONCE | null;
    if (known === undefined) {
      compiled = SEEN_ONCE;
      if (this.compiled.size >= COMPILED_CACHE) this.compiled.delete(this.compiled.keys().next().value!);
    } else if (known === SEEN_ONCE) {
      const query = compileQuery(this.schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(query) ? { query, variables: getOperationAST(document, operationName)?.variableDefinitions ?? [] } : null;
    } else {
      compiled = known;
    }
    this.compiled.delete(key); // most recently used last
    this.compiled.set(key, compiled);
    return compiled === SEEN_ONCE ? null : compiled;
  }
}

function isPromiseLike<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown })?.then === 'function';
}

/**
 * graphql-jit's errors are its own objects (no `nodes`, `extensions` undefined when the cause has
 * none, which Apollo's formatting does not survive): rebuilt as the graphql-js errors that
 * locatedError would have made, so Apollo and maskError see what they see from graphql-js.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
      if (e.locations) (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
      return error;
    }),
  };
}
