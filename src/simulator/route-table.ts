/**
 * Every route the simulator serves, in one table. The router matches against it and the
 * request accounting reports its `template` as the route key, so the two cannot drift.
 */
import type { Handler } from './http/handler.js';
import {
  listApprovals,
  listPendingDeployments,
  reviewDeployments,
  reviewProtectionRule,
} from './handlers/deployment-reviews.js';
import {
  downloadArtifact,
  downloadSignedArtifact,
  listRunArtifacts,
  SIGNED_ARTIFACT_TEMPLATE,
} from './handlers/artifacts.js';
import { getJob, listAttemptJobs, listRunJobs } from './handlers/jobs.js';
import {
  attemptLogs,
  deleteLogs,
  downloadSignedJobLog,
  downloadSignedLogs,
  jobLogs,
  runLogs,
  SIGNED_JOB_LOGS_TEMPLATE,
  SIGNED_LOGS_TEMPLATE,
} from './handlers/logs.js';
import { getRateLimit, getRepository } from './handlers/meta.js';
import { cancel, rerun, rerunFailedJobs, rerunJob } from './handlers/run-writes.js';
import {
  deleteRun,
  getAttempt,
  getRun,
  listRepoRuns,
  listWorkflowRuns,
} from './handlers/workflow-runs.js';
import { getWorkflow, listWorkflows } from './handlers/workflows.js';
import {
  approveRun,
  disableWorkflow,
  dispatchWorkflow,
  enableWorkflow,
} from './handlers/workflow-writes.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * How a route names its repository, which decides auth:
 * - `repo`: `{owner}/{repo}` in the path; private repositories need a valid token.
 * - `repository-id`: `{repository_id}`, GitHub's alias form; same rules.
 * - `global`: no repository (`/rate_limit`); needs only a token that is not invalid.
 * - `signed`: the URL's signature is the credential; no token, no rate limit.
 */
export type RouteScope = 'repo' | 'repository-id' | 'global' | 'signed';

export interface RouteDef {
  method: HttpMethod;
  template: string;
  scope: RouteScope;
  /** Writes need the admin token; the read token gets 403. */
  write: boolean;
  handler: Handler;
}

const R = '/repos/{owner}/{repo}';
const RUN = `${R}/actions/runs/{run_id}`;

const read = (
  method: HttpMethod,
  template: string,
  handler: Handler,
  scope: RouteScope = 'repo',
): RouteDef => ({ method, template, scope, write: false, handler });
const write = (method: HttpMethod, template: string, handler: Handler): RouteDef => ({
  method,
  template,
  scope: 'repo',
  write: true,
  handler,
});

const BY_NAME: readonly RouteDef[] = [
  read('GET', `${R}/actions/runs`, listRepoRuns),
  read('GET', `${R}/actions/workflows/{workflow_id}/runs`, listWorkflowRuns),
  read('GET', RUN, getRun),
  write('DELETE', RUN, deleteRun),
  read('GET', `${RUN}/approvals`, listApprovals),
  read('GET', `${RUN}/artifacts`, listRunArtifacts),
  read('GET', `${R}/actions/artifacts/{artifact_id}/{archive_format}`, downloadArtifact),
  read('GET', `${RUN}/attempts/{attempt_number}`, getAttempt),
  read('GET', `${RUN}/attempts/{attempt_number}/jobs`, listAttemptJobs),
  read('GET', `${RUN}/attempts/{attempt_number}/logs`, attemptLogs),
  write('POST', `${RUN}/cancel`, cancel),
  write('POST', `${RUN}/deployment_protection_rule`, reviewProtectionRule),
  write('POST', `${RUN}/force-cancel`, cancel),
  read('GET', `${RUN}/jobs`, listRunJobs),
  read('GET', `${RUN}/logs`, runLogs),
  write('DELETE', `${RUN}/logs`, deleteLogs),
  read('GET', `${RUN}/pending_deployments`, listPendingDeployments),
  write('POST', `${RUN}/pending_deployments`, reviewDeployments),
  write('POST', `${RUN}/rerun`, rerun),
  write('POST', `${RUN}/rerun-failed-jobs`, rerunFailedJobs),
  read('GET', `${R}/actions/jobs/{job_id}`, getJob),
  write('POST', `${R}/actions/jobs/{job_id}/rerun`, rerunJob),
  read('GET', `${R}/actions/jobs/{job_id}/logs`, jobLogs),
  read('GET', `${R}/actions/workflows`, listWorkflows),
  read('GET', `${R}/actions/workflows/{workflow_id}`, getWorkflow),
  // From api.github.com's description (GitHub Enterprise Server's reference file lacks them).
  write('POST', `${R}/actions/workflows/{workflow_id}/dispatches`, dispatchWorkflow),
  write('PUT', `${R}/actions/workflows/{workflow_id}/enable`, enableWorkflow),
  write('PUT', `${R}/actions/workflows/{workflow_id}/disable`, disableWorkflow),
  write('POST', `${RUN}/approve`, approveRun),
  // Beyond the reference file: what the gateway needs around the Actions routes.
  read('GET', R, getRepository),
];

/**
 * GitHub serves every repository route under `/repositories/{repository_id}` too: it is
 * where a renamed repository's 301 points, and where `WFR_` node ids lead.
 */
const BY_ID = BY_NAME.map((route) => ({
  ...route,
  template: route.template.replace(R, '/repositories/{repository_id}'),
  scope: 'repository-id' as const,
}));

export const ROUTES: readonly RouteDef[] = [
  ...BY_NAME,
  ...BY_ID,
  read('GET', '/rate_limit', getRateLimit, 'global'),
  read('GET', SIGNED_LOGS_TEMPLATE, downloadSignedLogs, 'signed'),
  read('GET', SIGNED_JOB_LOGS_TEMPLATE, downloadSignedJobLog, 'signed'),
  read('GET', SIGNED_ARTIFACT_TEMPLATE, downloadSignedArtifact, 'signed'),
];

export const UNMATCHED_ROUTE = '(unmatched)';
