import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

const REPO = '/repos/octo-org/octo-repo';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.simulator.clock.freeze();
});
afterAll(() => h.close());

const RunDetails = graphql(`
  query RunDetails($owner: String!, $name: String!, $databaseId: BigInt!) {
    repository(owner: $owner, name: $name) {
      workflowRun(databaseId: $databaseId) {
        id
        databaseId
        fullDatabaseId
        nodeId
        name
        displayTitle
        runNumber
        runAttempt
        event
        status
        conclusion
        headBranch
        headSha
        path
        checkSuiteId
        fullCheckSuiteId
        checkSuiteNodeId
        createdAt
        updatedAt
        runStartedAt
        url
        resourcePath
        repository { nameWithOwner isPrivate databaseId owner { login __typename } }
        headRepository { nameWithOwner }
        workflow { databaseId fullDatabaseId name path state badgeUrl url createdAt }
        actor { __typename login avatarUrl(size: 40) url resourcePath }
        triggeringActor { login }
        headCommit { oid treeOid message messageHeadline committedDate author { name email } committer { name } }
        pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }
        referencedWorkflows { path sha ref }
        attempts { totalCount nodes { number status conclusion runStartedAt triggeringActor { login } url } }
        latest: attempt(number: 2147483647) { number }
        previousAttempt { number status conclusion headSha createdAt }
        jobs(first: 100) {
          totalCount
          nodes {
            databaseId fullDatabaseId nodeId name status conclusion runAttempt headSha headBranch workflowName
            createdAt startedAt completedAt labels runnerId runnerName runnerGroupId runnerGroupName url
            steps { number name status conclusion startedAt completedAt }
          }
        }
        deploymentReviews { totalCount nodes { id state comment user { login } environments { totalCount nodes { name databaseId } } } }
        pendingDeploymentRequests {
          totalCount
          nodes {
            currentUserCanApprove waitTimer waitTimerStartedAt
            environment { id databaseId name nodeId url }
            reviewers { totalCount nodes { __typename ... on User { login } ... on Team { slug name } } }
          }
        }
      }
    }
  }
`);

const upper = (value: string | null) => (value === null ? null : value.toUpperCase());

async function run(databaseId: number) {
  const response = await h.execute(RunDetails, {
    owner: 'octo-org',
    name: 'octo-repo',
    databaseId,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.repository!.workflowRun!;
}

describe('a workflow run read through the gateway', () => {
  it('carries every field of the REST run, typed', async () => {
    const { body: list } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs?per_page=100&status=failure`,
    );
    const rest =
      list.workflow_runs.find((r: any) => r.pull_requests.length > 0) ?? list.workflow_runs[0];
    const gql = await run(rest.id);
    expect(gql).toMatchObject({
      // Past 2^31, as on github.com: `databaseId` (a 32-bit Int) is null, `fullDatabaseId` exact.
      databaseId: null,
      fullDatabaseId: String(rest.id),
      nodeId: rest.node_id,
      name: rest.name,
      displayTitle: rest.display_title,
      runNumber: rest.run_number,
      runAttempt: rest.run_attempt,
      event: rest.event,
      status: upper(rest.status),
      conclusion: upper(rest.conclusion),
      headBranch: rest.head_branch,
      headSha: rest.head_sha,
      path: rest.path,
      checkSuiteId: null,
      fullCheckSuiteId: String(rest.check_suite_id),
      checkSuiteNodeId: rest.check_suite_node_id,
      url: rest.html_url,
      resourcePath: new URL(rest.html_url).pathname,
      repository: {
        nameWithOwner: 'octo-org/octo-repo',
        isPrivate: true,
        databaseId: rest.repository.id,
        owner: { login: 'octo-org', __typename: 'Organization' },
      },
      headRepository: { nameWithOwner: rest.head_repository.full_name },
      workflow: {
        databaseId: rest.workflow_id,
        fullDatabaseId: String(rest.workflow_id),
        path: rest.path,
        state: 'ACTIVE',
      },
      actor: { login: rest.actor.login, url: rest.actor.html_url },
      triggeringActor: { login: rest.triggering_actor.login },
      headCommit: {
        oid: rest.head_commit.id,
        treeOid: rest.head_commit.tree_id,
        message: rest.head_commit.message,
      },
    });
    // Times read as GitHub writes them: ISO-8601 UTC, no milliseconds.
    expect(gql.createdAt).toBe(rest.created_at);
    expect(gql.updatedAt).toBe(rest.updated_at);
    expect(gql.actor!.avatarUrl).toContain('s=40');
    expect(gql.pullRequests.map((pr) => pr.number)).toEqual(
      rest.pull_requests.map((pr: any) => pr.number),
    );
    expect(gql.status).toBe('COMPLETED');
    expect(gql.conclusion).toBe('FAILURE');

    const { body: jobs } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs/${rest.id}/jobs?per_page=100`,
    );
    expect(gql.jobs.totalCount).toBe(jobs.total_count);
    expect(
      gql.jobs.nodes!.map((j) => [j!.databaseId, j!.fullDatabaseId, j!.name, j!.conclusion]),
    ).toEqual(jobs.jobs.map((j: any) => [null, String(j.id), j.name, upper(j.conclusion)]));
    expect(gql.jobs.nodes!.some((j) => j!.conclusion === 'FAILURE')).toBe(true);
    const firstJob = gql.jobs.nodes![0]!;
    expect(firstJob.steps.length).toBe(jobs.jobs[0].steps.length);
    expect(firstJob.labels).toEqual(jobs.jobs[0].labels);
    expect(firstJob.runnerName).toBe(jobs.jobs[0].runner_name);
  });

  it('walks the attempts chain of a rerun run, older attempts with their own data', async () => {
    const { body } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs?per_page=100&status=completed`,
    );
    const rest = body.workflow_runs.find((r: any) => r.run_attempt === 3);
    expect(rest).toBeDefined();
    const gql = await run(rest.id);
    expect(gql.attempts.totalCount).toBe(3);
    expect(gql.attempts.nodes!.map((a) => a!.number)).toEqual([1, 2, 3]);
    expect(gql.attempts.nodes![2]!.url).toBe(`${rest.html_url}/attempts/3`);
    const { body: second } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs/${rest.id}/attempts/2`,
    );
    expect(gql.previousAttempt).toMatchObject({
      number: 2,
      status: upper(second.status),
      conclusion: upper(second.conclusion),
    });
    expect(gql.attempts.nodes![1]!.conclusion).toBe(upper(second.conclusion));
    expect(gql.latest).toBeNull(); // attempt(number:) beyond the attempts there are is null
  });

  it("reads an older attempt's own jobs, logs and links", async () => {
    const AttemptDetails = graphql(`
      query AttemptDetails($databaseId: BigInt!) {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRun(databaseId: $databaseId) {
            attempt(number: 1) {
              id
              number
              headSha
              workflowRun { fullDatabaseId }
              previousAttempt { number }
              jobs(first: 50) { totalCount nodes { fullDatabaseId runAttempt workflowRun { fullDatabaseId } } }
              logs { url }
            }
            latest: attempt(number: 2) { previousAttempt { number } }
          }
        }
      }
    `);
    const { body } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs?per_page=100&status=completed`,
    );
    const rest = body.workflow_runs.find((r: any) => r.run_attempt === 2);
    const response = await h.execute(AttemptDetails, { databaseId: rest.id });
    expect(response.errors).toBeUndefined();
    const attempt = response.data!.repository!.workflowRun!.attempt!;
    const { body: jobs } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs/${rest.id}/attempts/1/jobs?per_page=50`,
    );
    expect(attempt).toMatchObject({
      number: 1,
      workflowRun: { fullDatabaseId: String(rest.id) },
      previousAttempt: null,
    });
    expect(attempt.jobs.totalCount).toBe(jobs.total_count);
    expect(attempt.jobs.nodes!.map((j) => j!.fullDatabaseId)).toEqual(
      jobs.jobs.map((j: any) => String(j.id)),
    );
    expect(
      attempt.jobs.nodes!.every(
        (j) => j!.runAttempt === 1 && j!.workflowRun.fullDatabaseId === String(rest.id),
      ),
    ).toBe(true);
    expect(attempt.logs!.url).toContain('/attempts/1');
    expect(response.data!.repository!.workflowRun!.latest!.previousAttempt).toEqual({ number: 1 });
  });

  it("shows a waiting run's pending deployments with user and team reviewers, and its approvals", async () => {
    const { body } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs?status=waiting&per_page=100`,
    );
    expect(body.total_count).toBeGreaterThanOrEqual(5);
    let checkedHistory = false;
    for (const rest of body.workflow_runs) {
      const gql = await run(rest.id);
      const { body: pending } = await restGet(
        h.simulator.url,
        `${REPO}/actions/runs/${rest.id}/pending_deployments`,
      );
      expect(gql.pendingDeploymentRequests.totalCount).toBe(pending.length);
      gql.pendingDeploymentRequests.nodes!.forEach((node, i) => {
        expect(node).toMatchObject({
          waitTimer: pending[i].wait_timer,
          currentUserCanApprove: pending[i].current_user_can_approve,
          environment: { databaseId: pending[i].environment.id, name: pending[i].environment.name },
        });
        expect(node!.reviewers.nodes!.map((r) => r!.__typename)).toEqual(
          pending[i].reviewers.map((r: any) => r.type),
        );
      });
      const { body: approvals } = await restGet(
        h.simulator.url,
        `${REPO}/actions/runs/${rest.id}/approvals`,
      );
      expect(gql.deploymentReviews.totalCount).toBe(approvals.length);
      if (approvals.length > 0) {
        checkedHistory = true;
        expect(gql.deploymentReviews.nodes![0]).toMatchObject({
          state: upper(approvals[0].state),
          comment: approvals[0].comment,
          user: { login: approvals[0].user.login },
        });
      }
    }
    const types = new Set<string>();
    for (const rest of body.workflow_runs) {
      const { body: pending } = await restGet(
        h.simulator.url,
        `${REPO}/actions/runs/${rest.id}/pending_deployments`,
      );
      for (const p of pending) for (const r of p.reviewers) types.add(r.type);
    }
    expect([...types].sort()).toEqual(['Team', 'User']);
    expect(checkedHistory).toBe(true);
  });

  it('gives an expiring logs link, read from the 302 and never followed, for runs and attempts', async () => {
    const Logs = graphql(`
      query RunLogs($owner: String!, $name: String!, $databaseId: BigInt!) {
        repository(owner: $owner, name: $name) {
          workflowRun(databaseId: $databaseId) {
            logs { url expiresAt }
            attempts(first: 1) { nodes { logs { url expiresAt } } }
          }
        }
      }
    `);
    const { body } = await restGet(
      h.simulator.url,
      `${REPO}/actions/runs?status=success&per_page=1`,
    );
    const id = body.workflow_runs[0].id;
    h.resetCalls();
    const response = await h.execute(Logs, {
      owner: 'octo-org',
      name: 'octo-repo',
      databaseId: id,
    });
    expect(response.errors).toBeUndefined();
    const logs = response.data!.repository!.workflowRun!.logs!;
    expect(new Date(logs.expiresAt).getTime()).toBeGreaterThan(h.simulator.clock.now().getTime());
    // The zip was not downloaded by the gateway: only the logs routes were called.
    expect(
      h
        .upstreamLog()
        .map((r) => r.route)
        .filter((r) => !r.includes('/logs')),
    ).toEqual([routeKey('getWorkflowRun')]);
    // The link works on its own, with no token.
    const zip = await fetch(logs.url);
    expect(zip.status).toBe(200);
    expect(
      Buffer.from(await zip.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('lists and finds workflows by id and by file name', async () => {
    const Workflows = graphql(`
      query Workflows {
        repository(owner: "octo-org", name: "octo-repo") {
          workflows(first: 10) { totalCount nodes { id databaseId name path state } }
          byFile: workflow(idOrFileName: "deploy.yml") { databaseId name runs(first: 5) { totalCount nodes { path } } }
        }
      }
    `);
    const response = await h.execute(Workflows);
    expect(response.errors).toBeUndefined();
    const repo = response.data!.repository!;
    const { body } = await restGet(h.simulator.url, `${REPO}/actions/workflows`);
    expect(repo.workflows.totalCount).toBe(body.total_count);
    expect(repo.workflows.nodes!.map((w) => w!.path)).toEqual(
      body.workflows.map((w: any) => w.path),
    );
    expect(repo.byFile!.name).toBe(
      body.workflows.find((w: any) => w.path.endsWith('deploy.yml')).name,
    );
    const { body: runs } = await restGet(
      h.simulator.url,
      `${REPO}/actions/workflows/deploy.yml/runs?per_page=1`,
    );
    expect(repo.byFile!.runs.totalCount).toBe(runs.total_count);
    expect(repo.byFile!.runs.nodes!.every((r) => r!.path === '.github/workflows/deploy.yml')).toBe(
      true,
    );
  });

  it('serves a public repository to an anonymous caller, and hides a private one', async () => {
    const Public = graphql(`
      query Anonymous($name: String!) {
        repository(owner: "octo-org", name: $name) { nameWithOwner workflowRuns(first: 2) { totalCount nodes { runNumber } } }
      }
    `);
    const open = await h.execute(Public, { name: 'public-site' }, { token: null });
    expect(open.errors).toBeUndefined();
    expect(open.data!.repository!.workflowRuns.nodes).toHaveLength(2);

    const hidden = await h.execute(Public, { name: 'octo-repo' }, { token: null });
    expect(hidden.data!.repository).toBeNull();
    expect(hidden.errors!.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0]!.extensions).toMatchObject({ status: 404 });
  });
});
