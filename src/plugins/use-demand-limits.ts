/**
 * Refuses, before any upstream call, an operation whose answer or whose REST demand is too
 * large (see src/limits/demand.ts), and answers `rateLimit(dryRun: true)` with the estimate
 * without calling GitHub or executing the rest of the operation, as GitHub's own dry run does.
 */
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { type Demand, estimateDemand } from '../limits/demand.js';
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
  const estimates = new EstimateCache();
  return {
    onExecute({ args, setResultAndStopExecution, extendContext, setExecuteFn, executeFn }) {
      const demand = estimates.get(args.document, args.operationName, args.variableValues, () => {
        const resolved = resolveOperation(
          args.schema,
          args.document,
          args.operationName,
          args.variableValues,
        );
        return (
          resolved &&
          estimateDemand(args.schema, resolved.operation, resolved.fragments, resolved.variables)
        );
      });
      if (!demand) return;
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

/** Estimates kept per document and variables: a repeated operation is estimated once. */
class EstimateCache {
  /** Yoga's parse cache hands the same document back for the same text. */
  readonly #byDocument = new WeakMap<DocumentNode, Map<string, Demand | undefined>>();

  get(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
    estimate: () => Demand | undefined,
  ): Demand | undefined {
    let byArgs = this.#byDocument.get(document);
    if (!byArgs) this.#byDocument.set(document, (byArgs = new Map()));
    const key = `${operationName ?? ''}\n${variables ? JSON.stringify(variables) : ''}`;
    if (byArgs.has(key)) return byArgs.get(key);
    const demand = estimate();
    // One document run with ever-new variables keeps only its latest few estimates.
    if (byArgs.size >= MAX_ESTIMATES_PER_DOCUMENT) byArgs.delete(byArgs.keys().next().value!);
    byArgs.set(key, demand);
    return demand;
  }
}

const MAX_ESTIMATES_PER_DOCUMENT = 32;

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
