/** Upstream failures become errors on the field that needed them, with stable codes. */
import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayOver } from '../helpers/fake-upstream.js';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness, startHarness } from '../helpers/harness.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { routeKey } from '../helpers/routes.js';

const RUNS = routeKey('listWorkflowRunsForRepo');
const TwoRepos = graphql(`
  query TwoRepos {
    private: repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 1) { totalCount } }
    public: repository(owner: "octo-org", name: "public-site") { nameWithOwner }
  }
`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('upstream errors', () => {
  it('retries a read on 5xx, then answers UPSTREAM_ERROR on that field only', async () => {
    h = await startHarness({ size: 'small', faults: { errorRate: { [RUNS]: 1 } } });
    const response = await h.execute(TwoRepos);
    expect(response.data).toEqual({
      private: null,
      public: { nameWithOwner: 'octo-org/public-site' },
    });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      path: ['private', 'workflowRuns'],
      extensions: { code: 'UPSTREAM_ERROR', status: 500 },
    });
    expect(h.upstreamCalls({ route: RUNS })).toBe(3); // one try and two retries, reads only
  });

  it('answers RATE_LIMITED with resetAt when the primary limit is spent', async () => {
    h = await startHarness({ size: 'small', rateLimit: 2 });
    await h.execute(TwoRepos);
    await h.execute(TwoRepos);
    const response = await h.execute(TwoRepos);
    expect(errorCodes(response)).toEqual(['RATE_LIMITED']);
    expect(response.errors![0]!.extensions).toMatchObject({ status: 403 });
    expect(Date.parse(String(response.errors![0]!.extensions!.resetAt))).toBeGreaterThan(0);
  });

  it('answers RATE_LIMITED with retryAfter on a secondary limit', async () => {
    h = await startHarness({
      size: 'small',
      faults: { secondaryLimit: { every: 1, status: 429, retryAfter: 30 } },
    });
    const response = await h.execute(TwoRepos);
    expect(errorCodes(response)).toEqual(['RATE_LIMITED']);
    expect(response.errors![0]!.extensions).toMatchObject({ status: 429, retryAfter: 30 });
  });

  it('answers UPSTREAM_TIMEOUT when GitHub is too slow', async () => {
    h = await startHarness({ size: 'small', timeoutMs: 300, latency: { fixedMs: 1_000 } });
    const response = await h.execute(TwoRepos);
    expect(errorCodes(response)).toEqual(['UPSTREAM_TIMEOUT']);
  });

  it('answers UPSTREAM_TIMEOUT when the whole answer takes too long, though each part comes in time', async () => {
    // The body drips in ten parts 200 ms apart: undici's per-read timeout never fires, the
    // answer's own deadline does.
    h = await startHarness({ size: 'small', timeoutMs: 300, faults: { slowBodyMs: 2_000 } });
    const response = await h.execute(TwoRepos);
    expect(errorCodes(response)).toEqual(['UPSTREAM_TIMEOUT']);
  });

  it('answers UNAUTHENTICATED for a bad token, without echoing it', async () => {
    h = await startHarness({ size: 'small' });
    const token = 'ghp_secretsecretsecret0123456789';
    const response = await h.execute(TwoRepos, {}, { token });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain(token);
  });

  it('refuses before it starts an operation whose estimate passes the upstream request budget', async () => {
    h = await startHarness({ size: 'small', maxUpstreamRequests: 4 });
    h.simulator.clock.freeze();
    const response = await h.execute(
      graphql(
        `query OverBudget { repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 10) { nodes { databaseId deploymentReviews { totalCount } } } } }`,
      ),
    );
    // One listing page and one approvals call per run: 11, refused before any is sent.
    expect(h.upstreamCalls()).toBe(0);
    expect(errorCodes(response)).toEqual(['MAX_UPSTREAM_REQUESTS_EXCEEDED']);
    expect(response.errors![0]!.extensions).toMatchObject({ limit: 4, estimate: 11 });
    expect(response.errors![0]!.message).toMatch(
      /can need 11 GitHub requests, more than the 4 allowed/,
    );
  });

  it('lets a read-only token read a private repository', async () => {
    h = await startHarness({ size: 'small' });
    const response = await h.execute(TwoRepos, {}, { token: 'demo-read-token' });
    expect(response.errors).toBeUndefined();
  });
});

describe('what goes upstream', () => {
  it("forwards the caller's Authorization unchanged and none of their other headers, and never follows a redirect", async () => {
    const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    const upstream = await gatewayOver(
      (req, res) => {
        seen.push({ url: req.url ?? '', headers: req.headers });
        if (req.url?.endsWith('/logs')) {
          res
            .writeHead(302, {
              location: 'http://127.0.0.1:9/elsewhere?urlExpires=2030-01-01T00:00:00Z',
            })
            .end();
          return;
        }
        // The attempt itself: enough of a payload for node(id:) to resolve.
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":7,"run_attempt":1}');
      },
      { timeoutMs: 2_000, connections: 4 },
    );
    const { gateway } = upstream;
    try {
      const id = encodeGlobalId('WorkflowRunAttempt', 'octo-org/octo-repo/7/1');
      const response = await gateway.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'token abc-123',
          cookie: 'session=s3cret',
          'x-forwarded-for': '203.0.113.9',
          'x-custom': 'nope',
        },
        body: JSON.stringify({
          query: `{ node(id: "${id}") { ... on WorkflowRunAttempt { logs { url } } } }`,
        }),
      });
      const body = (await response.json()) as { data: { node: { logs: { url: string } } } };
      expect(body.data.node.logs.url).toBe(
        'http://127.0.0.1:9/elsewhere?urlExpires=2030-01-01T00:00:00Z',
      );
      expect(seen.map((r) => r.url)).toEqual([
        '/repos/octo-org/octo-repo/actions/runs/7/attempts/1',
        '/repos/octo-org/octo-repo/actions/runs/7/attempts/1/logs',
      ]);
      const headers = seen[1]!.headers;
      expect(headers.authorization).toBe('token abc-123');
      expect(headers['x-github-api-version']).toBe('2022-11-28');
      expect(headers.accept).toBe('application/vnd.github+json');
      expect(headers.cookie).toBeUndefined();
      expect(headers['x-forwarded-for']).toBeUndefined();
      expect(headers['x-custom']).toBeUndefined();
      expect(seen[0]!.headers.authorization).toBe('token abc-123');
    } finally {
      await upstream.close();
    }
  });

  it('sends requests for many runs concurrently, never more than the configured cap', async () => {
    let inFlight = 0;
    let most = 0;
    const upstream = await gatewayOver(
      (req, res) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        const runId = Number(req.url?.split('/').at(-1));
        setTimeout(() => {
          inFlight -= 1;
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ id: runId, run_number: runId }));
        }, 40);
      },
      { connections: 3 },
    );
    const { gateway } = upstream;
    try {
      const ids = Array.from({ length: 12 }, (_, i) =>
        encodeGlobalId('WorkflowRun', `octo-org/octo-repo/${i + 1}`),
      );
      const response = await gateway.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { runNumber } } }',
          variables: { ids },
        }),
      });
      const body = (await response.json()) as { data: { nodes: Array<{ runNumber: number }> } };
      expect(body.data.nodes.map((n) => n.runNumber)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect(most).toBe(3);
    } finally {
      await upstream.close();
    }
  });
});
