import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { postBytes } from './http-post';

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown> & { sqlStatements?: number };
}

// Each generated document printed once, not at every call.
const texts = new WeakMap<object, string>();
const textOf = (document: DocumentNode): string => texts.get(document) ?? texts.set(document, print(document)).get(document)!;

/** Sends one typed operation (from the generated client) to the hub over HTTP POST. */
export async function execute<TData, TVars>(
  url: string,
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResult<TData>> {
  const response = await postBytes(url, Buffer.from(JSON.stringify({ query: textOf(document), variables: variables ?? {} })), {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  });
  const body = JSON.parse(response.text) as Omit<GraphQLResult<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** The `extensions.code` of each top-level error. */
export function errorCodes(result: { errors?: readonly GraphQLFormattedError[] }): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
