import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness, startHarness } from '../helpers/harness.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.simulator.clock.freeze();
});
afterAll(() => h.close());

const Ids = graphql(`
  query EveryNodeId {
    repository(owner: "octo-org", name: "octo-repo") {
      id
      workflow(idOrFileName: "ci.yml") { id }
      rerun: workflowRuns(first: 1, filterBy: { status: COMPLETED, event: "push" }) { nodes { id } }
      waiting: workflowRuns(first: 10, filterBy: { status: WAITING }) {
        nodes { id attempts(first: 1) { nodes { id } } jobs(first: 1) { nodes { id } } deploymentReviews(first: 1) { nodes { id } } }
      }
    }
  }
`);

const NodeRoundTrip = graphql(`
  query NodeRoundTrip($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Repository { nameWithOwner }
      ... on Workflow { path }
      ... on WorkflowRun { databaseId }
      ... on WorkflowRunAttempt { number status }
      ... on WorkflowJob { name }
      ... on DeploymentReview { state }
    }
  }
`);

describe('node(id:) and nodes(ids:)', () => {
  it('round-trips an id of every Node type the REST routes can reach', async () => {
    const response = await h.execute(Ids);
    expect(response.errors).toBeUndefined();
    const repo = response.data!.repository!;
    const waiting = repo.waiting.nodes!.find((n) => n!.deploymentReviews.nodes!.length > 0)!;
    const ids: Record<string, string> = {
      Repository: repo.id,
      Workflow: repo.workflow!.id,
      WorkflowRun: waiting.id,
      WorkflowRunAttempt: waiting.attempts.nodes![0]!.id,
      WorkflowJob: waiting.jobs.nodes![0]!.id,
      DeploymentReview: waiting.deploymentReviews.nodes![0]!.id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      const node = await h.execute(NodeRoundTrip, { id });
      expect(node.errors, typename).toBeUndefined();
      expect(node.data!.node).toMatchObject({ __typename: typename, id });
    }
    const many = await h.execute(
      graphql(`query ManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`),
      { ids: Object.values(ids) },
    );
    expect(many.data!.nodes!.map((n) => n!.__typename)).toEqual(Object.keys(ids));
  });

  it('explains that users, teams and environments are reached through runs, not by id', async () => {
    const Reviewers = graphql(`
      query ReviewerIds {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: 1, filterBy: { status: WAITING }) {
            nodes { actor { ... on User { id } } pendingDeploymentRequests(first: 1) { nodes { environment { id } } } }
          }
        }
      }
    `);
    const run = (await h.execute(Reviewers)).data!.repository!.workflowRuns.nodes![0]!;
    h.resetCalls();
    for (const id of [
      (run.actor as { id: string }).id,
      run.pendingDeploymentRequests.nodes![0]!.environment.id,
    ]) {
      const node = await h.execute(NodeRoundTrip, { id });
      expect(node.data!.node).toBeNull();
      expect(node.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(node.errors![0]!.message).toMatch(/reach it through a workflow run/);
    }
    expect(h.upstreamCalls()).toBe(0);
  });

  it('refuses malformed and forged ids with BAD_USER_INPUT and no upstream call', async () => {
    h.resetCalls();
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const id of [
      'nope',
      forged('WorkflowRun:octo-org/../1'),
      forged('WorkflowRun:octo-org/octo-repo/-5'),
      forged('WorkflowRun:a/b/c/1'),
    ]) {
      const response = await h.execute(NodeRoundTrip, { id });
      expect(response.data!.node).toBeNull();
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect(h.upstreamCalls()).toBe(0);
  });

  it('answers NOT_FOUND for a run that does not exist, with the rest of the data intact', async () => {
    const id = encodeGlobalId('WorkflowRun', 'octo-org/octo-repo/12345');
    const response = await h.execute(
      graphql(
        `query MissingRun($id: ID!) { node(id: $id) { id } repository(owner: "octo-org", name: "octo-repo") { nameWithOwner } }`,
      ),
      { id },
    );
    expect(response.data).toMatchObject({
      node: null,
      repository: { nameWithOwner: 'octo-org/octo-repo' },
    });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
