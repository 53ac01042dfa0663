import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

// PostgreSQL text cannot hold U+0000: a NUL anywhere in an argument (a body code, a message, an
// idempotency key) failed inside the database as an internal error, after the transaction had
// begun. No field of the hub has a use for it, so both transports refuse it before execution, as
// the caller's input.

const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;
const MAX_DEPTH = 1_000;

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  const items = Array.isArray(value) ? value : Object.entries(value).flat();
  return items.some((item) => holdsNul(item, depth + 1));
}

/** BAD_USER_INPUT when the document or the variables carry a NUL character; null otherwise. */
export function nulByteError(query: string | undefined | null, variables: unknown): GraphQLError | null {
  if ((query && (query.includes('\u0000') || ESCAPED_NUL.test(query))) || holdsNul(variables)) {
    return new GraphQLError('Text may not contain the NUL character (U+0000).', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  return null;
}

/** The HTTP side: refuses before the operation runs. (The WebSocket side calls nulByteError in onSubscribe.) */
export function nulBytePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const error = nulByteError(request.query, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
