import { GraphQLError, GraphQLFormattedError, Kind, OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { LIMIT_CODE } from '../platform/graphql/limits';
import type { Logger } from '../platform/logger';

// Errors that mean "the database is away right now" (restart, failover, network, a database closed
// to connections; for SQLite, another writer holding the file past the busy timeout): the request
// changed nothing (its transaction never committed) and may be retried.
const SQLITE_BUSY_CODES = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_BUSY_RECOVERY'];
const DB_UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|Query runner already released|query runner was already released|terminating connection|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections|Client has encountered a connection error|timeout exceeded when trying to connect/i;
// The same for the client, but an operator must act: the disk or the database's file limit is full
// (SQLITE_FULL; PostgreSQL disk_full), memory ran out, or every connection slot is taken.
const DB_EXHAUSTED_CODES = new Set(['SQLITE_FULL', '53100', '53200', '53300']);
// PostgreSQL gave up on the statement under contention — cancelled at HUB_STATEMENT_TIMEOUT_MS
// (57014), a lock not granted in time (55P03), a deadlock or a serialization conflict with another
// transaction (40P01, 40001) — and rolled its transaction back: a retry usually succeeds.
const STATEMENT_TIMEOUT = '57014';
const DB_CONTENDED_CODES = [STATEMENT_TIMEOUT, '55P03', '40P01', '40001'];
const DB_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', 'ECONNREFUSED', 'ECONNRESET', ...SQLITE_BUSY_CODES, ...DB_EXHAUSTED_CODES, ...DB_CONTENDED_CODES]);

const codeOf = (err: unknown): string => {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : '';
};

export function isDatabaseUnavailable(err: unknown): boolean {
  return !!err && (DB_UNAVAILABLE_CODES.has(codeOf(err)) || DB_UNAVAILABLE.test((err as { message?: string }).message ?? ''));
}

/** A database that is out of space, memory or connections: unavailable to the caller, and a reason to page an operator. */
export function isDatabaseExhausted(err: unknown): boolean {
  return DB_EXHAUSTED_CODES.has(codeOf(err));
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; nothing was changed. Retry shortly.';
const STATEMENT_TIMEOUT_MESSAGE = 'The database took longer than the hub allows to answer; nothing was changed. Retry shortly, or ask for less (a smaller page, fewer fields).';
// A mutation's root fields run one after another, and each resolver returns its payload only after
// its transaction committed. An error below a root field, or at a root field after an earlier one
// answered, comes after a change was saved: "nothing was changed, retry" would be false for it.
const COMMITTED_MESSAGES = {
  answer:
    'The change was saved, but part of its answer could not be read: the database went away after it committed. Do not repeat the change; read its result again shortly (a repeat with the same idempotencyKey answers the saved object).',
  earlier:
    'This change was not made: the database went away. An earlier mutation of this request answered and may have saved its change: do not repeat the whole request; read what it changed, or repeat each change with its own idempotencyKey.',
};
const afterCommit = new WeakMap<object, keyof typeof COMMITTED_MESSAGES>();

/** Marks which errors of an operation were raised after a change of it committed (each transport calls it before masking). */
export function markErrorsAfterCommit(operation: OperationDefinitionNode | null | undefined, errors: readonly GraphQLError[]): void {
  if (operation?.operation !== OperationTypeNode.MUTATION) return;
  const roots = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? (s.alias ?? s.name).value : null));
  const failed = new Set(errors.map((e) => e.path?.[0]));
  for (const e of errors) {
    if (!e.path) continue;
    if (e.path.length > 1) afterCommit.set(e, 'answer');
    // An earlier root field without an error answered: its change was made.
    else if (roots.slice(0, Math.max(0, roots.indexOf(e.path[0] as string))).some((key) => key !== null && !failed.has(key))) afterCommit.set(e, 'earlier');
  }
}

/** Answered as 503: the database was away and the operation changed nothing. */
export function isUnavailableAndUnchanged(error: GraphQLError): boolean {
  return !afterCommit.has(error) && isDatabaseUnavailable(error.originalError ?? error);
}

/**
 * The one masking function, for HTTP (Apollo's formatError) and WebSocket (graphql-ws onNext)
 * alike: errors with a known code pass; anything unexpected is logged in full and masked.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Raised before execution without a code (variables that do not coerce): the caller's input.
  // Apollo classifies these itself over HTTP; graphql-ws does not.
  if (code === undefined && !formatted.path) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  // A literal our scalars reject (e.g. Money 12.5) fails validation; the caller's fault is the input.
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  // So does an operation over the limits; keep its own code so clients can tell it apart.
  const causeCode = cause instanceof GraphQLError ? cause.extensions?.code : undefined;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (causeCode === 'BAD_USER_INPUT' || causeCode === LIMIT_CODE)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: causeCode } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // graphql-js stops coercing variables after 50 errors with a code-less error: still the caller's input.
  if (formatted.message.startsWith('Too many errors processing variables')) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDatabaseUnavailable(original)) {
    const committed = error instanceof GraphQLError ? afterCommit.get(error) : undefined;
    if (committed) {
      log.warn({ err: (original as Error).message, path: formatted.path }, 'database unavailable after a mutation committed');
      return { message: COMMITTED_MESSAGES[committed], path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: false, committed: true } };
    }
    if (isDatabaseExhausted(original)) log.error({ err: (original as Error).message, code: codeOf(original) }, 'database out of space, memory or connections: nothing was written');
    else log.warn({ err: (original as Error).message, code: codeOf(original) || undefined }, 'database unavailable');
    const message = codeOf(original) === STATEMENT_TIMEOUT ? STATEMENT_TIMEOUT_MESSAGE : DATABASE_UNAVAILABLE_MESSAGE;
    return { message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
  }
  log.error({ err: original, path: formatted.path }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
