/**
 * Every REST route the gateway calls, in one table, named after Octokit's method names
 * (`octokit.rest.actions.*`) so a reader can look each up in GitHub's documentation.
 * Keys are what the client and the loaders speak; values are `METHOD /template` exactly
 * as in GitHub's OpenAPI description, which also types their parameters and payloads.
 */
export const routes = {
  listWorkflowRunsForRepo: 'GET /repos/{owner}/{repo}/actions/runs',
  listWorkflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  getWorkflowRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  deleteWorkflowRun: 'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}',
  getReviewsForRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
  getWorkflowRunAttempt:
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
  downloadWorkflowRunAttemptLogs:
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs',
  downloadWorkflowRunLogs: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
  deleteWorkflowRunLogs: 'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
  getPendingDeploymentsForRun:
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
  reviewPendingDeploymentsForRun:
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
  cancelWorkflowRun: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
  forceCancelWorkflowRun: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel',
  reviewCustomGatesForRun:
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule',
  reRunWorkflow: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
  reRunWorkflowFailedJobs: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
  reRunJobForWorkflowRun: 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
  listWorkflowRunArtifacts: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  downloadArtifact: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  listJobsForWorkflowRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
  listJobsForWorkflowRunAttempt:
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
  getJobForWorkflowRun: 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}',
  downloadJobLogsForWorkflowRun: 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
  listRepoWorkflows: 'GET /repos/{owner}/{repo}/actions/workflows',
  getWorkflow: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}',
  createWorkflowDispatch: 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
  enableWorkflow: 'PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable',
  disableWorkflow: 'PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable',
  approveWorkflowRun: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve',
  /** Outside the Actions routes: the repository's own fields (visibility, ids, owner type). */
  getRepo: 'GET /repos/{owner}/{repo}',
  getRateLimit: 'GET /rate_limit',
  /**
   * GitHub answers every `/repos/{owner}/{repo}/...` route under `/repositories/{repository_id}/...`
   * too. A `WFR_` node id carries the repository id and the run id but no names, so this is
   * how such an id reaches its run.
   */
  getWorkflowRunByRepositoryId: 'GET /repositories/{repository_id}/actions/runs/{run_id}',
} as const;

export type RouteName = keyof typeof routes;
export type Route = (typeof routes)[RouteName];
export type Method = Route extends `${infer M} ${string}` ? M : never;

export function splitRoute(route: Route): { method: Method; template: string } {
  const space = route.indexOf(' ');
  return { method: route.slice(0, space) as Method, template: route.slice(space + 1) };
}

/** Writes are never retried: a lost response must not send the same write twice. */
export function isWrite(method: Method): boolean {
  return method !== 'GET';
}
