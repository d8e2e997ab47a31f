/**
 * GitHub's own recorded payloads (`@octokit/webhooks-examples`, pinned): the `workflow_run`
 * and `workflow_job` objects of its webhooks are the REST shapes. A tiny upstream on
 * loopback serves them over the REST routes, and the gateway must read every one with no
 * masked error and exact 64-bit ids (job 14541957942, check suite 4683454167, ...), even
 * where a payload lacks fields (`display_title`, `path`).
 */
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import type { Gateway } from '../../src/yoga.js';
import { type FakeUpstream, gatewayOver } from '../helpers/fake-upstream.js';

type Payload = Record<string, any>;

/** Each object once, by repository and id; webhooks repeat one object across actions. */
function recorded(event: 'workflow_run' | 'workflow_job'): Array<{ repo: string; data: Payload }> {
  const byKey = new Map<string, { repo: string; data: Payload }>();
  for (const definition of examples as Array<{ name: string; examples: Payload[] }>) {
    if (definition.name !== event) continue;
    for (const example of definition.examples) {
      const data = example[event] as Payload;
      // A run names its own repository; a job only the webhook's.
      const repo = ((data.repository ?? example.repository) as Payload).full_name as string;
      byKey.set(`${repo}#${data.id}`, { repo: repo.toLowerCase(), data });
    }
  }
  return [...byKey.values()];
}

const runs = recorded('workflow_run');
const jobs = recorded('workflow_job');

/**
 * A recorded run and job with the enum values GitHub may add some day (as it added
 * `requested` and `pending`): the gateway promises null for them, not a failed field.
 */
const FUTURE = 'octo-org/future';
const futureRun = {
  repo: FUTURE,
  data: {
    ...runs[0]!.data,
    id: 1,
    status: 'brand_new_status',
    conclusion: 'not_yet_named',
    repository: {
      ...runs[0]!.data.repository,
      name: 'future',
      full_name: FUTURE,
      owner: { ...runs[0]!.data.repository.owner, login: 'octo-org' },
    },
  },
};
const futureJob = {
  repo: FUTURE,
  data: {
    ...jobs[0]!.data,
    id: 2,
    run_id: 1,
    status: 'brand_new_status',
    conclusion: 'not_yet_named',
    steps: [{ ...jobs[0]!.data.steps[0], status: 'brand_new_status', conclusion: 'novel' }],
  },
};
const served = { runs: [...runs, futureRun], jobs: [...jobs, futureJob] };

function route(path: string): { status: number; body?: unknown } {
  const url = new URL(path, 'http://upstream');
  const match = /^\/repos\/([^/]+\/[^/]+)\/actions\/(runs|jobs)(?:\/(\d+))?(\/jobs)?$/.exec(
    url.pathname,
  );
  if (!match) return { status: 404, body: { message: 'Not Found' } };
  const [, repoName, kind, id, jobsOfRun] = match;
  const repo = repoName!.toLowerCase();
  if (kind === 'runs' && !id) {
    const items = served.runs.filter((r) => r.repo === repo).map((r) => r.data);
    return { status: 200, body: { total_count: items.length, workflow_runs: items } };
  }
  if (kind === 'runs' && jobsOfRun) {
    const items = served.jobs
      .filter((j) => j.repo === repo && String(j.data.run_id) === id)
      .map((j) => j.data);
    return { status: 200, body: { total_count: items.length, jobs: items } };
  }
  const found = (kind === 'runs' ? served.runs : served.jobs).find(
    (o) => o.repo === repo && String(o.data.id) === id,
  );
  return found
    ? { status: 200, body: found.data }
    : { status: 404, body: { message: 'Not Found' } };
}

let upstream: FakeUpstream;
let gateway: Gateway;

beforeAll(async () => {
  upstream = await gatewayOver(
    (req, res) => {
      const { status, body } = route(req.url ?? '/');
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(body));
    },
    { webUrl: 'https://github.com', connections: 4 },
  );
  gateway = upstream.gateway;
});

afterAll(() => upstream.close());

async function execute(query: string, variables: Record<string, unknown> = {}) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

const RUN_FIELDS = `
  id databaseId fullDatabaseId nodeId name displayTitle runNumber runAttempt event status conclusion
  headBranch headSha path checkSuiteId fullCheckSuiteId checkSuiteNodeId createdAt updatedAt runStartedAt
  url resourcePath repository { nameWithOwner } headRepository { nameWithOwner }
  workflow { databaseId fullDatabaseId } actor { login } triggeringActor { login }
  headCommit { oid message } pullRequests { number fullDatabaseId } referencedWorkflows { path }
  attempts { totalCount } jobs(first: 10) { totalCount }
`;

describe("GitHub's recorded workflow_run payloads", () => {
  it('has the payloads the issue names', () => {
    expect(runs.map((r) => r.data.check_suite_id)).toContain(4683454167);
    expect(jobs.map((j) => j.data.id)).toContain(14541957942);
    expect(runs.some((r) => r.data.display_title === undefined && r.data.path === undefined)).toBe(
      true,
    );
  });

  it.each(runs.map((r) => [`${r.repo} ${r.data.id}`, r] as const))(
    'run %s reads whole, listed and by id',
    async (_name, { repo, data }) => {
      const [owner, name] = repo.split('/');
      const response = await execute(
        `query ($owner: String!, $name: String!, $id: BigInt!) { repository(owner: $owner, name: $name) {
        workflowRuns(first: 10) { nodes { fullDatabaseId } }
        workflowRun(databaseId: $id) { ${RUN_FIELDS} } } }`,
        { owner, name, id: String(data.id) },
      );
      expect(response.errors).toBeUndefined();
      const run = response.data.repository.workflowRun;
      expect(response.data.repository.workflowRuns.nodes).toContainEqual({
        fullDatabaseId: String(data.id),
      });
      expect(run).toMatchObject({
        id: encodeGlobalId('WorkflowRun', `${owner}/${name}/${data.id}`),
        fullDatabaseId: String(data.id),
        databaseId: data.id < 2 ** 31 ? data.id : null,
        fullCheckSuiteId: String(data.check_suite_id),
        checkSuiteId: data.check_suite_id < 2 ** 31 ? data.check_suite_id : null,
        workflow: { fullDatabaseId: String(data.workflow_id) },
        path: data.path ?? null,
        // What GitHub's UI shows when the payload has no title: the head commit's first line.
        displayTitle: data.display_title ?? data.head_commit.message.split('\n')[0],
      });
    },
  );
});

describe("GitHub's recorded workflow_job payloads", () => {
  it.each(jobs.map((j) => [`${j.repo} ${j.data.id}`, j] as const))(
    'job %s reads whole by its id',
    async (_name, { repo, data }) => {
      const response = await execute(
        `query ($id: ID!) { node(id: $id) { ... on WorkflowJob {
        id databaseId fullDatabaseId nodeId name status conclusion runAttempt headSha headBranch workflowName
        createdAt startedAt completedAt labels runnerId runnerName runnerGroupId runnerGroupName url
        steps { number name status conclusion startedAt completedAt } } } }`,
        { id: encodeGlobalId('WorkflowJob', `${repo}/${data.id}`) },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.node).toMatchObject({
        fullDatabaseId: String(data.id),
        databaseId: data.id < 2 ** 31 ? data.id : null,
        name: data.name,
        labels: data.labels ?? [],
      });
      expect(response.data.node.steps).toHaveLength(data.steps.length);
    },
  );
});

describe('enum values GitHub adds later', () => {
  it('reads an unknown status or conclusion of a run, job and step as null, with no error', async () => {
    const response = await execute(
      `{ repository(owner: "octo-org", name: "future") { workflowRun(databaseId: 1) {
        status conclusion jobs(first: 10) { nodes { status conclusion steps { status conclusion } } }
      } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.repository.workflowRun).toEqual({
      status: null,
      conclusion: null,
      jobs: {
        nodes: [{ status: null, conclusion: null, steps: [{ status: null, conclusion: null }] }],
      },
    });
  });
});
