/** Shared test helpers: talking to a simulator over real HTTP, and finding seeded runs. */
import { request } from 'undici';
import { DEMO_TOKENS, type Simulator } from '../../src/simulator/index.js';
import type { RunRecord } from '../../src/simulator/world/model.js';
import { latestAttempt } from '../../src/simulator/world/model.js';

export type As = 'admin' | 'read' | 'anonymous' | 'invalid';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: any;
}

export async function api(
  sim: Simulator,
  path: string,
  opts: {
    as?: As;
    method?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    scheme?: 'Bearer' | 'token';
  } = {},
): Promise<ApiResponse> {
  const as = opts.as ?? 'admin';
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    ...(opts.headers ?? {}),
  };
  const token =
    as === 'admin'
      ? DEMO_TOKENS.admin
      : as === 'read'
        ? DEMO_TOKENS.read
        : as === 'invalid'
          ? 'ghp_not-a-real-token'
          : undefined;
  if (token) headers['authorization'] = `${opts.scheme ?? 'Bearer'} ${token}`;
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(path.startsWith('http') ? path : `${sim.url}${path}`, {
    method: (opts.method ?? 'GET') as 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.body.text();
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers))
    if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: flat, text, json };
}

export const OCTO = '/repos/octo-org/octo-repo';
export const PUBLIC = '/repos/octo-org/public-site';

/** The newest live run of octo-repo matching the predicate (deterministic for a seed). */
export function findRun(
  sim: Simulator,
  predicate: (run: RunRecord) => boolean,
  repo = 'octo-org/octo-repo',
): RunRecord {
  const run = sim.state.runs(repo).find(predicate);
  if (!run) throw new Error('no seeded run matches');
  return run;
}

export const statusIs =
  (status: string) =>
  (run: RunRecord): boolean =>
    latestAttempt(run).status === status;
export const conclusionIs =
  (conclusion: string) =>
  (run: RunRecord): boolean =>
    latestAttempt(run).conclusion === conclusion;

/** Parses a Link header into `{ next: url, ... }`. */
export function parseLink(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="(\w+)"/.exec(part.trim());
    if (m?.[1] && m[2]) out[m[2]] = m[1];
  }
  return out;
}
