/**
 * Errors of one entry of a list argument (a repository of the merged runs feed) that must
 * not fail the field: the field answers with what the other entries gave, and the entry's
 * error joins the response's `errors` (see plugins/use-entry-errors.ts). Kept per operation
 * context, so nothing outlives the operation.
 */
import { GraphQLError, type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import type { GitHubError } from '../github/errors.js';

const reported = new WeakMap<object, GraphQLError[]>();

/** Records `error` as the error of entry `index` of `argument` at the field of `info`. */
export function reportEntryError(
  context: object,
  info: GraphQLResolveInfo,
  entry: { argument: string; index: number; value: string },
  error: GitHubError,
): void {
  const list = reported.get(context) ?? [];
  reported.set(context, list);
  list.push(
    new GraphQLError(`${entry.value}: ${error.message}`, {
      nodes: info.fieldNodes,
      path: responsePathAsArray(info.path),
      extensions: {
        code: error.code,
        ...error.details,
        argument: `${entry.argument}[${entry.index}]`,
        [entry.argument === 'repositories' ? 'repository' : 'entry']: entry.value,
      },
    }),
  );
}

/** The entry errors an operation reported, once: taking them forgets them. */
export function takeEntryErrors(context: object): GraphQLError[] {
  const list = reported.get(context) ?? [];
  reported.delete(context);
  return list;
}
