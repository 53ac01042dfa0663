import { GraphQLError } from 'graphql';

/** Top-level error codes (extensions.code) for failures that are not business refusals. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR';

function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const unauthenticated = (message = 'A valid bearer token is required for this operation.') =>
  apiError('UNAUTHENTICATED', message);

export const forbidden = (message = 'The caller may not perform this operation.') => apiError('FORBIDDEN', message);

export const badUserInput = (message: string) => apiError('BAD_USER_INPUT', message);
