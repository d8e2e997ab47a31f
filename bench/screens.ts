/**
 * The screens a frontend loads, each written twice: as one document against this gateway,
 * and as the documents a client of the peer (a GraphQL Mesh schema generated from GitHub's
 * OpenAPI description, one field per REST operation) needs for the same data.
 */
import type { RequestRecord } from '../src/simulator/index.js';

export type Post = (query: string) => Promise<any>;

export interface Screen {
  name: string;
  ours: (post: Post) => Promise<void>;
  peer: (post: Post) => Promise<void>;
  /**
   * The latency no client can beat, from how long this screen's upstream calls took: the
   * rounds that must follow each other, each as slow as its slowest call. `took` reads a
   * call's time: the latency the simulator injected (the default), or the time it took to
   * answer, its own work included.
   */
  floorMs?: (records: RequestRecord[], took?: (record: RequestRecord) => number) => number;
}

const OWNER = 'octo-org';
const REPO = 'octo-repo';
const LIST_ROUTE = '/repos/{owner}/{repo}/actions/runs';
const repoArgs = `owner: "${OWNER}", repo: "${REPO}"`;

export function screens(runPageRun: { id: number; attempts: number }): Screen[] {
  return [
    {
      name: 'dashboard: 50 runs, reviews, pending deployments',
      ours: (post) =>
        post(`{ repository(owner: "${OWNER}", name: "${REPO}") { workflowRuns(first: 50) { nodes {
          databaseId runNumber status conclusion actor { login }
          deploymentReviews { totalCount nodes { state } }
          pendingDeploymentRequests { totalCount nodes { environment { name } } } } } } }`),
      // The peer's client cannot tell from the list which runs wait, so it asks for both per run.
      peer: async (post) => {
        const list = await post(`{ actions_list_workflow_runs_for_repo(${repoArgs}, per_page: 50) {
          workflow_runs { id run_number status conclusion actor { login } } } }`);
        const runs: Array<{ id: number | string }> =
          list.actions_list_workflow_runs_for_repo.workflow_runs;
        const fields = runs.map(
          (run, i) => `r${i}: actions_get_reviews_for_run(${repoArgs}, run_id: ${run.id}) { state }
            p${i}: actions_get_pending_deployments_for_run(${repoArgs}, run_id: ${run.id}) { environment { name } }`,
        );
        await post(`{ ${fields.join('\n')} }`);
      },
      floorMs: (records, took = (r) => r.latencyMs) => {
        const list = records.find((r) => r.route === LIST_ROUTE);
        const reads = records.filter((r) => r !== list).map(took);
        return (list ? took(list) : 0) + Math.max(0, ...reads);
      },
    },
    {
      name: `run page: run, ${runPageRun.attempts} attempts, jobs with steps`,
      ours: (post) =>
        post(`{ repository(owner: "${OWNER}", name: "${REPO}") { workflowRun(databaseId: ${runPageRun.id}) {
          runNumber status conclusion attempts { nodes { number conclusion } }
          jobs(first: 20) { nodes { name conclusion steps { name } } } } } }`),
      // The run tells how many attempts there are; earlier attempts take one field each.
      peer: async (post) => {
        const page = await post(`{
          run: actions_get_workflow_run(${repoArgs}, run_id: ${runPageRun.id}) { run_number status conclusion run_attempt }
          jobs: actions_list_jobs_for_workflow_run(${repoArgs}, run_id: ${runPageRun.id}, per_page: 20) { jobs { name conclusion steps { name } } } }`);
        const earlier = Array.from({ length: (page.run.run_attempt ?? 1) - 1 }, (_, i) => i + 1);
        if (earlier.length === 0) return;
        await post(
          `{ ${earlier.map((n) => `a${n}: actions_get_workflow_run_attempt(${repoArgs}, run_id: ${runPageRun.id}, attempt_number: ${n}) { run_attempt conclusion }`).join('\n')} }`,
        );
      },
    },
    {
      name: 'list: 50 runs',
      ours: (post) =>
        post(`{ repository(owner: "${OWNER}", name: "${REPO}") { workflowRuns(first: 50) { nodes {
          databaseId runNumber name status conclusion headBranch event createdAt actor { login } } } } }`),
      peer: (post) =>
        post(`{ actions_list_workflow_runs_for_repo(${repoArgs}, per_page: 50) {
          workflow_runs { id run_number name status conclusion head_branch event created_at actor { login } } } }`),
    },
  ];
}

/** The screen whose CPU per request is compared at 0 ms upstream latency. */
export const CPU_SCREEN = 'list: 50 runs';
