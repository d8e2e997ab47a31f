/**
 * The gateway: the one factory that builds it, for `main.ts`, tests and benchmarks alike.
 * It fills its own defaults (the upstream's, the limits', the schema) so callers pass only
 * what they change, and owns its close. Built without listening: tests call
 * `gateway.fetch(...)` directly and `main.ts` hands it to a Node HTTP server.
 */
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { type Context, createContext, renewContext } from './context.js';
import type { Live } from './live/live.js';
import { corsPolicy } from './plugins/cors-policy.js';
import { useCompression } from './plugins/use-compression.js';
import { DEFAULT_QUERY } from './plugins/default-query.js';
import { maskError } from './plugins/mask-error.js';
import { useEntryErrors } from './plugins/use-entry-errors.js';
import { useEventLoopTurns } from './plugins/use-event-loop-turns.js';
import { useJit } from './plugins/use-jit.js';
import { useGitHubErrors } from './plugins/use-github-errors.js';
import { type DemandLimitsOptions, useDemandLimits } from './plugins/use-demand-limits.js';
import { type QueryArmorOptions, useQueryArmor } from './plugins/use-query-armor.js';
import { useRateLimitReport } from './plugins/use-rate-limit-report.js';
import {
  type PersistedOperationsOptions,
  usePersistedOperations,
} from './plugins/use-persisted-operations.js';
import { DEFAULT_LIMITS } from './config.js';
import { useGitHubWebhooks } from './plugins/use-github-webhooks.js';
import { usePerEventContext } from './plugins/use-per-event-context.js';
import { schemaFor } from './schema/select.js';
import { createUpstream, type Upstream, type UpstreamOptions } from './upstream.js';
import type { Registry } from 'prom-client';
import { combineObservers } from './observability/combine-observers.js';
import type { Logger } from './observability/logger.js';
import { createRestMetrics } from './observability/rest-metrics.js';
import { createRestTracing } from './observability/rest-tracing.js';
import { registerStateMetrics } from './observability/state-metrics.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useOperationLog } from './plugins/use-operation-log.js';
import { useRequestId } from './plugins/use-request-id.js';
import { useTracing } from './plugins/use-tracing.js';
import { type HealthReport, useHealth } from './plugins/use-health.js';

export interface GatewayOptions {
  /** The schema served; the plain (not federated) one when absent. */
  schema?: GraphQLSchema | undefined;
  /** Where GitHub is and what differs from the defaults (`src/upstream.ts`). */
  upstream: UpstreamOptions;
  /** A token GraphiQL puts in its headers tab (demo mode only). */
  graphiqlToken?: string | undefined;
  /** Origins whose browser pages may call the gateway; none when absent. */
  corsOrigins?: readonly string[] | undefined;
  /** Bounds on an operation's shape and size, checked before it runs; the defaults when absent. */
  limits?: Partial<QueryArmorOptions & Pick<DemandLimitsOptions, 'maxNodes'>> | undefined;
  /** Persisted operations accepted by id; none when absent. */
  persistedOperations?: PersistedOperationsOptions | undefined;
  /** Subscriptions and webhooks (src/live/); none when absent. Closed with the gateway. */
  live?: Live | undefined;
  /**
   * Prometheus metrics, gathered in this registry (one per gateway) and served on `endpoint`
   * (`false`: another server serves the registry); none when absent.
   */
  metrics?: { registry: Registry; endpoint: string | false } | undefined;
  /** A span per operation and per REST request, to OpenTelemetry's global tracer provider. */
  tracing?: boolean | undefined;
  /** One line per operation; none when absent. */
  logger?: Logger | undefined;
  /** What `/health` and `/readiness` report (shared state's Redis); Yoga's bare `/health` when absent. */
  health?: (() => HealthReport) | undefined;
}

export interface GatewayExtras {
  /** The upstream every request uses, defaults filled. */
  upstream: Upstream;
  /** Stops the live services and closes the upstream connections this gateway made. */
  close(): Promise<void>;
  /** What `/health` and `/readiness` report (shared state's Redis); Yoga's bare `/health` when absent. */
  health?: (() => HealthReport) | undefined;
}

/** What the WebSocket server (src/live/ws-server.ts) adds to the initial context. */
interface SocketContext {
  authorization?: string | undefined;
  socket?: object;
}

export function createGateway({
  schema = schemaFor({ federation: false }),
  upstream: upstreamOptions,
  graphiqlToken,
  corsOrigins = [],
  limits: given,
  persistedOperations,
  live,
  metrics,
  tracing = false,
  logger,
  health,
}: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const { upstream, close: closeUpstream } = createUpstream({
    ...upstreamOptions,
    observer: combineObservers(
      upstreamOptions.observer,
      metrics && createRestMetrics(metrics.registry),
      tracing && createRestTracing(),
    ),
  });
  if (metrics)
    registerStateMetrics(metrics.registry, {
      etagCache: upstream.etagCache,
      subscriptions: live?.limits,
    });
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Yoga answers its health path before any plugin: moved aside when ours reports more.
    ...(health ? { healthCheckEndpoint: '/_yoga/health' } : {}),
    cors: corsPolicy(corsOrigins),
    // Bodies are bounded at the edge, before a byte is read (src/lifecycle/request-body-limit.ts:
    // a declared length, at most MAX_REQUEST_BYTES, which Node's parser holds the body to).
    // Yoga's own bound would pipe every body through a counting stream, a pipeline per request.
    maxRequestBodySize: false,
    // Only the caller's Authorization goes upstream; no other header of theirs is read.
    // The request's signal aborts when the caller goes away: its upstream work stops then.
    context: ({ request, ...rest }) => {
      const socket = rest as SocketContext;
      const authorization = socket.socket
        ? socket.authorization
        : request.headers.get('authorization');
      return createContext(upstream, authorization, {
        live,
        connection: socket.socket ?? request,
        signal: socket.socket ? undefined : request.signal,
      });
    },
    // Compression for clients that accept it: large run lists, and the self-hosted GraphiQL
    // page (about 9 MB as is, 2.4 MB gzipped).
    // Shape limits refuse at parse and validation; demand limits before execution, with the
    // estimate the rate-limit report then shows in a dry run.
    // The request id and the operation log come first, so they see every request, refused or
    // not; the operation span starts before the limits run, so a refusal is traced too.
    // Repeated queries run compiled (graphql-jit); its errors are placed in the document
    // before the error plugins after it remake them.
    plugins: [
      health !== undefined && useHealth(health),
      useRequestId(),
      logger !== undefined && useOperationLog(logger),
      metrics !== undefined && useMetrics(metrics),
      tracing && useTracing(),
      useJit(),
      useGitHubErrors(),
      useEntryErrors(),
      useEventLoopTurns(),
      useCompression(),
      useQueryArmor(limits),
      useDemandLimits({
        maxNodes: limits.maxNodes,
        maxUpstreamRequests: upstream.maxUpstreamRequests ?? Number.POSITIVE_INFINITY,
      }),
      useRateLimitReport(),
      persistedOperations !== undefined && usePersistedOperations(persistedOperations),
      ...(live ? [usePerEventContext<Context>(renewContext)] : []),
      ...(live?.receiveWebhook ? [useGitHubWebhooks(live.receiveWebhook)] : []),
    ],
    maskedErrors: { maskError, isDev: false },
    // GraphiQL's scripts come from the package, not a CDN: the page must work offline and
    // behind firewalls, and must not run code the deployment did not ship. Loaded on the
    // first visit: they hold about 45 MB of the process's memory, which a gateway that only
    // serves API calls never needs.
    renderGraphiQL: async (options) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    graphiql: {
      title: 'GitHub Actions runs — GraphQL gateway',
      defaultQuery: DEFAULT_QUERY,
      ...(graphiqlToken
        ? { headers: JSON.stringify({ Authorization: `Bearer ${graphiqlToken}` }, null, 2) }
        : {}),
    },
  });
  const extras: GatewayExtras = {
    upstream,
    async close() {
      live?.close();
      await closeUpstream();
    },
  };
  return Object.assign(yoga, extras);
}

export type Gateway = ReturnType<typeof createGateway>;
