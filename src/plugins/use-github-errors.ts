/**
 * Turns the REST layer's errors into GraphQL errors a client can act on:
 * `extensions.code` plus the facts behind it (`status`, `retryAfter`, `resetAt`, ...).
 * Done on the execution result, before Yoga's masking, so expected errors pass through
 * unmasked and unlogged while anything unexpected is still masked and logged.
 */
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { GitHubError } from '../github/errors.js';

export function toCodedError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (!(original instanceof GitHubError)) return error;
  return new GraphQLError(original.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { code: original.code, ...original.details },
  });
}

export function useGitHubErrors(): Plugin {
  const done = (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
    handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
      if (!result.errors?.some((error) => error.originalError instanceof GitHubError)) return;
      setResult({ ...result, errors: result.errors.map(toCodedError) });
    });
  // Subscriptions' results (the first one and every event) go through the same mapping.
  return {
    onExecute: () => ({ onExecuteDone: done }),
    onSubscribe: () => ({ onSubscribeResult: done }),
  };
}
