/**
 * Errors clients see. A REST-layer error keeps its message and becomes
 * `extensions.code` plus the facts a client can act on (`status`, `retryAfter`, `resetAt`).
 * Anything unexpected is masked: no stack, no token, no upstream URL.
 */
import { GraphQLError } from 'graphql';
import { GitHubError } from '../github/errors.js';

export function maskError(error: unknown): Error {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError ? graphqlError.originalError : error;
  if (original instanceof GitHubError) {
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      source: graphqlError?.source,
      positions: graphqlError?.positions,
      path: graphqlError?.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  // Errors GraphQL itself raised (validation, coercion) are safe and useful as they are.
  if (graphqlError && (!original || original instanceof GraphQLError)) return graphqlError;
  return new GraphQLError('Unexpected error.', {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
