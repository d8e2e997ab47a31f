/**
 * Fills in `Query.rateLimit` once the rest of the operation has run, when what it spent and
 * GitHub's latest rate-limit headers are known. Only `GET /rate_limit` (which GitHub does not
 * count) is sent, and only when the operation made no other request. In a dry run the values
 * are the estimate set before execution (use-demand-limits.ts), and GitHub is not called.
 */
import {
  type ExecutionResult,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  getOperationAST,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { RateLimitInfo } from '../github/rate-limit.js';
import { toCodedError } from './use-github-errors.js';

type Report = Record<string, number | string | null>;

export function useRateLimitReport(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation !== 'query') return;
      const fields = rateLimitFields(operation.selectionSet, args.document);
      if (fields.size === 0) return;
      const ctx = args.contextValue;
      return {
        // Awaited by Envelop (handleStreamOrSingleExecutionResult would drop the promise);
        // streamed results (none today: no @defer) are left as they are.
        async onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          setResult(await report(ctx, result, fields));
        },
      };
    },
  };
}

async function report(
  ctx: Context,
  result: ExecutionResult,
  fields: Map<string, Map<string, string>>,
): Promise<ExecutionResult> {
  const data = result.data as Record<string, unknown> | null | undefined;
  if (!data) return result;
  const dryRun = ctx.demand?.dryRun === true;
  let info: RateLimitInfo | undefined;
  const errors = [...(result.errors ?? [])];
  const wantsHeaders = [...fields.values()].some((sub) =>
    [...sub.values()].some(
      (name) => name !== 'cost' && name !== 'nodeCount' && name !== '__typename',
    ),
  );
  const cost = dryRun ? (ctx.demand?.requests ?? 0) : ctx.github.quotaSpent;
  const nodeCount = dryRun ? (ctx.demand?.nodes ?? 0) : ctx.github.objectCount;
  if (!dryRun && wantsHeaders) {
    try {
      info = ctx.github.rateLimit ?? (await fromRateLimitRoute(ctx));
    } catch (error) {
      for (const key of fields.keys()) {
        data[key] = null;
        errors.push(
          toCodedError(
            new GraphQLError((error as Error).message, {
              path: [key],
              originalError: error as Error,
            }),
          ),
        );
      }
      return { ...result, data, errors };
    }
  }
  const values: Report = {
    limit: info?.limit ?? null,
    remaining: info?.remaining ?? null,
    used: info?.used ?? null,
    resetAt: info?.resetAt ?? null,
    resource: info?.resource ?? null,
    cost,
    nodeCount,
  };
  const next = { ...data };
  for (const [key, sub] of fields) {
    const current = next[key] as Record<string, unknown> | null | undefined;
    if (!current) continue;
    const filled = { ...current };
    for (const [responseKey, name] of sub) if (name in values) filled[responseKey] = values[name];
    next[key] = filled;
  }
  return { ...result, data: next, ...(errors.length > 0 ? { errors } : {}) };
}

async function fromRateLimitRoute(ctx: Context): Promise<RateLimitInfo> {
  const { data, rateLimit } = await ctx.github.rest.getRateLimit({});
  const core = data.resources.core;
  return (
    rateLimit ?? {
      limit: core.limit,
      remaining: core.remaining,
      used: core.used,
      resetAt: new Date(core.reset * 1000).toISOString(),
      resource: 'core',
    }
  );
}

/** The response keys of the root `rateLimit` fields, each with its fields by response key. */
function rateLimitFields(
  selectionSet: SelectionSetNode,
  document: { definitions: readonly unknown[] },
): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const fragments = new Map(
    (
      document.definitions as Array<{
        kind: string;
        name?: { value: string };
        selectionSet: SelectionSetNode;
      }>
    )
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name!.value, d.selectionSet] as const),
  );
  const walk = (
    set: SelectionSetNode,
    each: (name: string, key: string, sub?: SelectionSetNode) => void,
  ) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) each(s.name.value, s.alias?.value ?? s.name.value, s.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, each);
      else if (fragments.has(s.name.value)) walk(fragments.get(s.name.value)!, each);
    }
  };
  walk(selectionSet, (name, key, sub) => {
    if (name !== 'rateLimit' || !sub) return;
    const inner = found.get(key) ?? new Map<string, string>();
    walk(sub, (fieldName, fieldKey) => inner.set(fieldKey, fieldName));
    found.set(key, inner);
  });
  return found;
}
