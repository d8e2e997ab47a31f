/**
 * Adds the errors of single list entries (schema/entry-errors.ts) to the result, after
 * the field answered with the other entries' data: partial data, as GraphQL means it.
 */
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { takeEntryErrors } from '../schema/entry-errors.js';

export function useEntryErrors(): Plugin {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          const extra = takeEntryErrors(args.contextValue as object);
          if (extra.length > 0)
            setResult({ ...result, errors: [...(result.errors ?? []), ...extra] });
        }),
    }),
  };
}
