// @coordination-hub/client: the hub's public operations as typed documents, the Apollo cache
// configuration, and an HTTP + graphql-ws client with resumable subscriptions.
export * from './generated/graphql.js';
export { graphql } from './generated/gql.js';
export { hubCacheConfig, possibleTypes, relayPagination, typePolicies, type HubFieldPolicy, type HubTypePolicy } from './apollo.js';
export { connectionFields, valueObjects } from './cache-shape.generated.js';
export { createHubClient, HubRequestError, type HubClient, type HubClientOptions, type HubResult, type HubSink, type HubSubscription, type TokenSource } from './client.js';
