/**
 * The public server's timeouts over a real socket: a client that never finishes its headers,
 * or its body, gets a 408 and a closed socket; an idle keep-alive socket is closed. With
 * Node's defaults the first two would hold the socket for 60 s and 300 s.
 */
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEdgeServer } from '../../src/lifecycle/edge-timeouts.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function listen(): Promise<number> {
  // Reads the whole body before answering, as the gateway does.
  server = createEdgeServer(
    (request, response) => request.resume().on('end', () => response.end('ok')),
    {
      headersTimeoutMs: 1_000,
      requestTimeoutMs: 2_000,
      keepAliveTimeoutMs: 1_000,
    },
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** Writes `sent` and resolves with what came back once the server closes the socket. */
function sendAndWaitForClose(port: number, sent: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(sent));
    socket.on('data', (chunk) => (received += String(chunk)));
    socket.once('close', () => resolve(received));
    socket.once('error', reject);
  });
}

describe('edge timeouts', () => {
  it('answers 408 and closes a socket whose headers never finish', async () => {
    const port = await listen();
    const received = await sendAndWaitForClose(port, 'GET /health HTTP/1.1\r\nHost: gateway\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);

  it('answers 408 and closes a socket whose body never finishes', async () => {
    const port = await listen();
    const received = await sendAndWaitForClose(
      port,
      'POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);

  it('closes an idle keep-alive socket after answering', async () => {
    const port = await listen();
    const received = await sendAndWaitForClose(port, 'GET / HTTP/1.1\r\nHost: gateway\r\n\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/Keep-Alive: timeout=1/);
    expect(received.endsWith('ok')).toBe(true);
  }, 15_000);
});
