/**
 * OpenTelemetry's Node SDK, configured only by the standard `OTEL_*` variables (exporter,
 * endpoint, protocol, headers, sampler, propagators, service name and resource). Traces only:
 * the gateway's metrics are Prometheus (`/metrics`) and its logs are pino lines, so no OTel
 * metric reader or log processor is started whatever the environment says. Propagation is
 * W3C Trace Context and Baggage unless `OTEL_PROPAGATORS` says otherwise, so a caller's
 * `traceparent` is honoured (src/plugins/use-tracing.ts).
 */
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

type Env = Record<string, string | undefined>;

export const DEFAULT_SERVICE_NAME = 'actions-runs-graphql-gateway';

/**
 * On when the environment asks for a trace exporter: `OTEL_TRACES_EXPORTER` (other than
 * `none`) or an OTLP endpoint; off with `OTEL_SDK_DISABLED=true`.
 */
export function tracingRequested(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (exporters.includes('none')) return false;
  return (
    exporters.length > 0 ||
    !!env.OTEL_EXPORTER_OTLP_ENDPOINT ||
    !!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
  );
}

export interface Tracing {
  /** Ends and exports the spans still buffered. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Replaces the exporters the environment names (tests pass an in-memory exporter's). */
  spanProcessors?: SpanProcessor[] | undefined;
  env?: Env | undefined;
}

/** Loads the SDK only when asked: a gateway without tracing does not pay for its start. */
export async function startTracing({
  spanProcessors,
  env = process.env,
}: TracingOptions = {}): Promise<Tracing> {
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    ...(env.OTEL_SERVICE_NAME ? {} : { serviceName: DEFAULT_SERVICE_NAME }),
    ...(spanProcessors ? { spanProcessors } : {}),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
