/**
 * The Yoga app, built without listening: tests call `gateway.fetch(...)` directly and
 * `main.ts` hands it to a Node HTTP server.
 */
import type { GraphQLSchema } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { type Context, type Upstream, createContext, renewContext } from './context.js';
import { MemoryPauseStore } from './github/token-pause.js';
import type { Live } from './live/live.js';
import { corsPolicy } from './plugins/cors-policy.js';
import { useCompression } from './plugins/use-compression.js';
import { DEFAULT_QUERY } from './plugins/default-query.js';
import { maskError } from './plugins/mask-error.js';
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
import { type HealthReport, useHealth } from './plugins/use-health.js';

export interface GatewayOptions {
  schema: GraphQLSchema;
  upstream: Upstream;
  /** A token GraphiQL puts in its headers tab (demo mode only). */
  graphiqlToken?: string | undefined;
  /** Origins whose browser pages may call the gateway; none when absent. */
  corsOrigins?: readonly string[] | undefined;
  /** Bounds on an operation's shape and size, checked before it runs; the defaults when absent. */
  limits?: Partial<QueryArmorOptions & Pick<DemandLimitsOptions, 'maxNodes'>> | undefined;
  /** Persisted operations accepted by id; none when absent. */
  persistedOperations?: PersistedOperationsOptions | undefined;
  /** Subscriptions and webhooks (src/live/); none when absent. */
  live?: Live | undefined;
  /** What `/health` and `/readiness` report (shared state's Redis); Yoga's bare `/health` when absent. */
  health?: (() => HealthReport) | undefined;
}

/** What the WebSocket server (src/live/ws-server.ts) adds to the initial context. */
interface SocketContext {
  authorization?: string | undefined;
  socket?: object;
}

export function createGateway({
  schema,
  upstream: givenUpstream,
  graphiqlToken,
  corsOrigins = [],
  limits: given,
  persistedOperations,
  live,
  health,
}: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...given };
  // A token GitHub told to wait waits in every request of the process, so the store is one.
  const upstream: Upstream = {
    ...givenUpstream,
    pauses: givenUpstream.pauses ?? new MemoryPauseStore(),
  };
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Yoga answers its health path before any plugin: moved aside when ours reports more.
    ...(health ? { healthCheckEndpoint: '/_yoga/health' } : {}),
    cors: corsPolicy(corsOrigins),
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
    plugins: [
      ...(health ? [useHealth(health)] : []),
      useGitHubErrors(),
      useCompression(),
      useQueryArmor(limits),
      useDemandLimits({
        maxNodes: limits.maxNodes,
        maxUpstreamRequests: upstream.maxRequestsPerOperation ?? Number.POSITIVE_INFINITY,
      }),
      useRateLimitReport(),
      persistedOperations !== undefined && usePersistedOperations(persistedOperations),
      ...(live ? [usePerEventContext<Context>(renewContext)] : []),
      ...(live?.receiveWebhook ? [useGitHubWebhooks(live.receiveWebhook)] : []),
    ],
    maskedErrors: { maskError, isDev: false },
    // GraphiQL's scripts come from the package, not a CDN: the page must work offline and
    // behind firewalls, and must not run code the deployment did not ship.
    renderGraphiQL,
    graphiql: {
      title: 'GitHub Actions runs — GraphQL gateway',
      defaultQuery: DEFAULT_QUERY,
      ...(graphiqlToken
        ? { headers: JSON.stringify({ Authorization: `Bearer ${graphiqlToken}` }, null, 2) }
        : {}),
    },
  });
}

export type Gateway = ReturnType<typeof createGateway>;
