import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ThreadEvent } from '../../src/domains/threads/thread.entities';
import { THREAD_ACTIVITY } from '../../src/domains/threads/thread.events';
import { ThreadEventKind } from '../../src/domains/threads/thread.enums';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import type { Role } from '../../src/platform/auth/roles';
import {
  OpenCoordinationThreadDocument,
  OpenCoordinationThreadMutationVariables,
  PostThreadMessageDocument,
  ThreadActivityDocument,
  type ThreadEventFieldsFragment,
} from '../generated/graphql';
import type { TestHub } from './hub';
import { inDays, ok, waitFor } from './test-hub';

/** openCoordinationThread that must succeed; returns the thread. */
export async function openThread(t: TestHub, as: string, input: Partial<OpenCoordinationThreadMutationVariables['input']> & { leadBodyCode: string; participantCodes: string[] }) {
  return ok(await t.run(OpenCoordinationThreadDocument, { input: { subject: '测试协调事项', dueAt: inDays(30), ...input } }, as)).thread!;
}

/** postThreadMessage that must succeed; returns the message. */
export async function post(t: TestHub, as: string, threadId: string, content: string) {
  return ok(await t.run(PostThreadMessageDocument, { input: { threadId, content } }, as)).message!;
}

async function wsClient(t: TestHub, as: string): Promise<Client> {
  const [body, roles] = as.split(':');
  const token = await t.token(body, (roles ?? 'VIEWER').split('+') as Role[]);
  return createClient({ url: t.hub.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
}

export interface Follower {
  /** Live events received so far (the readiness probes left out). */
  events: ThreadEventFieldsFragment[];
  /** Waits until at least n events arrived. */
  waitFor(n: number, ms?: number): Promise<ThreadEventFieldsFragment[]>;
  close(): Promise<void>;
}

/**
 * Subscribes to threadActivity over a real graphql-ws connection and returns once the
 * subscription is live: the thread's own OPENED event is re-published on the hub's pub/sub until
 * it comes through (it changes nothing and is not counted).
 */
export async function follow(t: TestHub, threadId: string, as: string): Promise<Follower> {
  const client = await wsClient(t, as);
  const events: ThreadEventFieldsFragment[] = [];
  let live = false;
  let failure: unknown = null;
  const dispose = client.subscribe<{ threadActivity: ThreadEventFieldsFragment }>(
    { query: print(ThreadActivityDocument), variables: { threadId } },
    {
      next: (r) => {
        if (r.errors) failure = r.errors;
        const e = r.data?.threadActivity;
        if (e?.kind === 'OPENED') live = true;
        else if (e) events.push(e);
      },
      error: (err) => {
        failure = err;
      },
      complete: () => undefined,
    },
  );
  const rowId = parseGlobalId(threadId)!.rowId;
  const opened = await t.hub.db.dataSource.manager.findOneByOrFail(ThreadEvent, { threadId: rowId, kind: ThreadEventKind.OPENED });
  // graphql-ws does not acknowledge a subscription: probe until the probe comes through (bounded).
  await waitFor(
    () => {
      if (!live && !failure) t.hub.pubsub.publish(THREAD_ACTIVITY, rowId, { eventId: opened.rowId });
      return live || failure;
    },
    { timeoutMs: 5000, intervalMs: 50, what: 'the thread subscription to become live' },
  );
  if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
  return {
    events,
    async waitFor(n, ms = 5000) {
      // The project's one bounded wait; on timeout the checks below say what did arrive.
      await waitFor(() => events.length >= n || failure, { timeoutMs: ms, intervalMs: 10, what: `${n} thread events` }).catch(() => undefined);
      if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
      if (events.length < n) throw new Error(`expected ${n} events, got ${events.length}: ${JSON.stringify(events.map((e) => e.kind))}`);
      return events;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Subscribes and returns the extensions.code of the errors the server answers with ([] if none). */
export async function subscribeErrors(t: TestHub, threadId: string, as?: string): Promise<string[]> {
  const client = as ? await wsClient(t, as) : createClient({ url: t.hub.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const iterator = client.iterate({ query: print(ThreadActivityDocument), variables: { threadId } });
    const first = await Promise.race([iterator.next(), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000))]);
    if (first === 'timeout') return [];
    return ((first.value as { errors?: GraphQLFormattedError[] })?.errors ?? []).map((e) => String(e.extensions?.code));
  } catch (err) {
    if (Array.isArray(err)) return (err as GraphQLFormattedError[]).map((e) => String(e.extensions?.code));
    const close = err as { code?: number };
    return [`CLOSE_${close.code ?? 'unknown'}`];
  } finally {
    await client.dispose();
  }
}
