import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { postBytes } from './http-post';

// Raw operations for tests that generate their documents from the schema (authorization matrix,
// property-based bad input): a string and variables in, the HTTP status and the JSON body out.

export interface RawResult {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  /** `sqlStatements`: the statements the request issued (a test hub reports it). */
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

export async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<RawResult> {
  const { status, text } = await postBytes(url, Buffer.from(JSON.stringify({ query, variables })), {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  try {
    return { status, ...(JSON.parse(text) as Omit<RawResult, 'status'>) };
  } catch {
    return { status, errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
}

/** The `extensions.code` of each top-level error (the same helper as for typed results). */
export { errorCodes as codesOf } from './client';

/** The `userErrors` of the payload under `field`, when the mutation answered one. */
export function userErrorsOf(r: RawResult, field: string): { code: string; message: string; field?: string[] }[] {
  const payload = r.data?.[field] as { userErrors?: { code: string; message: string; field?: string[] }[] } | null | undefined;
  return payload?.userErrors ?? [];
}

export type SubscribeOutcome =
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'next'; data: unknown }
  | { kind: 'error'; codes: string[]; messages: string[] }
  | { kind: 'quiet' };

/**
 * Opens a graphql-transport-ws socket, subscribes once and reports what happened first: the socket
 * closed, a result, an error, or nothing within `quietMs` (accepted, nothing to deliver yet).
 */
export function trySubscribe(url: string, token: string | undefined, query: string, variables: Record<string, unknown>, quietMs = 600, headers?: Record<string, string>): Promise<SubscribeOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const done = (outcome: SubscribeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      if (ws.readyState === WebSocket.OPEN) ws.close(1000, 'test done');
    };
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString()) as { type: string; payload?: unknown };
      if (msg.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        timer = setTimeout(() => done({ kind: 'quiet' }), quietMs);
      } else if (msg.type === 'next') {
        const payload = msg.payload as { data?: unknown; errors?: GraphQLFormattedError[] };
        if (payload.errors?.length) done({ kind: 'error', codes: payload.errors.map((e) => String(e.extensions?.code)), messages: payload.errors.map((e) => e.message) });
        else done({ kind: 'next', data: payload.data });
      } else if (msg.type === 'error') {
        const errors = msg.payload as GraphQLFormattedError[];
        done({ kind: 'error', codes: errors.map((e) => String(e.extensions?.code)), messages: errors.map((e) => e.message) });
      }
    });
    ws.on('close', (code, reason) => done({ kind: 'closed', code, reason: reason.toString() }));
    ws.on('unexpected-response', (_req, res) => done({ kind: 'closed', code: res.statusCode ?? 0, reason: `HTTP ${res.statusCode}` }));
    ws.on('error', (err) => (settled ? undefined : reject(err)));
  });
}

/** Runs `each` over `items` with at most `limit` in flight; the first failure rejects (after the rest settle). */
export async function inParallel<T>(items: readonly T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await each(items[next++]);
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
