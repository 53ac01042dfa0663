// @vitest-environment happy-dom
import { ApolloLink, execute, gql } from '@apollo/client';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { ResumableWsLink } from './apollo';

// The heart of "resume from the last cursor": graphql-ws re-sends the same payload object after
// every reconnection, so the variables must be read when it is serialized, not when it is built.
describe('ResumableWsLink', () => {
  it('serializes `after` from context.resume at every (re)send', () => {
    const sent: unknown[] = [];
    const fake = {
      subscribe: (payload: unknown) => {
        sent.push(payload);
        return () => undefined;
      },
    } as unknown as Client;
    let cursor: string | null = 'c1';
    const link = new ResumableWsLink(fake);
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
    const subscription = execute(
      link,
      { query: gql`subscription Feed($after: String) { directiveIssued(after: $after) { cursor } }`, context: { resume: () => ({ after: cursor }) } },
      { client },
    ).subscribe({});
    expect(sent).toHaveLength(1);
    const payload = sent[0];
    // What graphql-ws writes on the socket: JSON of the payload, once per (re)connection.
    expect(JSON.parse(JSON.stringify(payload)).variables).toEqual({ after: 'c1' });
    cursor = 'c7';
    expect(JSON.parse(JSON.stringify(payload)).variables).toEqual({ after: 'c7' });
    expect(JSON.parse(JSON.stringify(payload)).operationName).toBe('Feed');
    subscription.unsubscribe();
  });
});
