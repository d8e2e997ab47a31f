/**
 * Refuses, before any upstream call, an operation whose answer or whose REST demand is too
 * large (see src/limits/demand.ts), and answers `rateLimit(dryRun: true)` with the estimate
 * without calling GitHub or executing the rest of the operation, as GitHub's own dry run does.
 */
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { estimateDemand } from '../limits/demand.js';
import { resolveOperation } from '../limits/operation.js';

export interface DemandLimitsOptions {
  /** Most connection nodes an answer may hold (GitHub's GraphQL API: 500,000). */
  maxNodes: number;
  /** Most REST requests the estimate may reach. */
  maxUpstreamRequests: number;
}

export function useDemandLimits({
  maxNodes,
  maxUpstreamRequests,
}: DemandLimitsOptions): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution, extendContext, setExecuteFn, executeFn }) {
      const resolved = resolveOperation(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues,
      );
      if (!resolved) return;
      const demand = estimateDemand(
        args.schema,
        resolved.operation,
        resolved.fragments,
        resolved.variables,
      );
      extendContext({ demand });
      if (demand.nodes > maxNodes) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This operation could return ${demand.nodes} nodes, more than the ${maxNodes} allowed; ask for fewer items (smaller first/last) or fewer nested lists.`,
              { extensions: { code: 'MAX_NODES_EXCEEDED', nodes: demand.nodes, limit: maxNodes } },
            ),
          ],
        });
        return;
      }
      if (demand.dryRun) {
        // Only the rateLimit fields run; the after-execution report fills in the estimate.
        setExecuteFn((execArgs) =>
          executeFn({ ...execArgs, document: onlyRateLimit(execArgs.document) }),
        );
        return;
      }
      if (demand.requests > maxUpstreamRequests) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This operation can need ${demand.requests} GitHub requests, more than the ${maxUpstreamRequests} allowed; ask for fewer items (smaller first/last) or fewer nested lists.`,
              {
                extensions: {
                  code: 'MAX_UPSTREAM_REQUESTS_EXCEEDED',
                  estimate: demand.requests,
                  limit: maxUpstreamRequests,
                },
              },
            ),
          ],
        });
      }
    },
  };
}

/** The document with every root selection but `rateLimit` dropped. */
function onlyRateLimit(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? {
            ...definition,
            selectionSet: {
              ...definition.selectionSet,
              selections: definition.selectionSet.selections.filter(
                (s) => s.kind === Kind.FIELD && s.name.value === 'rateLimit',
              ),
            },
          }
        : definition,
    ),
  };
}
