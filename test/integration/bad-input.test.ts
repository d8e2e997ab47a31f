/** Bad input gets a clear BAD_USER_INPUT and costs no upstream call. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { errorCodes, type Harness, startHarness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: 'small' });
});
afterAll(() => h.close());

const Runs = graphql(`
  query BadInputRuns($owner: String!, $name: String!, $first: Int, $filter: WorkflowRunFilter) {
    repository(owner: $owner, name: $name) { workflowRuns(first: $first, filterBy: $filter) { totalCount } }
  }
`);
const Run = graphql(`
  query BadInputRun($databaseId: BigInt!) {
    repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: $databaseId) { id } }
  }
`);
const Workflow = graphql(`
  query BadInputWorkflow($workflow: String!) {
    repository(owner: "octo-org", name: "octo-repo") { workflow(idOrFileName: $workflow) { id } }
  }
`);

describe('bad input', () => {
  it.each([
    ['owner ..', { owner: '..', name: 'octo-repo' }, 'owner'],
    ['owner with a slash', { owner: 'octo-org/x', name: 'octo-repo' }, 'owner'],
    ['repository a/b', { owner: 'octo-org', name: 'a/b' }, 'name'],
    ['repository ..', { owner: 'octo-org', name: '..' }, 'name'],
    ['encoded traversal', { owner: 'octo-org', name: '%2e%2e' }, 'name'],
    ['first: 101', { owner: 'octo-org', name: 'octo-repo', first: 101 }, 'first'],
    ['first: -1', { owner: 'octo-org', name: 'octo-repo', first: -1 }, 'first'],
    [
      'a malformed created range',
      { owner: 'octo-org', name: 'octo-repo', filter: { created: 'yesterday' } },
      'filterBy.created',
    ],
    [
      'a non-hex headSha',
      { owner: 'octo-org', name: 'octo-repo', filter: { headSha: 'zzz' } },
      'filterBy.headSha',
    ],
    [
      'an actor with a slash',
      { owner: 'octo-org', name: 'octo-repo', filter: { actor: 'a/../b' } },
      'filterBy.actor',
    ],
  ])('%s', async (_name, variables, argument) => {
    h.resetCalls();
    const response = await h.execute(Runs, variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({ argument });
    expect(response.errors![0]!.message).not.toMatch(/Unexpected/);
    expect(h.upstreamCalls()).toBe(0);
  });

  it.each([-3, 0, -2147483648])('run id %s', async (databaseId) => {
    h.resetCalls();
    const response = await h.execute(Run, { databaseId });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(h.upstreamCalls()).toBe(0);
  });

  // BigInt takes an integer or a decimal string; what a JavaScript number cannot hold
  // exactly (past 2^53) is refused rather than rounded into another run's id.
  it.each(['9007199254740993', 2 ** 60, '12abc', '', 1.5, '-0x10', '1e12'])(
    'BigInt variable %j',
    async (databaseId) => {
      h.resetCalls();
      const response = await h.execute(Run, { databaseId: databaseId as string });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toMatch(/BigInt cannot represent/);
      expect(h.upstreamCalls()).toBe(0);
    },
  );

  it.each(['99999999999999999999', '"12abc"', '1.5', 'true', '"9007199254740992"'])(
    'BigInt literal %s',
    async (literal) => {
      h.resetCalls();
      const response = await h.execute(
        `{ repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: ${literal}) { id } } }`,
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(h.upstreamCalls()).toBe(0);
    },
  );

  it.each(['../secrets.yml', 'ci', 'a/b.yml', '.yml'])('workflow %s', async (workflow) => {
    h.resetCalls();
    const response = await h.execute(Workflow, { workflow });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(h.upstreamCalls()).toBe(0);
  });
});
