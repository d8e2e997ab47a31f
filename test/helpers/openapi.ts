/**
 * GitHub's official OpenAPI descriptions, from the pinned npm package `@octokit/openapi`
 * (MIT, github.com/octokit/openapi), read from node_modules so the repository stands alone.
 *
 * GitHub Enterprise Server 3.19 is the truth for the routes it documents (the gateway
 * supports GHES, and api.github.com serves the same routes with a few more optional
 * fields); a route only api.github.com documents is read from that description.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { routes, splitRoute } from '../../src/github/routes.js';

type Json = any;

const require = createRequire(import.meta.url);
const load = (name: string): Json =>
  JSON.parse(readFileSync(require.resolve(`@octokit/openapi/generated/${name}.json`), 'utf8'));

export const ghes: Json = load('ghes-3.19');
let dotcom: Json | undefined;

/**
 * The description that documents `METHOD template` (and `status`, when given): GHES 3.19
 * first, then api.github.com (which alone documents, say, a dispatch's 200 with run details).
 */
export function describing(method: string, template: string, status?: number): Json | undefined {
  const documents = (spec: Json) => {
    const op = spec.paths[template]?.[method.toLowerCase()];
    return op !== undefined && (status === undefined || String(status) in op.responses);
  };
  if (documents(ghes)) return ghes;
  dotcom ??= load('api.github.com');
  if (documents(dotcom)) return dotcom;
  return status === undefined ? undefined : describing(method, template);
}

/**
 * Routes the simulator serves for the dispatch, artifact, job-log and approval features,
 * checked against GitHub's descriptions in test/features/openapi-conformance.test.ts and
 * test/features/artifacts.test.ts rather than in the simulator's conformance walk.
 */
export const FEATURE_ROUTES: ReadonlySet<string> = new Set([
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
  'PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable',
  'PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve',
]);

/** The repository Actions routes of the gateway's route table, each as `METHOD /template` (the `/repositories/{id}` alias is undocumented). */
export function servedActionsRoutes(): string[] {
  return Object.values(routes)
    .map((route) => splitRoute(route))
    .filter(({ template }) => template.startsWith('/repos/{owner}/{repo}/actions/'))
    .map(({ method, template }) => `${method} ${template}`);
}
