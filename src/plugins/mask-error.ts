/**
 * The last word on what a client sees of an error. Errors GraphQL raised itself
 * (validation, coercion, Yoga's own such as the 405 of a mutation over GET) and coded errors
 * (see `use-github-errors.ts`) pass as they are; anything else is masked: no stack, no token,
 * no upstream URL.
 */
import { GraphQLError } from 'graphql';

export function maskError(error: unknown): Error {
  if (
    error instanceof GraphQLError &&
    (!error.originalError || error.originalError instanceof GraphQLError)
  )
    return error;
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError('Unexpected error.', {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
