/**
 * Federation with real parts: our subgraph (FEDERATION=true schema, served by the same Yoga
 * app as production) and a service-catalogue subgraph, each on a loopback port; their SDLs
 * read from `_service { sdl }`, composed by `@apollo/composition`, and served by Hive
 * Gateway. The simulator counts every REST call our subgraph makes.
 */
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schemaFor } from '../../src/schema/select.js';
import { DEMO_TOKENS, type Simulator, startSimulator } from '../../src/simulator/index.js';
import { createGateway, type Gateway } from '../../src/yoga.js';
import { type CatalogueService, createCatalogueSubgraph } from './catalogue-subgraph.js';

const RUN_BY_NODE_ID = '/repositories/{repository_id}/actions/runs/{run_id}';
const RUN_BY_NAME = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const REPOSITORY = '/repos/{owner}/{repo}';
const WORKFLOW = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}';

interface Listening {
  url: string;
  server: Server;
  /** GraphQL requests this server answered. */
  requests: number;
}

async function listen(handler: RequestListener): Promise<Listening> {
  const listening = { url: '', server: undefined as unknown as Server, requests: 0 };
  listening.server = createServer((req, res) => {
    if (req.method === 'POST') listening.requests += 1;
    handler(req, res);
  });
  listening.server.listen(0, '127.0.0.1');
  await once(listening.server, 'listening');
  listening.url = `http://127.0.0.1:${(listening.server.address() as AddressInfo).port}/graphql`;
  return listening;
}

async function post(
  url: string,
  query: string,
  variables: object = {},
  token: string | null = DEMO_TOKENS.admin,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint: the shape is asserted by each test
  return (await response.json()) as {
    data?: any;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
  };
}

interface SeedRun {
  id: string;
  nodeId: string;
  databaseId: number;
  workflow: { databaseId: number };
}

let simulator: Simulator;
let ours: Gateway | undefined;
let actions: Listening;
let catalogue: Listening;
let gateway: GatewayRuntime;
let privateRuns: SeedRun[];
let publicRuns: SeedRun[];
let services: CatalogueService[];

async function gatewayQuery(query: string, token: string | null = DEMO_TOKENS.admin) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Awaited<ReturnType<typeof post>>;
}

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, size: 'small' });
  ours = createGateway({
    schema: schemaFor({ federation: true }),
    upstream: {
      apiUrl: simulator.url,
      timeoutMs: 5_000,
      connections: 16,
    },
  });
  actions = await listen(ours);

  // Real run ids from the simulator, read through our own subgraph.
  const seed = await post(
    actions.url,
    `query Seed($owner: String!, $name: String!, $first: Int!) {
      repository(owner: $owner, name: $name) { workflowRuns(first: $first) { nodes { id nodeId databaseId workflow { databaseId } } } }
    }`,
    { owner: 'octo-org', name: 'octo-repo', first: 4 },
  );
  privateRuns = seed.data.repository.workflowRuns.nodes;
  const seedPublic = await post(
    actions.url,
    `query Seed { repository(owner: "octo-org", name: "public-site") { workflowRuns(first: 1) { nodes { id nodeId databaseId workflow { databaseId } } } } }`,
  );
  publicRuns = seedPublic.data.repository.workflowRuns.nodes;
  const [a, b, c, d] = privateRuns as [SeedRun, SeedRun, SeedRun, SeedRun];
  services = [
    {
      name: 'checkout',
      team: 'payments',
      repository: 'octo-org/octo-repo',
      deployRunNodeIds: [a.nodeId, b.nodeId],
    },
    // `b` again: the same run named by two services is one REST call.
    {
      name: 'ledger',
      team: 'payments',
      repository: 'octo-org/octo-repo',
      deployRunNodeIds: [b.nodeId, c.nodeId, d.nodeId],
    },
    {
      name: 'website',
      team: 'web',
      repository: 'octo-org/public-site',
      deployRunNodeIds: [publicRuns[0]!.nodeId],
    },
    { name: 'search', team: 'web', repository: 'octo-org/octo-repo', deployRunNodeIds: [] },
  ];
  catalogue = await listen(createCatalogueSubgraph(services));

  const subgraphs = await Promise.all(
    [
      { name: 'actions', url: actions.url },
      { name: 'catalogue', url: catalogue.url },
    ].map(async ({ name, url }) => ({
      name,
      url,
      typeDefs: parse((await post(url, '{ _service { sdl } }')).data._service.sdl),
    })),
  );
  const composed = composeServices(subgraphs);
  expect(composed.errors?.map((e) => e.message)).toBeUndefined();
  gateway = createGatewayRuntime({
    supergraph: composed.supergraphSdl!,
    logging: false,
    // The caller's token must reach our subgraph, which forwards it to GitHub.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
      }),
    },
  });
});

afterAll(async () => {
  await gateway?.dispose();
  for (const listening of [actions, catalogue]) {
    listening?.server.closeAllConnections();
    listening?.server.close();
  }
  await ours?.close();
  await simulator?.close();
});

beforeEach(() => {
  simulator.requests.reset();
  actions.requests = 0;
  catalogue.requests = 0;
});

describe('a supergraph of the actions subgraph and a service catalogue, behind Hive Gateway', () => {
  it('joins every service to its repository: one REST call per distinct repository', async () => {
    const result = await gatewayQuery(
      `{ services { name team repository { nameWithOwner isPrivate databaseId } } }`,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data.services).toEqual([
      {
        name: 'checkout',
        team: 'payments',
        repository: { nameWithOwner: 'octo-org/octo-repo', isPrivate: true, databaseId: 100001 },
      },
      {
        name: 'ledger',
        team: 'payments',
        repository: { nameWithOwner: 'octo-org/octo-repo', isPrivate: true, databaseId: 100001 },
      },
      {
        name: 'website',
        team: 'web',
        repository: { nameWithOwner: 'octo-org/public-site', isPrivate: false, databaseId: 100002 },
      },
      {
        name: 'search',
        team: 'web',
        repository: { nameWithOwner: 'octo-org/octo-repo', isPrivate: true, databaseId: 100001 },
      },
    ]);
    // Four references, two repositories: two `GET /repos/{owner}/{repo}` and nothing else.
    expect(simulator.requests.total({ route: REPOSITORY })).toBe(2);
    expect(simulator.requests.total()).toBe(2);
    // The gateway sent all four representations in one `_entities` request.
    expect(actions.requests).toBe(1);
    expect(catalogue.requests).toBe(1);
  });

  it('resolves a batch of runs by GitHub node id: one REST call per distinct run, and per distinct workflow', async () => {
    const result = await gatewayQuery(`{
      services { name latestDeploys { nodeId databaseId status repository { nameWithOwner } workflow { databaseId name } } }
    }`);

    expect(result.errors).toBeUndefined();
    const deploys = Object.fromEntries(
      result.data.services.map(
        (s: { name: string; latestDeploys: Array<{ databaseId: number }> }) => [
          s.name,
          s.latestDeploys.map((r) => r.databaseId),
        ],
      ),
    );
    const [a, b, c, d] = privateRuns as [SeedRun, SeedRun, SeedRun, SeedRun];
    expect(deploys).toEqual({
      checkout: [a.databaseId, b.databaseId],
      ledger: [b.databaseId, c.databaseId, d.databaseId],
      website: [publicRuns[0]!.databaseId],
      search: [],
    });
    const website = result.data.services[2].latestDeploys[0];
    expect(website.repository.nameWithOwner).toBe('octo-org/public-site');
    expect(website.nodeId).toBe(publicRuns[0]!.nodeId);

    // Six references, five distinct runs.
    const distinctRuns = new Set(services.flatMap((s) => s.deployRunNodeIds)).size;
    expect(distinctRuns).toBe(5);
    expect(simulator.requests.total({ route: RUN_BY_NODE_ID })).toBe(distinctRuns);
    // The run cache was primed under the repository's name, so no run was fetched twice.
    expect(simulator.requests.total({ route: RUN_BY_NAME })).toBe(0);
    const distinctWorkflows = new Set(
      [...privateRuns, ...publicRuns].map((r) => r.workflow.databaseId),
    ).size;
    expect(simulator.requests.total({ route: WORKFLOW })).toBe(distinctWorkflows);
    expect(simulator.requests.total()).toBe(distinctRuns + distinctWorkflows);
    expect(actions.requests).toBe(1);
  });

  it("forwards the caller's token: anonymous callers get public repositories and an error for private ones", async () => {
    const result = await gatewayQuery(
      `{ services { name repository { nameWithOwner isPrivate } } }`,
      null,
    );

    const website = result.data?.services?.find(
      (s: { name: string } | null) => s?.name === 'website',
    );
    expect(website).toEqual({
      name: 'website',
      repository: { nameWithOwner: 'octo-org/public-site', isPrivate: false },
    });
    expect(result.errors?.length).toBeGreaterThan(0);
    // Only the public repository's details were readable; the private one answered 404.
    expect(simulator.requests.total({ route: REPOSITORY, status: 200 })).toBe(1);
    expect(simulator.requests.total({ route: REPOSITORY, status: 404 })).toBe(1);
  });
});

describe('the actions subgraph on its own', () => {
  const ENTITIES = `query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Repository { nameWithOwner ownerLogin name isPrivate }
      ... on WorkflowRun { databaseId nodeId }
      ... on Workflow { workflowDatabaseId: databaseId name }
      ... on WorkflowJob { jobDatabaseId: databaseId name }
    }
  }`;

  it('resolves Repository by nameWithOwner and by ownerLogin + name with one call per distinct repository', async () => {
    const result = await post(actions.url, ENTITIES, {
      representations: [
        { __typename: 'Repository', nameWithOwner: 'octo-org/octo-repo' },
        { __typename: 'Repository', ownerLogin: 'octo-org', name: 'octo-repo' },
        { __typename: 'Repository', ownerLogin: 'octo-org', name: 'public-site' },
      ],
    });

    expect(result.errors).toBeUndefined();
    expect(
      result.data._entities.map((e: { nameWithOwner: string; isPrivate: boolean }) => [
        e.nameWithOwner,
        e.isPrivate,
      ]),
    ).toEqual([
      ['octo-org/octo-repo', true],
      ['octo-org/octo-repo', true],
      ['octo-org/public-site', false],
    ]);
    expect(simulator.requests.total({ route: REPOSITORY })).toBe(2);
    expect(simulator.requests.total()).toBe(2);
  });

  it('resolves WorkflowRun, Workflow and WorkflowJob by id through the loaders', async () => {
    const [a, b] = privateRuns as [SeedRun, SeedRun];
    const jobs = await post(
      actions.url,
      `query Jobs($id: ID!) { node(id: $id) { ... on WorkflowRun { jobs(first: 2) { nodes { id databaseId } } } } }`,
      {
        id: a.id,
      },
    );
    const [job] = jobs.data.node.jobs.nodes as Array<{ id: string; databaseId: number }>;
    const workflowId = (
      await post(
        actions.url,
        `query W($id: ID!) { node(id: $id) { ... on WorkflowRun { workflow { id } } } }`,
        { id: a.id },
      )
    ).data.node.workflow.id as string;
    simulator.requests.reset();

    const result = await post(actions.url, ENTITIES, {
      representations: [
        { __typename: 'WorkflowRun', id: a.id },
        { __typename: 'WorkflowRun', id: b.id },
        { __typename: 'WorkflowRun', id: a.id },
        { __typename: 'WorkflowRun', nodeId: b.nodeId },
        { __typename: 'Workflow', id: workflowId },
        { __typename: 'WorkflowJob', id: job!.id },
      ],
    });

    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { __typename: 'WorkflowRun', databaseId: a.databaseId, nodeId: a.nodeId },
      { __typename: 'WorkflowRun', databaseId: b.databaseId, nodeId: b.nodeId },
      { __typename: 'WorkflowRun', databaseId: a.databaseId, nodeId: a.nodeId },
      { __typename: 'WorkflowRun', databaseId: b.databaseId, nodeId: b.nodeId },
      {
        __typename: 'Workflow',
        workflowDatabaseId: a.workflow.databaseId,
        name: expect.any(String),
      },
      { __typename: 'WorkflowJob', jobDatabaseId: job!.databaseId, name: expect.any(String) },
    ]);
    // Two distinct runs by name; `b` by node id is a different route, so it costs its own call.
    expect(simulator.requests.total({ route: RUN_BY_NAME })).toBe(2);
    expect(simulator.requests.total({ route: RUN_BY_NODE_ID })).toBe(1);
    expect(simulator.requests.total({ route: WORKFLOW })).toBe(1);
    expect(simulator.requests.total({ route: '/repos/{owner}/{repo}/actions/jobs/{job_id}' })).toBe(
      1,
    );
    expect(simulator.requests.total()).toBe(5);
  });

  it('refuses a representation of the wrong type or an id with no repository before any REST call', async () => {
    const [a] = privateRuns as [SeedRun];
    const legacyRunId = Buffer.from(`011:WorkflowRun${a.databaseId}`).toString('base64');
    const result = await post(actions.url, ENTITIES, {
      representations: [
        { __typename: 'Workflow', id: a.id },
        { __typename: 'WorkflowRun', nodeId: legacyRunId },
        { __typename: 'Repository', nameWithOwner: '../etc' },
      ],
    });

    expect(result.data._entities).toEqual([null, null, null]);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(simulator.requests.total()).toBe(0);
  });
});
