import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/** A bearer token, or a function giving the current one (called per request and per connection). */
export type TokenSource = string | null | undefined | (() => string | null | undefined | Promise<string | null | undefined>);

export interface HubClientOptions {
  /** The hub's GraphQL endpoint, e.g. `https://hub.example.gov.cn/graphql`. */
  url: string;
  /** The token (`hub token …`, or your identity provider's); omit for the public. */
  token?: TokenSource;
  /** WebSocket endpoint; default: `url` with `ws:`/`wss:`. */
  wsUrl?: string;
  /**
   * Send the document's id (sha256 of the persisted-document manifest) instead of its text over
   * HTTP, for hubs that accept only trusted documents (`HUB_TRUSTED_DOCUMENTS`).
   */
  persisted?: boolean;
  /** Extra HTTP headers, e.g. `x-request-id`. */
  headers?: Record<string, string>;
  /** fetch implementation; default: the global one. */
  fetch?: typeof fetch;
  /** WebSocket implementation where there is no global one (Node 20: `import WebSocket from 'ws'`). */
  webSocketImpl?: unknown;
  /** Reconnection attempts of the WebSocket before a subscription fails; default 10. */
  retryAttempts?: number;
}

/** What the hub answered, as it answered it. */
export interface HubResult<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** Top-level errors of an operation: `codes` holds each `extensions.code` (see docs/INTEGRATING.md). */
export class HubRequestError extends Error {
  readonly codes: string[];
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'HubRequestError';
    this.codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
  }
}

export interface HubSubscription {
  /** Cursor of the last delivery received (for streams that have one), to resume later with `after`. */
  readonly cursor: string | null;
  /** Stops the stream. */
  unsubscribe(): void;
}

export interface HubSink<TData> {
  next(data: TData): void;
  error?(error: unknown): void;
  complete?(): void;
}

export interface HubClient {
  /** Runs a query or mutation; the data, or a HubRequestError for top-level errors. */
  request<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, init?: { signal?: AbortSignal }): Promise<TData>;
  /** Runs a query or mutation and answers everything the hub said (status, data, errors, extensions). */
  execute<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, init?: { signal?: AbortSignal }): Promise<HubResult<TData>>;
  /**
   * Subscribes over graphql-ws. For a stream with delivery cursors (`directiveIssued(after:)`,
   * `feedbackReceived(after:)`, …) the client keeps the cursor of the last delivery and, when the
   * connection drops and comes back (restart, network, slow-consumer close 4413), resubscribes
   * from it: nothing is missed and nothing is delivered twice.
   */
  subscribe<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars, sink: HubSink<TData>): HubSubscription;
  /** Async-iterator form of `subscribe`; `return()` (or `break`) ends the stream. */
  iterate<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars): AsyncIterableIterator<TData> & { readonly cursor: string | null };
  /** The underlying graphql-ws client (events: `connected`, `closed`, …). */
  readonly ws: Client;
  /** Closes the WebSocket. */
  dispose(): Promise<void>;
}

type Meta = { __meta__?: { hash?: string } };

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

async function currentToken(token: TokenSource): Promise<string | null> {
  const value = typeof token === 'function' ? await token() : token;
  return value || null;
}

/** An HTTP + graphql-ws client for the hub. */
export function createHubClient(options: HubClientOptions): HubClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
  const printed = new WeakMap<object, string>();
  const text = (document: DocumentNode) => {
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    return query;
  };
  const webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;

  // Created on first use, so an HTTP-only client needs no WebSocket implementation.
  let wsClient: Client | null = null;
  const ws = () =>
    (wsClient ??= createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: options.retryAttempts ?? 10,
      webSocketImpl,
      connectionParams: async () => {
        const token = await currentToken(options.token);
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }));

  async function execute<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, init?: { signal?: AbortSignal }): Promise<HubResult<TData>> {
    const token = await currentToken(options.token);
    const hash = (document as Meta).__meta__?.hash;
    const body = options.persisted && hash ? { documentId: hash, variables: variables ?? {}, operationName: operationOf(document)?.name?.value } : { query: text(document), variables: variables ?? {} };
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(body),
      signal: init?.signal,
    });
    const json = (await response.json()) as Omit<HubResult<TData>, 'status'>;
    return { status: response.status, ...json };
  }

  function subscribe<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars, sink: HubSink<TData>): HubSubscription {
    const operation = operationOf(document);
    const resumable = !!operation?.variableDefinitions?.some((v) => v.variable.name.value === 'after');
    const hash = (document as Meta).__meta__?.hash;
    // graphql-ws sends this same payload object again on every reconnection, so moving `after`
    // forward with each delivery is what makes a reconnection resume instead of replaying.
    const payload: { query: string; variables: Record<string, unknown>; operationName?: string; documentId?: string } = {
      query: text(document),
      variables: { ...variables },
      ...(operation?.name ? { operationName: operation.name.value } : {}),
      ...(options.persisted && hash ? { documentId: hash } : {}),
    };
    let cursor: string | null = (variables as { after?: string | null }).after ?? null;
    const unsubscribe = ws().subscribe<TData>(payload, {
      next(result) {
        if (result.errors?.length) {
          sink.error?.(new HubRequestError(200, result.errors as GraphQLFormattedError[]));
          return;
        }
        const data = result.data as TData;
        if (resumable && data && typeof data === 'object') {
          const root = Object.values(data as Record<string, unknown>)[0] as { cursor?: unknown } | null;
          if (root && typeof root.cursor === 'string') {
            cursor = root.cursor;
            payload.variables = { ...payload.variables, after: cursor };
          }
        }
        sink.next(data);
      },
      error(error) {
        sink.error?.(Array.isArray(error) ? new HubRequestError(200, error as GraphQLFormattedError[]) : error);
      },
      complete() {
        sink.complete?.();
      },
    });
    return {
      get cursor() {
        return cursor;
      },
      unsubscribe,
    };
  }

  function iterate<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars) {
    const queue: TData[] = [];
    let failure: unknown = null;
    let finished = false;
    let wake: (() => void) | null = null;
    const poke = () => {
      wake?.();
      wake = null;
    };
    const subscription = subscribe(document, variables, {
      next: (data) => {
        queue.push(data);
        poke();
      },
      error: (err) => {
        failure = err;
        finished = true;
        poke();
      },
      complete: () => {
        finished = true;
        poke();
      },
    });
    const iterator: AsyncIterableIterator<TData> & { readonly cursor: string | null } = {
      get cursor() {
        return subscription.cursor;
      },
      async next(): Promise<IteratorResult<TData>> {
        for (;;) {
          if (queue.length) return { value: queue.shift()!, done: false };
          if (failure) throw failure;
          if (finished) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      async return(): Promise<IteratorResult<TData>> {
        finished = true;
        subscription.unsubscribe();
        poke();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }

  return {
    execute,
    async request(document, variables, init) {
      const result = await execute(document, variables, init);
      if (result.errors?.length || result.data == null) throw new HubRequestError(result.status, result.errors ?? []);
      return result.data;
    },
    subscribe,
    iterate,
    get ws() {
      return ws();
    },
    dispose: async () => {
      await wsClient?.dispose();
    },
  };
}
