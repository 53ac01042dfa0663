// The app's one GraphQL client: Apollo Client with a normalized cache, HTTP for queries and
// mutations, graphql-ws for subscriptions. Everything transport-specific is in this file, so the
// app can move to the hub's generated client package (clients/typescript) by replacing it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Operation } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import { getToken } from './session';

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'offline';

const stateListeners = new Set<() => void>();
let connectionState: ConnectionState = 'idle';
function setConnectionState(next: ConnectionState): void {
  connectionState = next;
  stateListeners.forEach((l) => l());
}
export const connection = {
  get: (): ConnectionState => connectionState,
  subscribe(listener: () => void): () => void {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  },
};

/**
 * Variables read when the subscribe message is sent, not when the subscription starts: graphql-ws
 * re-sends the same payload after every reconnection, and a live stream must then resume from the
 * cursor of the last delivery seen, not from where it began. Pass `{ context: { resume } }`.
 */
export type ResumeVariables = () => Record<string, unknown>;

// Apollo's GraphQLWsLink, with the variables taken from `context.resume` on every (re)send.
export class ResumableWsLink extends ApolloLink {
  constructor(private readonly ws: Client) {
    super();
  }

  override request(operation: Operation): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      const resume = operation.getContext().resume as ResumeVariables | undefined;
      const payload = {
        query: print(operation.query),
        operationName: operation.operationName,
        extensions: operation.extensions,
        // A getter: JSON.stringify reads it each time graphql-ws sends the subscribe message.
        get variables() {
          return resume ? { ...operation.variables, ...resume() } : operation.variables;
        },
      };
      return this.ws.subscribe(payload, {
        next: (value) => observer.next(value as ApolloLink.Result),
        complete: () => observer.complete(),
        error: (err: unknown) => {
          if (err instanceof Error) return observer.error(err);
          if (err && typeof err === 'object' && 'code' in err) {
            const close = err as { code: number; reason?: string };
            return observer.error(new Error(`Socket closed with ${close.code} ${close.reason ?? ''}`.trim()));
          }
          observer.error(new CombinedGraphQLErrors({ errors: Array.isArray(err) ? err : [err as never] }));
        },
      });
    });
  }
}

function websocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** The client. `onUnauthorized`: the hub closed the live connection because the token is bad or expired. */
export function createHubApollo(options: { onUnauthorized(): void }): ApolloClient {
  let wasConnected = false;
  const ws = createClient({
    url: websocketUrl,
    lazy: true,
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A department screen stays open all day: keep trying, quickly at first, at most every 3 s.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(3000, 250 * 2 ** retries))),
    on: {
      connecting: () => setConnectionState(wasConnected ? 'offline' : 'connecting'),
      connected: (_socket, _payload, wasRetry) => {
        setConnectionState('connected');
        wasConnected = true;
        // Streams resume from their cursors by themselves; other data may have changed meanwhile.
        if (wasRetry) void client.refetchObservableQueries();
      },
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 4401 || code === 4403) {
          setConnectionState('idle');
          options.onUnauthorized();
          return;
        }
        // 1000: the last subscription ended and the lazy client closed the socket on purpose.
        setConnectionState(code === 1000 ? 'idle' : wasConnected ? 'offline' : 'connecting');
      },
    },
  });

  const auth = new ApolloLink((operation, forward) => {
    const token = getToken();
    if (token) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
    return forward(operation);
  });
  const http = new HttpLink({ uri: '/graphql' });
  const isSubscription = ({ query }: Operation) =>
    query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription');

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(isSubscription, new ResumableWsLink(ws), ApolloLink.from([auth, http])),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists are replaced as a whole by each fetch; live deliveries are merged in by the views.
        Body: { fields: { directiveInbox: { merge: false }, feedbackInbox: { merge: false }, threads: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });

  return client;
}
