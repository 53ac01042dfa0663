import { ApolloServerErrorCode } from '@apollo/server/errors';
import { LIMIT_CODE } from '../graphql/limits';
import { RATE_LIMITED } from '../rate-limit';
import { SLOW_SUBSCRIBER } from '../resumable-stream';

/**
 * Every `extensions.code` a top-level error of the hub can carry: ours and Apollo Server's.
 * docs/INTEGRATING.md says for each what a client should do; a test fails when a code is thrown
 * somewhere in src/ without being listed here, or listed here without being documented.
 */
export const TOP_LEVEL_ERROR_CODES = [
  ...Object.values(ApolloServerErrorCode),
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  LIMIT_CODE,
  RATE_LIMITED,
  'OPERATION_NOT_TRUSTED',
  SLOW_SUBSCRIBER,
  'TOO_MANY_SUBSCRIPTIONS',
] as const;

/** WebSocket close codes the hub, graphql-ws or ws close a subscriber's socket with. */
export const WEBSOCKET_CLOSE_CODES = [1009, 4400, 4401, 4403, 4408, 4409, 4413, 4429, 4500] as const;
