/**
 * Starts the gateway. With no `GITHUB_API_URL` it starts the embedded simulator first and
 * points the gateway at it, so a fresh checkout shows real data at once.
 */
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './config.js';
import { EtagCache } from './github/etag-cache.js';
import { FairScheduler } from './github/fair-scheduler.js';
import { WriteSpacer } from './github/write-spacing.js';
import { createLive } from './live/live.js';
import { attachWebSocketServer } from './live/ws-server.js';
import { schemaFor } from './schema/select.js';
import { readPersistedDocuments } from './plugins/use-persisted-operations.js';
import { createSharedState } from './shared-state/create-shared-state.js';
import { SharedStateError } from './shared-state/redis-link.js';
import { createGateway } from './yoga.js';
import { createEdgeServer } from './lifecycle/edge-timeouts.js';
import { limitRequestBodies } from './lifecycle/request-body-limit.js';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown.js';
import { setUpObservability } from './observability/setup.js';

async function main() {
  const config = loadConfig();
  const observability = await setUpObservability(config);
  // With REDIS_URL: caches, pauses, write spacing, events and pollers shared by every replica.
  const shared = await createSharedState(config);
  // Demo mode is alive: the simulator's clock starts now, its runs move on in real time, a
  // new run starts every few seconds, and it delivers signed webhooks of the changes here.
  // Loaded only in demo mode: a gateway in front of GitHub carries none of the simulator.
  const demo = config.githubApiUrl ? undefined : await import('./simulator/index.js');
  const simulator = await demo?.startSimulator({
    port: 0,
    clockStart: new Date(),
    newRuns: { everyMs: 8_000 },
  });
  const demoWebhookSecret =
    simulator && !config.githubWebhookSecret ? randomBytes(16).toString('hex') : undefined;
  const apiUrl = config.githubApiUrl ?? simulator!.url;
  const live = createLive({
    webhookSecret: config.githubWebhookSecret ?? demoWebhookSecret,
    pollIntervalMs: config.pollIntervalMs,
    maxSubscriptions: config.maxSubscriptions,
    maxSubscriptionsPerConnection: config.maxSubscriptionsPerConnection,
    ...shared?.live,
  });
  const gateway = createGateway({
    live,
    schema: schemaFor(config),
    upstream: {
      apiUrl,
      apiVersion: config.githubApiVersion,
      timeoutMs: config.upstreamTimeoutMs,
      connections: config.upstreamConcurrency,
      http2: config.upstreamHttp2,
      maxUpstreamRequests: config.maxUpstreamRequests,
      etagCache:
        config.etagCacheMb > 0 ? new EtagCache(config.etagCacheMb * 1024 * 1024) : undefined,
      writeSpacer: new WriteSpacer(config.writeIntervalMs),
      scheduler: new FairScheduler({
        perCaller: config.upstreamConcurrencyPerToken,
        total: config.upstreamConcurrency,
      }),
      ...shared?.upstream,
    },
    health: shared?.health,
    graphiqlToken: demo?.DEMO_TOKENS.admin,
    corsOrigins: config.corsOrigins,
    limits: config.limits,
    persistedOperations: config.persistedOperations
      ? {
          documents: readPersistedDocuments(config.persistedOperations),
          only: config.persistedOperationsOnly,
        }
      : undefined,
    ...observability.gateway,
  });
  const server = createEdgeServer(
    limitRequestBodies(gateway, { maxBytes: config.maxRequestBytes }),
    config.edgeTimeouts,
  );
  const metricsServer = await observability.serveMetricsPort();
  const webSockets = attachWebSocketServer(server, gateway);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (simulator && demoWebhookSecret)
    simulator.deliverWebhooks({
      url: `http://127.0.0.1:${port}/webhooks/github`,
      secret: demoWebhookSecret,
    });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `GraphQL gateway listening on http://${shown}:${port}/graphql${config.federation ? ' (federation subgraph)' : ''}`,
  );
  if (simulator && demo) {
    console.log(
      `Upstream: the embedded GitHub REST simulator at ${simulator.url} (set GITHUB_API_URL to use GitHub)`,
    );
    console.log(
      `Demo tokens: ${demo.DEMO_TOKENS.admin} (read and write), ${demo.DEMO_TOKENS.read} (read only); GraphiQL already sends the first.`,
    );
  } else {
    console.log(`Upstream: ${apiUrl} (callers' Authorization headers are forwarded)`);
  }

  installGracefulShutdown({
    servers: metricsServer ? [server, metricsServer] : [server],
    timeoutMs: config.shutdownTimeoutMs,
    logger: observability.logger,
    drain: () => {
      live.close();
      void webSockets.close();
    },
    close: () =>
      Promise.all([gateway.close(), shared?.close(), simulator?.close(), observability.close()]),
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof SharedStateError ? error.message : error,
  );
  process.exit(1);
});
