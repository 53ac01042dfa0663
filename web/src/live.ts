import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, useState } from 'react';
import { clearCursor, getCursor, setCursor } from './session';

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
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    if (!stream) return;
    const failed = (error: unknown) => {
      console.warn(`live stream ${stream} ended`, error);
      // A cursor the hub does not know (its database was replaced): start afresh, once.
      if (CombinedGraphQLErrors.is(error) && getCursor(stream) !== null && restarts === 0) {
        clearCursor(stream);
        setRestarts(1);
      }
    };
    const subscription = client
      .subscribe({
        query: document,
        context: { resume: () => ({ after: getCursor(stream) }) },
      })
      .subscribe({
        next: (result) => {
          if (result.error) return failed(result.error); // refused when subscribing: sent as a result with errors
          if (!result.data) return;
          setCursor(stream, cursorOf(result.data));
          handler.current(result.data, client);
        },
        error: failed,
      });
    return () => subscription.unsubscribe();
  }, [client, document, stream, cursorOf, restarts]);
}
