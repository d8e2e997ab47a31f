/**
 * The process's observability from its configuration: the logger, the Prometheus registry
 * (served by the gateway or on `METRICS_PORT`) and the OpenTelemetry SDK when `OTEL_*` asks.
 */
import type { Server } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Config } from '../config.js';
import { createLogger, type Logger } from './logger.js';
import { serveMetrics } from './metrics-server.js';
import { startTracing, type Tracing } from './tracing.js';

export interface Observability {
  logger: Logger;
  /** For `createGateway`: where metrics go, whether to trace, where lines go. */
  gateway: {
    metrics: { registry: Registry; endpoint: string | false } | undefined;
    tracing: boolean;
    logger: Logger;
  };
  /** Starts the metrics port's server when `METRICS_PORT` is set. */
  serveMetricsPort(): Promise<Server | undefined>;
  /** Exports the spans still buffered. */
  close(): Promise<void>;
}

export async function setUpObservability(
  config: Pick<Config, 'logLevel' | 'metrics' | 'metricsPort' | 'tracing' | 'host'>,
): Promise<Observability> {
  const logger = createLogger({ level: config.logLevel, pretty: process.stdout.isTTY });
  const tracing: Tracing | undefined = config.tracing ? await startTracing() : undefined;
  const registry = config.metrics ? new Registry() : undefined;
  // The process's own figures (CPU, memory, GC, handles, and the event loop's delay, the
  // `nodejs_eventloop_lag_*` gauges: the figures since the last scrape, sampled every 5 ms),
  // for the process only: gateways made in tests share theirs.
  if (registry) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 5 });
  return {
    logger,
    gateway: {
      metrics: registry && {
        registry,
        endpoint: config.metricsPort === undefined ? '/metrics' : false,
      },
      tracing: tracing !== undefined,
      logger,
    },
    serveMetricsPort: async () =>
      registry && config.metricsPort !== undefined
        ? serveMetrics(registry, config.metricsPort, config.host)
        : undefined,
    close: async () => {
      await tracing?.shutdown();
    },
  };
}
