import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { getCursor, setCursor } from './session';

/**
 * Follows a resumable stream (`directiveIssued`, `feedbackReceived`): every delivery's cursor is
 * kept in the page (sessionStorage), and each (re)subscription — after a dropped connection, a
 * hub restart or a reload — asks for what came after it, so nothing is missed or repeated.
 */
export function useResumableStream<TData>(
  document: TypedDocumentNode<TData, { after?: string | null }>,
  stream: string | null,
  cursorOf: (data: TData) => string,
  onDelivery: (data: TData, client: ApolloClient) => void,
): void {
  const client = useApolloClient();
  const handler = useRef(onDelivery);
  handler.current = onDelivery;
  useEffect(() => {
    if (!stream) return;
    const subscription = client
      .subscribe({
        query: document,
        context: { resume: () => ({ after: getCursor(stream) }) },
      })
      .subscribe({
        next: (result) => {
          if (!result.data) return;
          setCursor(stream, cursorOf(result.data));
          handler.current(result.data, client);
        },
        error: (error: unknown) => console.warn(`live stream ${stream} ended`, error),
      });
    return () => subscription.unsubscribe();
  }, [client, document, stream, cursorOf]);
}
