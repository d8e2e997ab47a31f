/**
 * The simulator, a gateway with live services, and a real HTTP server on loopback with
 * the WebSocket server attached, so `graphql-sse` and `graphql-ws` clients connect as
 * they would in production.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhooks } from '@octokit/webhooks';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EtagCache } from '../../src/github/etag-cache.js';
import { createLive, type LiveOptions } from '../../src/live/live.js';
import { attachWebSocketServer } from '../../src/live/ws-server.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { DEMO_TOKENS, startSimulator } from '../../src/simulator/index.js';
import { createGateway } from '../../src/yoga.js';

export const WEBHOOK_SECRET = 'test-webhook-secret';

export async function startLiveHarness(
  options: Partial<LiveOptions> & {
    simulatorWebhooks?: boolean;
    simulator?: Parameters<typeof startSimulator>[0];
  } = {},
) {
  const { simulatorWebhooks, simulator: simulatorOptions, ...liveOptions } = options;
  // Listening first, so the simulator can be told where to deliver its webhooks.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const simulator = await startSimulator({
    port: 0,
    ...simulatorOptions,
    ...(simulatorWebhooks
      ? { webhook: { url: `${url}/webhooks/github`, secret: WEBHOOK_SECRET } }
      : {}),
  });
  simulator.clock.freeze();
  const live = createLive({
    pollIntervalMs: 100,
    // With webhooks, the fallback pollers take their baseline and then wait, unless a test asks.
    fallbackPollIntervalMs: 60_000,
    maxSubscriptions: 100,
    maxSubscriptionsPerConnection: 10,
    ...liveOptions,
  });
  const gateway = createGateway({
    upstream: {
      apiUrl: simulator.url,
      timeoutMs: 5_000,
      connections: 16,
      etagCache: new EtagCache(16 * 1024 * 1024),
    },
    live,
  });
  server.on('request', gateway);
  const webSockets = attachWebSocketServer(server, gateway);
  const repo = simulator.state.world.repos.find((r) => r.name === 'octo-repo')!;
  const owner = repo.owner.login;
  const webhooks = new Webhooks({ secret: WEBHOOK_SECRET });

  return {
    simulator,
    gateway,
    live,
    url,
    owner,
    repoName: repo.name,
    runGlobalId: (runId: number) => encodeGlobalId('WorkflowRun', `${owner}/${repo.name}/${runId}`),
    /** A `graphql-sse` client sending this token, as a browser's would; no reconnecting. */
    sse: (token: string = DEMO_TOKENS.admin) =>
      createSseClient({
        url: `${url}/graphql`,
        headers: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      }),
    /** A `graphql-ws` client with the token in `connection_init` (none: the socket's own). */
    ws: (token?: string, webSocketImpl: unknown = WebSocket) =>
      createWsClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl,
        ...(token ? { connectionParams: { authorization: `Bearer ${token}` } } : {}),
        retryAttempts: 0,
      }),
    /** Posts a delivery as GitHub would: JSON body, event and delivery headers, HMAC signature. */
    async deliver(
      event: string,
      payload: unknown,
      {
        delivery = crypto.randomUUID(),
        signature,
      }: { delivery?: string; signature?: string | null } = {},
    ) {
      const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': delivery,
      };
      const signed = signature === undefined ? await webhooks.sign(body) : signature;
      if (signed !== null) headers['x-hub-signature-256'] = signed;
      return fetch(`${url}/webhooks/github`, { method: 'POST', headers, body });
    },
    async close() {
      live.close();
      await webSockets.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.close();
      await simulator.close();
    },
  };
}

export type LiveHarness = Awaited<ReturnType<typeof startLiveHarness>>;

/** Resolves once `check` holds, polling every 20 ms; fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 4_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export type StreamResult = {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

/** Collects a subscription's results as they come; `stop` leaves like a client closing its tab. */
export function collectStream(iterator: AsyncIterableIterator<unknown>) {
  const results: StreamResult[] = [];
  let done = false;
  const finished = (async () => {
    for await (const result of iterator) results.push(result as StreamResult);
    done = true;
  })().catch((error: unknown) => {
    results.push({ errors: [{ message: String(error) }] });
    done = true;
  });
  return {
    results,
    get done() {
      return done;
    },
    stop: async () => {
      await iterator.return?.();
      await finished;
    },
  };
}
