/**
 * One log line per GraphQL operation served over HTTP: its name and type, how long it took,
 * the REST requests it sent, the reads it shared with the same caller's identical ones in
 * flight, and the primary rate limit they spent, the codes of its errors
 * and the request id. Never the document's variables, nor any header: a token or a value
 * a caller passed never reaches the log.
 */
import { getOperationAST, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../observability/logger.js';
import { requestIdOf } from '../observability/request-id.js';

interface Entry {
  started: number;
  operationName?: string | undefined;
  operationType?: string | undefined;
  context?: Context | undefined;
}

export function useOperationLog(logger: Logger): Plugin<Context> {
  const entries = new WeakMap<Request, Entry>();
  const remember = (args: {
    contextValue: Context & { request?: Request };
    document: Parameters<typeof getOperationAST>[0];
    operationName?: string | null | undefined;
  }) => {
    const entry = args.contextValue.request && entries.get(args.contextValue.request);
    if (!entry) return;
    const operation = getOperationAST(args.document, args.operationName);
    entry.operationName = operation?.name?.value ?? entry.operationName;
    entry.operationType = operation?.operation;
    entry.context = args.contextValue;
  };
  return {
    onRequest({ request }) {
      entries.set(request, { started: performance.now() });
    },
    onParams({ params, request }) {
      const entry = entries.get(request);
      if (entry && typeof params.operationName === 'string')
        entry.operationName = params.operationName;
    },
    onExecute({ args }) {
      remember(args);
    },
    onSubscribe({ args }) {
      remember(args);
    },
    onResultProcess({ request, result }) {
      const entry = entries.get(request);
      if (!entry) return;
      entries.delete(request);
      const results = Array.isArray(result) ? result : [result];
      const errorCodes = isAsyncIterable(result)
        ? []
        : results.flatMap((one) =>
            ((one as { errors?: readonly GraphQLError[] }).errors ?? []).map((error) =>
              String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            ),
          );
      const github = entry.context?.github;
      logger.info(
        {
          requestId: requestIdOf(request),
          operationName: entry.operationName ?? null,
          operationType: entry.operationType ?? null,
          durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
          upstreamRequests: github?.requestCount ?? 0,
          sharedReads: github?.sharedCount ?? 0,
          quotaSpent: github?.quotaSpent ?? 0,
          errorCodes,
          ...(isAsyncIterable(result) ? { streaming: true } : {}),
        },
        'operation',
      );
    },
  };
}
