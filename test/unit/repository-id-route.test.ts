import { expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/errors.js';
import { createLoaders } from '../../src/loaders/loaders.js';

it('says a 404 of the undocumented /repositories/{id} route may be the route, and what to pass instead', async () => {
  const rest = {
    getWorkflowRunByRepositoryId: async () => {
      throw new GitHubError('NOT_FOUND', 'Not Found', { status: 404 });
    },
  };
  const loaders = createLoaders({ rest } as unknown as GitHubClient);
  const error = await loaders.runByRepositoryId
    .load({ repositoryId: 100001, runId: 9000042 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubError);
  expect((error as GitHubError).code).toBe('NOT_FOUND');
  expect((error as GitHubError).message).toMatch(/does not document/);
  expect((error as GitHubError).message).toContain('workflowRun(databaseId: 9000042)');
  expect((error as GitHubError).details).toMatchObject({ status: 404, documented: false });
});
