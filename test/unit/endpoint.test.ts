import { describe, expect, it } from 'vitest';
import { endpoint } from '../../src/github/endpoint.js';
import { InvalidInputError } from '../../src/github/errors.js';

describe('endpoint', () => {
  it('builds the path and query of a route', () => {
    expect(
      endpoint('listWorkflowRuns', {
        path: { owner: 'octo-org', repo: 'octo-repo', workflow_id: 'ci.yml' },
        query: { per_page: 10, page: 2, branch: 'main', actor: undefined },
      }),
    ).toEqual({
      route: 'listWorkflowRuns',
      method: 'GET',
      pathAndQuery:
        '/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs?per_page=10&page=2&branch=main',
      body: undefined,
    });
    expect(
      endpoint('cancelWorkflowRun', {
        path: { owner: 'o', repo: 'r.js', run_id: 5 },
        body: { a: 1 },
      }),
    ).toMatchObject({
      method: 'POST',
      pathAndQuery: '/repos/o/r.js/actions/runs/5/cancel',
      body: '{"a":1}',
    });
  });

  it.each([
    ['owner', { owner: '..', repo: 'r', run_id: 1 }],
    ['owner', { owner: 'a/b', repo: 'r', run_id: 1 }],
    ['owner', { owner: '-lead', repo: 'r', run_id: 1 }],
    ['repo', { owner: 'o', repo: '..', run_id: 1 }],
    ['repo', { owner: 'o', repo: '.', run_id: 1 }],
    ['repo', { owner: 'o', repo: 'a/b', run_id: 1 }],
    ['repo', { owner: 'o', repo: '%2e%2e', run_id: 1 }],
    ['run_id', { owner: 'o', repo: 'r', run_id: -1 }],
    ['run_id', { owner: 'o', repo: 'r', run_id: 1.5 }],
    ['run_id', { owner: 'o', repo: 'r', run_id: 2 ** 53 }],
    ['run_id', { owner: 'o', repo: 'r', run_id: '1/../2' }],
  ])('refuses a bad %s before any request: %j', (argument, path) => {
    expect(() => endpoint('getWorkflowRun', { path: path as never })).toThrow(InvalidInputError);
    try {
      endpoint('getWorkflowRun', { path: path as never });
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument } });
    }
  });

  it('accepts a workflow by id or file name, and nothing that could leave the path', () => {
    const path = (workflow_id: unknown) => ({ owner: 'o', repo: 'r', workflow_id });
    expect(endpoint('getWorkflow', { path: path(42) as never }).pathAndQuery).toBe(
      '/repos/o/r/actions/workflows/42',
    );
    expect(endpoint('getWorkflow', { path: path('deploy.yaml') as never }).pathAndQuery).toBe(
      '/repos/o/r/actions/workflows/deploy.yaml',
    );
    for (const bad of ['../x.yml', 'ci', 'a/b.yml', '.yml', 0]) {
      expect(() => endpoint('getWorkflow', { path: path(bad) as never })).toThrow(
        InvalidInputError,
      );
    }
  });
});
