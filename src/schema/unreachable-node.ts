import { GitHubError } from '../github/errors.js';

/**
 * Users, teams, environments and deployments are Nodes, as in GitHub's API, but the REST
 * routes this gateway serves cannot fetch one by itself: they are reached through runs.
 */
export function unreachableNode(typename: string) {
  return (): never => {
    throw new GitHubError(
      'NOT_FOUND',
      `A ${typename} cannot be fetched by id through the workflow-run REST API; reach it through a workflow run, or use its nodeId with GitHub's GraphQL API.`,
    );
  };
}
