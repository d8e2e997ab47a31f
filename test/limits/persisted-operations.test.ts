/**
 * Persisted operations: the manifest `npm run codegen` writes for the examples, accepted by
 * hash; with `only`, any other document is refused before it reaches GitHub.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, GatewayError } from '../../examples/client.js';
import { listFailingRuns } from '../../examples/triage-branch.js';
import { readPersistedDocuments } from '../../src/plugins/use-persisted-operations.js';
import { DEMO_TOKENS, startSimulator } from '../../src/simulator/index.js';
import { createGateway } from '../../src/yoga.js';

const manifest = fileURLToPath(
  new URL('../../examples/gql/persisted-documents.json', import.meta.url),
);
const documents = readPersistedDocuments(manifest);
const repo = { owner: 'octo-org', name: 'octo-repo' };

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function start(only: boolean) {
  const simulator = await startSimulator({ port: 0, size: 'small' });
  const gateway = createGateway({
    upstream: {
      apiUrl: simulator.url,
      timeoutMs: 5_000,
      connections: 4,
    },
    persistedOperations: { documents, only },
  });
  const server: Server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gateway.close();
    await simulator.close();
  };
  const post = async (body: unknown) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKENS.read}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  };
  return { simulator, url, post };
}

describe('persisted operations', () => {
  it('has a manifest of the example documents', () => {
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(documents).every((hash) => /^sha256:[0-9a-f]{64}$/.test(hash))).toBe(true);
  });

  it('runs the example client by hash, and still takes other documents', async () => {
    const { simulator, url, post } = await start(false);
    const byHash = createClient({ url, token: DEMO_TOKENS.read, persisted: true });
    const { runs } = await listFailingRuns(byHash, repo, 'main', 5);
    expect(runs.length).toBeGreaterThan(0);
    const other = await post({
      query:
        '{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { totalCount } } }',
    });
    expect(other.errors).toBeUndefined();
    simulator.requests.reset();
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.errors!.map((e) => e.extensions?.code)).toEqual([
      'PERSISTED_OPERATION_NOT_FOUND',
    ]);
    expect(simulator.requests.total()).toBe(0);
  });

  it('refuses any other document when only persisted operations are allowed', async () => {
    const { simulator, url, post } = await start(true);
    const { runs } = await listFailingRuns(
      createClient({ url, token: DEMO_TOKENS.read, persisted: true }),
      repo,
      'main',
      5,
    );
    expect(runs.length).toBeGreaterThan(0);
    simulator.requests.reset();
    const other = await post({
      query:
        '{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { totalCount } } }',
    });
    expect(other.errors!.map((e) => e.extensions?.code)).toEqual(['PERSISTED_OPERATION_REQUIRED']);
    await expect(
      listFailingRuns(createClient({ url, token: DEMO_TOKENS.read }), repo, 'main', 5),
    ).rejects.toThrow(GatewayError);
    expect(simulator.requests.total()).toBe(0);
  });
});
