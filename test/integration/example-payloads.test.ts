/**
 * GitHub's own example payloads, from the official REST description, served by a small
 * stub upstream: every field resolves on payloads this project did not write (GitHub's
 * examples even lack fields their schemas require, as real payloads sometimes do).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/yoga.js';
import { type FakeUpstream, gatewayOver } from '../helpers/fake-upstream.js';
import { graphql } from '../gql/index.js';
import { ghes } from '../helpers/openapi.js';

const reference = ghes as {
  components: { examples: Record<string, { value: any }> };
  paths: Record<string, any>;
};
const example = (name: string) => structuredClone(reference.components.examples[name]!.value);
const logsLocation: string =
  reference.paths['/repos/{owner}/{repo}/actions/runs/{run_id}/logs'].get.responses['302'].headers
    .Location.example;

const RUN_ID = example('workflow-run').id as number;
/** The same example run, `waiting`, so the pending-deployments example is asked for. */
const WAITING_RUN_ID = RUN_ID + 1;

/** Path pattern → example name; first match wins. */
const UPSTREAM_ROUTES: Array<[RegExp, string | ((path: string) => unknown)]> = [
  [/\/actions\/runs\/\d+\/(attempts\/\d+\/)?logs$/, 'logs'],
  [/\/actions\/runs\/\d+\/(attempts\/\d+\/)?jobs$/, 'job-paginated'],
  [/\/actions\/runs\/\d+\/approvals$/, 'environment-approvals-items'],
  [/\/actions\/runs\/\d+\/pending_deployments$/, 'pending-deployment-items'],
  [/\/actions\/runs\/\d+\/attempts\/\d+$/, 'workflow-run'],
  [
    /\/actions\/runs\/(\d+)$/,
    (path) => ({
      ...example('workflow-run'),
      ...(path.endsWith(`/${WAITING_RUN_ID}`) ? { id: WAITING_RUN_ID, status: 'waiting' } : {}),
    }),
  ],
  [/\/actions\/runs$/, 'workflow-run-paginated'],
  [/\/actions\/jobs\/\d+$/, 'job'],
  [/\/actions\/workflows\/[^/]+\/runs$/, 'workflow-run-paginated'],
  [/\/actions\/workflows\/[^/]+$/, 'workflow'],
  [/\/actions\/workflows$/, 'workflow-paginated'],
];

let upstream: FakeUpstream;
let gateway: Gateway;
const requested: string[] = [];

beforeAll(async () => {
  upstream = await gatewayOver(
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://stub').pathname;
      requested.push(path);
      const route = UPSTREAM_ROUTES.find(([pattern]) => pattern.test(path));
      if (!route)
        return void res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"message":"Not Found"}');
      if (route[1] === 'logs') return void res.writeHead(302, { location: logsLocation }).end();
      const body = typeof route[1] === 'string' ? example(route[1]) : route[1](path);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    },
    { webUrl: 'https://github.com', connections: 8 },
  );
  gateway = upstream.gateway;
});
afterAll(() => upstream.close());

const EveryField = graphql(`
  query ExamplePayloads($id: BigInt!, $waiting: BigInt!) {
    repository(owner: "octocat", name: "Hello-World") {
      workflows(first: 5) { totalCount nodes { id databaseId nodeId name path state createdAt updatedAt url resourcePath badgeUrl } }
      workflowRuns(first: 5) { totalCount nodes { id databaseId } }
      run: workflowRun(databaseId: $id) { ...EveryRunField }
      waiting: workflowRun(databaseId: $waiting) {
        pendingDeploymentRequests {
          totalCount
          nodes {
            currentUserCanApprove waitTimer waitTimerStartedAt
            environment { id databaseId nodeId name url }
            reviewers { totalCount nodes { __typename ... on User { id login name email isSiteAdmin databaseId } ... on Team { id teamName: name slug description url resourcePath databaseId } } }
          }
        }
      }
    }
  }

  fragment EveryRunField on WorkflowRun {
    id databaseId nodeId name displayTitle runNumber runAttempt event status conclusion headBranch headSha path
    checkSuiteId checkSuiteNodeId createdAt updatedAt runStartedAt url resourcePath
    repository { id name nameWithOwner url resourcePath isPrivate databaseId owner { __typename login url } }
    headRepository { nameWithOwner }
    workflow { id databaseId name state }
    actor { __typename login avatarUrl url resourcePath ... on User { id databaseId nodeId } }
    triggeringActor { login }
    headCommit { oid treeOid message messageHeadline messageBody committedDate author { name email date } committer { name email date } }
    pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }
    referencedWorkflows { path sha ref }
    attempts { totalCount nodes { id number status conclusion headSha createdAt updatedAt runStartedAt url triggeringActor { login } } }
    attempt(number: 1) { number }
    previousAttempt { number }
    jobs(first: 10) {
      totalCount
      nodes {
        id databaseId nodeId name status conclusion runAttempt headSha headBranch workflowName createdAt startedAt completedAt
        labels runnerId runnerName runnerGroupId runnerGroupName url
        steps { number name status conclusion startedAt completedAt }
        workflowRun { databaseId }
      }
    }
    logs { url expiresAt }
    deploymentReviews { totalCount nodes { id comment state user { login } environments { totalCount nodes { id name } } } }
    pendingDeploymentRequests { totalCount }
  }
`);

describe("GitHub's example payloads", () => {
  it('resolve every field', async () => {
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: EveryField.toString(),
        variables: { id: RUN_ID, waiting: WAITING_RUN_ID },
      }),
    });
    const body = (await response.json()) as { data: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const run = example('workflow-run');
    const repo = body.data.repository;
    expect(repo.run).toMatchObject({
      databaseId: run.id,
      nodeId: run.node_id,
      status: 'QUEUED',
      headSha: run.head_sha,
      repository: {
        nameWithOwner: run.repository.full_name,
        owner: { __typename: 'User', login: run.repository.owner.login },
      },
      headCommit: { oid: run.head_commit.id, message: run.head_commit.message },
      jobs: { totalCount: example('job-paginated').total_count },
      logs: { url: logsLocation, expiresAt: '2020-01-22T22:44:54.138Z' },
      deploymentReviews: { totalCount: example('environment-approvals-items').length },
      // A queued run has no pending deployments, and the gateway does not ask.
      pendingDeploymentRequests: { totalCount: 0 },
    });
    expect(repo.run.jobs.nodes[0].steps.length).toBe(example('job').steps.length);
    expect(repo.workflows.totalCount).toBe(example('workflow-paginated').total_count);
    const pending = repo.waiting.pendingDeploymentRequests;
    expect(pending.totalCount).toBe(example('pending-deployment-items').length);
    expect(
      pending.nodes[0].reviewers.nodes.map((r: { __typename: string }) => r.__typename),
    ).toEqual(['User', 'Team']);
    expect(requested.filter((p) => p.endsWith('/pending_deployments'))).toEqual([
      `/repos/octocat/Hello-World/actions/runs/${WAITING_RUN_ID}/pending_deployments`,
    ]);
  });
});
