/** Reads the simulator's state straight over REST, bypassing the gateway: the tests' oracle. */
import { request } from 'undici';
import { DEMO_TOKENS } from '../../src/simulator/index.js';

export async function restGet<T = any>(
  baseUrl: string,
  path: string,
  token: string | null = DEMO_TOKENS.admin,
) {
  const response = await request(`${baseUrl}${path}`, {
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}
