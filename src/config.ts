/**
 * The gateway's configuration, read once from the environment and checked at start.
 * Every bad value is reported together, each with what was expected and what came,
 * so an operator fixes them in one go.
 */
import { UPSTREAM_DEFAULTS } from './upstream.js';

export interface Config {
  /** REST API root without a trailing slash, or `undefined` for the embedded simulator. */
  githubApiUrl: string | undefined;
  port: number;
  host: string;
  /** Sent as `X-GitHub-Api-Version` on every upstream request. */
  githubApiVersion: string;
  /** Upper bound for one upstream request, headers and body together. */
  upstreamTimeoutMs: number;
  /** Most upstream requests in flight at once, for the whole process (the connection pool). */
  upstreamConcurrency: number;
  /** Most upstream requests of one token in flight at once (anonymous callers share one). */
  upstreamConcurrencyPerToken: number;
  /** Offer HTTP/2 to an https upstream (plain-http upstreams always get HTTP/1.1); off by default. */
  upstreamHttp2: boolean;
  /** Most upstream requests one GraphQL operation may make. */
  maxUpstreamRequests: number;
  /** Megabytes of earlier answers kept for conditional requests; 0 turns them off. */
  etagCacheMb: number;
  /** Serve the Apollo Federation 2 subgraph schema instead of the plain one. */
  federation: boolean;
  /** Origins whose browser pages may call the gateway (`*`: any); none by default. */
  corsOrigins: string[];
  /** Turns on `POST /webhooks/github` (deliveries signed with it) as the source of live events. */
  githubWebhookSecret: string | undefined;
  /** How often a subscription's poller asks GitHub, when no webhook secret is set. */
  pollIntervalMs: number;
  /** Most open subscriptions in the process, and on one connection. */
  maxSubscriptions: number;
  maxSubscriptionsPerConnection: number;
  /** Least time between two writes of one token (GitHub: at least a second). */
  writeIntervalMs: number;
  /** Bounds on an operation, checked before it runs (README, "Limits"). */
  limits: OperationLimits;
  /** A persisted documents manifest (`persisted-documents.json`) whose hashes are accepted. */
  persistedOperations: string | undefined;
  /** Refuse every document that is not in that manifest. */
  persistedOperationsOnly: boolean;
}

export interface OperationLimits {
  /** Most connection nodes an answer may hold, page sizes multiplied down the tree. */
  maxNodes: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/**
 * Defaults that pass every operation of the README, the tests and the compat corpus with room
 * to spare (test/limits/ checks it), and refuse the abuse shapes. README, "Limits", says why.
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxNodes: 50_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 2_000,
};

const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };

  const config: Config = {
    githubApiUrl: parseApiUrl(env.GITHUB_API_URL, problems),
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    githubApiVersion: env.GITHUB_API_VERSION || UPSTREAM_DEFAULTS.apiVersion,
    upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', UPSTREAM_DEFAULTS.timeoutMs, 100, 120_000),
    upstreamConcurrency: int('UPSTREAM_CONCURRENCY', UPSTREAM_DEFAULTS.connections, 1, 4096),
    // GitHub allows no more than 100 concurrent requests per token (README, "How it talks to GitHub").
    upstreamConcurrencyPerToken: int(
      'UPSTREAM_CONCURRENCY_PER_TOKEN',
      UPSTREAM_DEFAULTS.perToken,
      1,
      100,
    ),
    // Off by default: measured (README, "Benchmark"), HTTP/2 cost the gateway more CPU and
    // served no faster than kept-alive HTTP/1.1 connections.
    upstreamHttp2: parseBoolean('UPSTREAM_HTTP2', env.UPSTREAM_HTTP2, problems),
    maxUpstreamRequests: int('MAX_UPSTREAM_REQUESTS', 500, 1, 100_000),
    etagCacheMb: int('ETAG_CACHE_MB', 64, 0, 4096),
    federation: parseBoolean('FEDERATION', env.FEDERATION, problems),
    corsOrigins: parseOrigins('CORS_ORIGINS', env.CORS_ORIGINS, problems),
    githubWebhookSecret: env.GITHUB_WEBHOOK_SECRET || undefined,
    pollIntervalMs: int('POLL_INTERVAL_MS', 10_000, 1_000, 3_600_000),
    maxSubscriptions: int('MAX_SUBSCRIPTIONS', 1_000, 1, 100_000),
    maxSubscriptionsPerConnection: int('MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 1_000),
    writeIntervalMs: int('WRITE_INTERVAL_MS', 1000, 0, 60_000),
    limits: {
      maxNodes: int('MAX_NODES', DEFAULT_LIMITS.maxNodes, 1, 500_000),
      maxDepth: int('MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
      maxAliases: int('MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDirectives: int('MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxTokens: int('MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 100_000),
    },
    persistedOperations: env.PERSISTED_OPERATIONS || undefined,
    persistedOperationsOnly: parseBoolean(
      'PERSISTED_OPERATIONS_ONLY',
      env.PERSISTED_OPERATIONS_ONLY,
      problems,
    ),
  };
  if (config.persistedOperationsOnly && !config.persistedOperations) {
    problems.push(
      'PERSISTED_OPERATIONS_ONLY=true needs PERSISTED_OPERATIONS, the path of a persisted documents manifest',
    );
  }
  if (!API_VERSION.test(config.githubApiVersion)) {
    problems.push(
      `GITHUB_API_VERSION must be a date such as 2022-11-28, got ${JSON.stringify(config.githubApiVersion)}`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseBoolean(name: string, raw: string | undefined, problems: string[]): boolean {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
  return false;
}

/** A comma-separated list of origins (`https://portal.example.com`), or `*`. */
function parseOrigins(name: string, raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin || !['http:', 'https:'].includes(url.protocol)) {
      problems.push(
        `${name} must list origins such as https://portal.example.com (scheme, host and port only) or *, got ${JSON.stringify(origin)}`,
      );
    }
  }
  return origins;
}

/**
 * Accepts `https://api.github.com` or a GitHub Enterprise Server root `https://HOST/api/v3`.
 * Plain `http:` is allowed only on loopback (a local simulator), so a token never crosses a
 * network in clear.
 */
function parseApiUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(
      `GITHUB_API_URL must be a URL such as https://api.github.com or https://HOST/api/v3, got ${JSON.stringify(raw)}`,
    );
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    problems.push(
      `GITHUB_API_URL must use https (http only on loopback), got ${JSON.stringify(raw)}`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push(
      `GITHUB_API_URL must not carry credentials, a query or a fragment, got ${JSON.stringify(url.origin + url.pathname)}`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (url.hostname === 'api.github.com' ? path !== '' : path !== '' && path !== '/api/v3') {
    problems.push(
      `GITHUB_API_URL path must be empty (github.com) or /api/v3 (GitHub Enterprise Server), got ${JSON.stringify(url.pathname)}`,
    );
  }
  return `${url.origin}${path}`;
}
