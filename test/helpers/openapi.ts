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
const load = (name: string): Json => JSON.parse(readFileSync(require.resolve(`@octokit/openapi/generated/${name}.json`), 'utf8'));

export const ghes: Json = load('ghes-3.19');
let dotcom: Json | undefined;

/** The description that documents `METHOD template`: GHES 3.19 first, then api.github.com. */
export function describing(method: string, template: string): Json | undefined {
  if (ghes.paths[template]?.[method.toLowerCase()]) return ghes;
  dotcom ??= load('api.github.com');
  return dotcom.paths[template]?.[method.toLowerCase()] ? dotcom : undefined;
}

/** The repository Actions routes of the gateway's route table, each as `METHOD /template` (the `/repositories/{id}` alias is undocumented). */
export function servedActionsRoutes(): string[] {
  return Object.values(routes)
    .map((route) => splitRoute(route))
    .filter(({ template }) => template.startsWith('/repos/{owner}/{repo}/actions/'))
    .map(({ method, template }) => `${method} ${template}`);
}
