/**
 * The last word on what a client sees of an error. Errors GraphQL raised itself
 * (validation, coercion) and coded errors (see `use-github-errors.ts`) pass as they are;
 * anything else is masked: no stack, no token, no upstream URL.
 */
import { GraphQLError } from 'graphql';

/**
 * By name, not `instanceof`: Yoga's own errors (such as the 405 for a mutation over GET,
 * which carries `extensions.http`) can come from another copy of `graphql` than ours.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}

export function maskError(error: unknown): Error {
  if (isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError))) return error;
  const graphqlError = isGraphQLError(error) ? error : undefined;
  return new GraphQLError('Unexpected error.', {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
