/**
 * A span per GraphQL operation, from Envelop's OpenTelemetry plugin, as a child of the
 * caller's trace when the request carries a `traceparent` (W3C Trace Context, or whatever
 * `OTEL_PROPAGATORS` names). The REST layer's spans (src/observability/rest-tracing.ts) start
 * inside it. Neither variables nor results are recorded; the document only when it has no
 * inline argument (Envelop's default), so no value a caller passed is exported.
 */
import { setCurrentOtelContext, useOpenTelemetry } from '@envelop/opentelemetry';
import { type TextMapGetter, context, propagation, trace } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import { TRACER_NAME } from '../observability/rest-tracing.js';

type HeaderSource = { get(name: string): string | null } | Record<string, unknown>;

/** Reads a Fetch `Headers` or a Node header object alike (WebSocket upgrades carry the latter). */
const headerGetter: TextMapGetter<HeaderSource> = {
  keys: (carrier) =>
    typeof carrier.get === 'function'
      ? [...(carrier as unknown as Headers).keys()]
      : Object.keys(carrier),
  get: (carrier, key) => {
    const value =
      typeof carrier.get === 'function'
        ? (carrier as { get(name: string): string | null }).get(key)
        : (carrier as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
    return Array.isArray(value) ? (value as string[]) : undefined;
  },
};

interface WithRequest {
  request?: { headers?: HeaderSource } | undefined;
}

export function useTracing(): Plugin {
  const parentOf = (contextValue: object) => {
    const headers = (contextValue as WithRequest).request?.headers;
    if (!headers) return;
    setCurrentOtelContext(
      contextValue,
      propagation.extract(context.active(), headers, headerGetter),
    );
  };
  return {
    onPluginInit({ addPlugin }) {
      // Runs before the OpenTelemetry plugin's own onExecute, which starts the operation span
      // in the context set here.
      addPlugin({
        onExecute: ({ args }) => parentOf(args.contextValue),
        onSubscribe: ({ args }) => parentOf(args.contextValue),
      });
      addPlugin(
        // Envelop's plugin types its context with a key of its own; Yoga's is a superset at run time.
        useOpenTelemetry(
          { resolvers: false, variables: false, result: false },
          trace.getTracerProvider() as Parameters<typeof useOpenTelemetry>[1],
          undefined,
          undefined,
          TRACER_NAME,
        ) as Plugin,
      );
    },
  };
}
