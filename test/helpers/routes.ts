/**
 * Route keys as the simulator's accounting names them (`/repos/{owner}/{repo}/actions/runs`),
 * read from the gateway's own route table so no test types one by hand.
 */
import { type RouteName, routes, splitRoute } from '../../src/github/routes.js';

export function routeKey(name: RouteName): string {
  return splitRoute(routes[name]).template;
}
