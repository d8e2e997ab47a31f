/**
 * Query limits: shapes and sizes refused before any upstream call, with a stable code, and
 * defaults that let every operation the project writes down through.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { Kind, type OperationDefinitionNode, parse, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { estimateDemand } from '../../src/limits/demand.js';
import { resolveOperation } from '../../src/limits/operation.js';
import { schema } from '../../src/schema/index.js';
import { createGateway } from '../../src/yoga.js';
import { type Harness, errorCodes, startHarness } from '../helpers/harness.js';
import { corpus, sampleVariables } from './corpus.js';

/**
 * The query: 100 runs, each a workflow with 100 runs, six levels down: 100^6 nodes.
 * (The text lacks its last closing brace; with it the query is valid.)
 */
const DEEP = `query Deep { repository(owner: "octo-org", name: "public-site") { workflowRuns(first: 100) { nodes {
  workflow { runs(first: 100) { nodes { workflow { runs(first: 100) { nodes { workflow { runs(first: 100) { nodes {
  workflow { runs(first: 100) { nodes { workflow { runs(first: 100) { nodes { name } } } } } } } } } } } } } } } } } } }`;
const DEEP_NODES = [1, 2, 3, 4, 5, 6].reduce((sum, level) => sum + 100 ** level, 0);

/** Within the depth bound, yet a million jobs: refused by the node bound alone. */
const WIDE = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 100) { nodes {
  workflow { runs(first: 100) { nodes { jobs(first: 100) { nodes { name } } } } } } } } }`;

let h: Harness;
let server: Server;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  server = createServer(h.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

/** Over real HTTP, anonymous, as the caller sent it. */
async function post(query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    }),
  };
}

describe('the query that took the process down', () => {
  it('is refused with no upstream call, and the process still answers', async () => {
    h.resetCalls();
    const response = await post(DEEP);
    expect(response.data).toBeUndefined();
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({
      limit: { check: 'depth', max: DEFAULT_LIMITS.maxDepth },
    });
    expect(h.upstreamCalls()).toBe(0);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const after = await post(
      '{ repository(owner: "octo-org", name: "public-site") { workflowRuns(first: 1) { totalCount } } }',
    );
    expect(after.errors).toBeUndefined();
  });

  it('is refused by the node bound too, with the computed figure, when depth is allowed', async () => {
    const lenient = createGateway({
      upstream: {
        apiUrl: h.simulator.url,
        timeoutMs: 5_000,
        connections: 4,
      },
      limits: { maxDepth: 100 },
    });
    h.resetCalls();
    const response = await lenient.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DEEP }),
    });
    const body = (await response.json()) as {
      errors: Array<{ extensions: Record<string, unknown> }>;
    };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['MAX_NODES_EXCEEDED']);
    expect(body.errors[0]!.extensions).toMatchObject({
      nodes: DEEP_NODES,
      limit: DEFAULT_LIMITS.maxNodes,
    });
    expect(h.upstreamCalls()).toBe(0);
    await lenient.close();
  });
});

describe('rateLimit(dryRun: true)', () => {
  it('answers the estimate without calling GitHub or running the rest of the operation', async () => {
    h.resetCalls();
    const response = await h.execute(`{
      repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 10) { nodes { logs { url } } } }
      rateLimit(dryRun: true) { cost nodeCount limit remaining }
    }`);
    expect(response.errors).toBeUndefined();
    // One listing page and one logs link per run; ten nodes.
    expect(response.data).toEqual({
      rateLimit: { cost: 11, nodeCount: 10, limit: null, remaining: null },
    });
    expect(h.upstreamCalls()).toBe(0);
  });

  it("answers the README's DryRun example as the README says", async () => {
    const op = corpus.find(
      (candidate) => candidate.origin === 'README' && candidate.name === 'DryRun',
    )!;
    const response = await h.execute(print(op.document));
    expect(response.data).toEqual({ rateLimit: { cost: 101, nodeCount: 800 } });
  });

  it('gives what the same operation then costs for real', async () => {
    const query = `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 10) { nodes { jobs(first: 5) { totalCount } } } } rateLimit(dryRun: DRY) { cost } }`;
    const dry = await h.execute(query.replace('DRY', 'true'));
    h.resetCalls();
    const real = await h.execute(query.replace('DRY', 'false'));
    expect(h.upstreamCalls()).toBe(11);
    expect(real.data).toMatchObject({ rateLimit: { cost: 11 } });
    expect(dry.data).toEqual({ rateLimit: { cost: 11 } });
  });
});

describe('refusals before any upstream call', () => {
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: rateLimit { cost }`).join(' ')} }`;
  const directives = (n: number) =>
    `{ rateLimit { cost ${Array.from({ length: n }, () => '@include(if: true)').join(' ')} } }`;
  const cases: Array<[string, string, string, Record<string, unknown>]> = [
    [
      'a wide answer within the depth bound',
      WIDE,
      'MAX_NODES_EXCEEDED',
      { nodes: 100 + 100 ** 2 + 100 ** 3, limit: DEFAULT_LIMITS.maxNodes },
    ],
    [
      'an alias bomb',
      aliases(DEFAULT_LIMITS.maxAliases + 1),
      'BAD_USER_INPUT',
      { limit: { check: 'aliases', max: DEFAULT_LIMITS.maxAliases } },
    ],
    [
      'a directive bomb',
      directives(DEFAULT_LIMITS.maxDirectives + 1),
      'BAD_USER_INPUT',
      { limit: { check: 'directives', max: DEFAULT_LIMITS.maxDirectives } },
    ],
    [
      'a huge document',
      `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} }`,
      'BAD_USER_INPUT',
      { limit: { check: 'tokens', max: DEFAULT_LIMITS.maxTokens } },
    ],
    [
      'cyclic nesting run → workflow → runs',
      `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 2) { nodes { workflow { runs(first: 2) { nodes { workflow { runs(first: 2) { nodes { workflow { runs(first: 2) { nodes { id } } } } } } } } } } } } }`,
      'BAD_USER_INPUT',
      { limit: { check: 'depth', max: DEFAULT_LIMITS.maxDepth } },
    ],
    [
      'an operation whose REST demand passes MAX_UPSTREAM_REQUESTS',
      `{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 100) { nodes { logs { url } jobs { totalCount } deploymentReviews { totalCount } } } } }`,
      'MAX_UPSTREAM_REQUESTS_EXCEEDED',
      { estimate: 301 },
    ],
  ];

  it('judges one document again for each set of variables, however often it ran', async () => {
    const limited = await startHarness({ maxUpstreamRequests: 300 });
    const query = `query Runs($n: Int!) { repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(first: $n) { nodes { logs { url } jobs { totalCount } deploymentReviews { totalCount } } } } }`;
    try {
      for (const n of [5, 100, 5, 100]) {
        limited.resetCalls();
        const response = await limited.execute(query, { n });
        if (n === 5) expect(response.errors).toBeUndefined();
        else expect(errorCodes(response)).toEqual(['MAX_UPSTREAM_REQUESTS_EXCEEDED']);
        expect(limited.upstreamCalls() > 0).toBe(n === 5);
      }
    } finally {
      await limited.close();
    }
  });

  it.each(cases)('%s', async (_name, query, code, extensions) => {
    const limited = await startHarness({ maxUpstreamRequests: 300 });
    try {
      const response = await limited.execute(query, undefined, { token: null });
      expect(errorCodes(response)).toEqual([code]);
      expect(response.errors![0]!.extensions).toMatchObject(extensions);
      expect(limited.upstreamCalls()).toBe(0);
    } finally {
      await limited.close();
    }
  });
});

describe('the default limits', () => {
  it('collects the operations of the README, the tests, the examples and the compat corpus', () => {
    const origins = new Set(corpus.map((op) => op.origin));
    expect(origins).toEqual(new Set(['README', 'tests', 'examples', 'compat']));
    expect(corpus.length).toBeGreaterThan(60);
  });

  it.each(corpus.map((op) => [`${op.origin}: ${op.name}`, op] as const))(
    'let %s through',
    (_name, op) => {
      const source = print(op.document);
      expect(() =>
        new MaxTokensParserWLexer(source, { n: DEFAULT_LIMITS.maxTokens }).parseDocument(),
      ).not.toThrow();
      const rules = [
        maxDepthRule({ n: DEFAULT_LIMITS.maxDepth }),
        maxAliasesRule({ n: DEFAULT_LIMITS.maxAliases }),
        maxDirectivesRule({ n: DEFAULT_LIMITS.maxDirectives }),
      ];
      expect(() => validate(schema, op.document, rules)).not.toThrow();
      if (op.origin === 'compat') return; // written for GitHub's schema, validated against ours elsewhere
      const resolved = resolveOperation(
        schema,
        op.document,
        undefined,
        sampleVariables(schema, op.operation),
      )!;
      const demand = estimateDemand(
        schema,
        resolved.operation,
        resolved.fragments,
        resolved.variables,
      );
      expect(demand.nodes).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);
      // The REST estimate is not held to MAX_UPSTREAM_REQUESTS here: it is an upper bound, and
      // every attempt of 30 runs can be 30 × 50 calls (test/limits/demand.test.ts checks it).
    },
  );

  it('answers the README queries as a dry run through the gateway with no upstream call', async () => {
    const queries = corpus.filter(
      (op) => op.origin === 'README' && op.operation.operation === 'query',
    );
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const op of queries) {
      const operation = {
        ...op.operation,
        selectionSet: {
          ...op.operation.selectionSet,
          selections: [
            ...op.operation.selectionSet.selections.filter(
              (s) => !(s.kind === Kind.FIELD && s.name.value === 'rateLimit'),
            ),
            dryRunField,
          ],
        },
      };
      h.resetCalls();
      const response = await h.execute(
        print({ ...op.document, definitions: [operation, ...op.document.definitions.slice(1)] }),
        sampleVariables(schema, op.operation),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        rateLimit: { cost: expect.any(Number), nodeCount: expect.any(Number), remaining: null },
      });
      expect(h.upstreamCalls()).toBe(0);
    }
  });
});

const dryRunField = (
  parse('{ rateLimit(dryRun: true) { cost nodeCount remaining } }')
    .definitions[0] as OperationDefinitionNode
).selectionSet.selections[0]!;
