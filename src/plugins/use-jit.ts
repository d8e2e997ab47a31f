/**
 * Queries that repeat run through graphql-jit (`@envelop/graphql-jit`): the
 * document is compiled once into a function that resolves and completes its fields without
 * graphql-js's per-field interpretation, about a third less execution CPU for a dashboard's
 * list (`npm run bench:profile`).
 *
 * - A document is compiled the second time it is seen, not the first: a one-off operation
 *   (GraphiQL, an attacker sending ever-new documents) costs graphql-js's execution and no
 *   compilation, and what dashboards and persisted operations send again and again is the
 *   part worth compiling. Documents are counted by identity: Yoga's parse cache gives the
 *   same document for the same text, and a document gone from it is forgotten here too.
 * - Mutations and subscriptions keep graphql-js. A mutation's time is its upstream write
 *   (a token's writes go a second apart), and the one scalar whose literals may hold
 *   variables (`JSON`, `dispatchWorkflow`'s `inputs`) is a mutation's argument, which
 *   graphql-jit would parse without them. Subscriptions' events are few, and their per-event
 *   context (`use-per-event-context.ts`) is built around graphql-js's `subscribe`.
 * - Skip and include on fragment spreads follow the specification
 *   (`useExperimentalPathBasedSkipInclude`: graphql-jit's default mishandles them).
 * - Its errors keep their place in the document. graphql-jit gives an error `locations` but
 *   not the AST nodes graphql-js gives, and Yoga rebuilds each error from its nodes (or its
 *   source and positions) before it writes the answer: the locations would be lost. Each
 *   such error is remade here with the document's source and the positions of its locations.
 * - The resolvers are the schema's own, so the list turns (`use-event-loop-turns.ts`) and
 *   every other wrapper apply alike; `test/integration/jit.test.ts` checks the answers
 *   equal graphql-js's over every query the project writes down.
 * - Variables a scalar refuses are asked of graphql-js again, for its clearer error: the
 *   cost falls on the refused operation, not on every compiled one.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  OperationTypeNode,
  type Source,
  type SourceLocation,
} from 'graphql';

import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

/** How many times a document runs through graphql-js before it is compiled. */
const COMPILE_AFTER = 1;

export function useJit(): Plugin {
  const seen = new WeakMap<DocumentNode, number>();
  const jit = useGraphQlJit(
    { useExperimentalPathBasedSkipInclude: true },
    {
      // A document graphql-jit cannot compile answers its errors, as graphql-js would.
      onError: () => undefined,
      enableIf({ document, operationName }) {
        if (!isQuery(document, operationName)) return false;
        const runs = seen.get(document) ?? 0;
        if (runs >= COMPILE_AFTER) return true;
        seen.set(document, runs + 1);
        return false;
      },
    },
  ) as Plugin;
  return {
    ...jit,
    onExecute(payload) {
      // An answer refused before execution (variables a scalar refuses) is asked of
      // graphql-js again, for its clearer error: it refuses them too, before any resolver.
      jit.onExecute?.({
        ...payload,
        setExecuteFn: (compiled) =>
          payload.setExecuteFn((args) => {
            const again = (result: unknown) => (refused(result) ? payload.executeFn(args) : result);
            const result = compiled(args);
            return (isThenable(result) ? result.then(again) : again(result)) as ReturnType<
              typeof compiled
            >;
          }),
      });
      const source = payload.args.document.loc?.source;
      if (!source) return;
      return {
        onExecuteDone: (done) =>
          handleStreamOrSingleExecutionResult(done, ({ result, setResult }) => {
            if (!result.errors?.some(unplaced)) return;
            setResult({
              ...result,
              errors: result.errors.map((e) => (unplaced(e) ? placed(e, source) : e)),
            });
          }),
      };
    },
  };
}

/** An error with locations that Yoga cannot rebuild: no nodes, no source and positions. */
const unplaced = (error: GraphQLError) =>
  error.locations !== undefined && error.nodes === undefined && error.positions === undefined;

function placed(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    positions: error.locations!.map((location) => positionOf(source.body, location)),
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The offset of a line and column (both from 1) in `body`, line breaks as GraphQL counts them. */
function positionOf(body: string, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let at = 1; at < line && lineBreak.exec(body); at++) start = lineBreak.lastIndex;
  return start + column - 1;
}

function isQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    return definition.operation === OperationTypeNode.QUERY;
  }
  return false;
}

/**
 * A result with errors and no data: graphql-jit refused the variables, its error saying only
 * "Expected type BigInt" where graphql-js's gives the scalar's reason (`BigInt cannot
 * represent "1e12"…`).
 */
function refused(result: unknown): boolean {
  const { data, errors } = result as { data?: unknown; errors?: unknown[] };
  return data === undefined && (errors?.length ?? 0) > 0;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
