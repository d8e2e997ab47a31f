/**
 * A gateway in front of a hand-written upstream on a loopback port: for tests whose
 * upstream answers what the simulator cannot (GitHub's recorded payloads, a redirect to
 * another host, a slow server that counts what is in flight).
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UpstreamOptions } from '../../src/upstream.js';
import { createGateway } from '../../src/yoga.js';

export async function gatewayOver(
  handler: RequestListener,
  upstream: Omit<Partial<UpstreamOptions>, 'apiUrl'> = {},
) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gateway = createGateway({ upstream: { apiUrl, timeoutMs: 5_000, ...upstream } });
  return {
    apiUrl,
    gateway,
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type FakeUpstream = Awaited<ReturnType<typeof gatewayOver>>;
