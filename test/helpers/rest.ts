/** Reads the simulator's state straight over REST, bypassing the gateway: the tests' oracle. */
import { request } from 'undici';
import { DEMO_TOKENS } from '../../src/simulator/index.js';

export interface RestCallOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** A token, or `null` for an anonymous call. Defaults to the demo admin token. */
  token?: string | null;
}

/** One REST request to `baseUrl` (the simulator's): its status, headers and parsed body. */
export async function restCall<T = any>(
  baseUrl: string,
  path: string,
  { method = 'GET', body, token = DEMO_TOKENS.admin }: RestCallOptions = {},
) {
  const response = await request(`${baseUrl}${path}`, {
    method: method as 'GET',
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

export function restGet<T = any>(
  baseUrl: string,
  path: string,
  token: string | null = DEMO_TOKENS.admin,
) {
  return restCall<T>(baseUrl, path, { token });
}
