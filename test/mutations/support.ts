/**
 * What the mutation tests share: a harness on a small frozen world, the REST oracle (the
 * simulator read directly over HTTP with the admin token, never through the gateway), and
 * fixtures picked from what REST lists rather than from remembered ids.
 */
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;

/** Route keys as the simulator's accounting names them. */
export const ROUTE_KEYS = {
  run: routeKey('getWorkflowRun'),
  cancel: routeKey('cancelWorkflowRun'),
  forceCancel: routeKey('forceCancelWorkflowRun'),
  rerun: routeKey('reRunWorkflow'),
  rerunFailedJobs: routeKey('reRunWorkflowFailedJobs'),
  rerunJob: routeKey('reRunJobForWorkflowRun'),
  job: routeKey('getJobForWorkflowRun'),
  pendingDeployments: routeKey('getPendingDeploymentsForRun'),
  protectionRule: routeKey('reviewCustomGatesForRun'),
  logs: routeKey('downloadWorkflowRunLogs'),
} as const;

/** A fresh world per call: writes change state, so tests that write do not share one. */
export async function startMutationHarness(): Promise<Harness> {
  const harness = await startHarness({ size: 'small' });
  // Frozen, so queued and running runs stay as they were seeded while a test runs.
  harness.simulator.clock.freeze();
  return harness;
}

/** The REST oracle: `restGet` of the harness's simulator, with the admin token. */
export function rest<T = any>(harness: Harness, path: string) {
  return restGet<T>(harness.simulator.url, path);
}

export interface RestRun {
  id: number;
  status: string;
  conclusion: string | null;
  run_attempt: number;
  head_sha: string;
  path: string;
}

/** The runs of octo-repo, newest first, read over REST. */
export async function listRuns(harness: Harness): Promise<RestRun[]> {
  const { body } = await rest<{ workflow_runs: RestRun[] }>(
    harness,
    `${REPO_PATH}/actions/runs?per_page=100`,
  );
  return body.workflow_runs;
}

export async function findRun(
  harness: Harness,
  predicate: (run: RestRun) => boolean,
): Promise<RestRun> {
  const run = (await listRuns(harness)).find(predicate);
  if (!run) throw new Error('The seeded world has no such run.');
  return run;
}

export async function getRun(harness: Harness, runId: number): Promise<RestRun> {
  const { status, body } = await rest<RestRun>(harness, `${REPO_PATH}/actions/runs/${runId}`);
  if (status !== 200) throw new Error(`GET run ${runId} answered ${status}`);
  return body;
}

export const runId = (databaseId: number) =>
  encodeGlobalId('WorkflowRun', `${OWNER}/${REPO}/${databaseId}`);
export const jobId = (databaseId: number) =>
  encodeGlobalId('WorkflowJob', `${OWNER}/${REPO}/${databaseId}`);
/** A well-formed id of another type, for the wrong-type checks. */
export const workflowId = encodeGlobalId('Workflow', `${OWNER}/${REPO}/161335`);
