import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A live subscription through a real graphql-ws client, collecting what arrives. */
export interface Subscriber<T> {
  received: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` results have arrived in total (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<T[]>;
  close(): Promise<void>;
  client: Client;
}

export function clientFor(url: string, token?: string, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: options.retryAttempts ?? 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

export function subscribe<TData, TVars extends Record<string, unknown>>(
  url: string,
  token: string | undefined,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  existing?: Client,
): Subscriber<TData> {
  const client = existing ?? clientFor(url, token);
  const received: TData[] = [];
  const errors: unknown[] = [];
  const waiters: { count: number; resolve: (v: TData[]) => void }[] = [];
  const sub: Subscriber<TData> = {
    received,
    errors,
    completed: false,
    client,
    waitFor(count, ms = 10_000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${count} results, got ${received.length}; errors: ${JSON.stringify(errors)}`)), ms);
        waiters.push({
          count,
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v);
          },
        });
      });
    },
    async close() {
      unsubscribe();
      if (!existing) await client.dispose();
    },
  };
  const unsubscribe = client.subscribe<TData>(
    { query: print(document), variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...(result.errors as GraphQLFormattedError[]));
        if (result.data) received.push(result.data as TData);
        for (const w of [...waiters]) {
          if (received.length >= w.count) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(received.slice());
          }
        }
      },
      error: (err) => errors.push(err),
      complete: () => (sub.completed = true),
    },
  );
  return sub;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
