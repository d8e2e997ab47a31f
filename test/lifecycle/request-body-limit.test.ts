/**
 * The request body bound over a real socket, in front of the real gateway: a body longer than
 * the bound, or one that does not say its length, is refused before it is read, with a
 * stable code and no upstream call; a query within it is served as before.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitRequestBodies } from '../../src/lifecycle/request-body-limit.js';
import { type Harness, startHarness } from '../helpers/harness.js';

let h: Harness;
let server: Server;
let url: string;

beforeAll(async () => {
  h = await startHarness({ size: 'small' });
  server = createServer(limitRequestBodies(h.gateway, { maxBytes: 4096 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

const query = (padding = 0) =>
  JSON.stringify({
    query: `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { totalCount } } }${' '.repeat(padding)}`,
  });

async function post(body: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin-token' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('request body limit', () => {
  it('serves a body within the bound', async () => {
    const { status, body } = await post(query());
    expect(status).toBe(200);
    expect(body.data.repository.workflowRuns.totalCount).toBeGreaterThan(0);
  });

  it('refuses a longer body with 413 REQUEST_TOO_LARGE and no upstream call', async () => {
    h.resetCalls();
    const { status, body } = await post(query(10_000));
    expect(status).toBe(413);
    expect(body.errors[0].extensions).toEqual({ code: 'REQUEST_TOO_LARGE', limit: 4096 });
    expect(h.upstreamCalls()).toBe(0);
  });

  it('refuses a chunked body that does not say its length with 411, before reading it', async () => {
    h.resetCalls();
    const port = Number(new URL(url).port);
    const answer = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () =>
        // The body's end never comes: the answer must not wait for it.
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"que\r\n',
        ),
      );
      socket.on('data', (chunk) => {
        received += String(chunk);
        if (received.includes('LENGTH_REQUIRED')) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.once('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 411/);
    expect(h.upstreamCalls()).toBe(0);
  });

  it('lets a webhook delivery be as large as GitHub sends (not the GraphQL bound)', async () => {
    const response = await fetch(`${url}/webhooks/github`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(10_000) }),
    });
    // No webhook receiver in this harness: the route is Yoga's 404, not the body bound's 413.
    expect(response.status).not.toBe(413);
  });
});
