/**
 * Turns a route and its parameters into a request description. Pure: no I/O, so the
 * checks and the URL it builds can be tested on their own (as in octokit/endpoint.js).
 */
import { InvalidInputError } from './errors.js';
import { checkPathParam } from './path-params.js';
import { type Method, type RouteName, routes, splitRoute } from './routes.js';

export interface EndpointOptions {
  path?: object;
  query?: object;
  body?: unknown;
}

export interface RequestDescription {
  route: RouteName;
  method: Method;
  /** Path and query, relative to the API root: `/repos/o/r/actions/runs?per_page=30`. */
  pathAndQuery: string;
  body: string | undefined;
}

export function endpoint(route: RouteName, options: EndpointOptions = {}): RequestDescription {
  const { method, template } = splitRoute(routes[route]);
  const pathParams = (options.path ?? {}) as Record<string, unknown>;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in pathParams)) throw new InvalidInputError(`Missing ${name}.`, { argument: name });
    return checkPathParam(name, pathParams[name]);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined || value === null) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return {
    route,
    method,
    pathAndQuery: query ? `${path}?${query}` : path,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  };
}
