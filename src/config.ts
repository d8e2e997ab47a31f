/**
 * The gateway's configuration, read once from the environment and checked at start.
 * Every bad value is reported together, each with what was expected and what came,
 * so an operator fixes them in one go.
 */
import { UPSTREAM_DEFAULTS } from './upstream.js';
import { DEFAULT_EDGE_TIMEOUTS, type EdgeTimeouts } from './lifecycle/edge-timeouts.js';
import { DEFAULT_MAX_REQUEST_BYTES } from './lifecycle/request-body-limit.js';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';
import { tracingRequested } from './observability/tracing.js';

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
  /** Serve Prometheus metrics (`/metrics`). */
  metrics: boolean;
  /** Serve them on this port instead of the public one; the public one then has none. */
  metricsPort: number | undefined;
  /** Least severe pino level written (`info`: one line per operation). */
  logLevel: LogLevel;
  /** OpenTelemetry traces, on when the standard `OTEL_*` variables name an exporter. */
  tracing: boolean;
  /** Longest wait for operations in flight after SIGTERM before they are cut. */
  shutdownTimeoutMs: number;
  /** The public HTTP edge's timeouts (src/lifecycle/edge-timeouts.ts). */
  edgeTimeouts: EdgeTimeouts;
  /** Largest request body accepted (webhooks excepted: GitHub's 25 MB). */
  maxRequestBytes: number;
  /** Shared state for several replicas (`redis://` or `rediss://`); in-process when absent. */
  redisUrl: string | undefined;
  /** Keys the HMACs and encryption of shared state; required with `redisUrl`. */
  sharedStateSecret: string | undefined;
  /** How long a shared conditional-cache entry lives, and the largest one stored. */
  sharedCacheTtlSeconds: number;
  sharedCacheMaxEntryKb: number;
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

/** 32 characters: 128 bits or more from `openssl rand -hex 32`-style secrets. */
const MIN_SECRET_LENGTH = 32;

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
    metrics: parseBoolean('METRICS', env.METRICS, problems, true),
    metricsPort:
      env.METRICS_PORT === undefined || env.METRICS_PORT === ''
        ? undefined
        : int('METRICS_PORT', 0, 1, 65535),
    logLevel: parseLogLevel(env.LOG_LEVEL, problems),
    tracing: tracingRequested(env),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    maxRequestBytes: int('MAX_REQUEST_BYTES', DEFAULT_MAX_REQUEST_BYTES, 1024, 100 * 1024 * 1024),
    edgeTimeouts: {
      headersTimeoutMs: int(
        'HTTP_HEADERS_TIMEOUT_MS',
        DEFAULT_EDGE_TIMEOUTS.headersTimeoutMs,
        1_000,
        600_000,
      ),
      requestTimeoutMs: int(
        'HTTP_REQUEST_TIMEOUT_MS',
        DEFAULT_EDGE_TIMEOUTS.requestTimeoutMs,
        1_000,
        3_600_000,
      ),
      keepAliveTimeoutMs: int(
        'HTTP_KEEP_ALIVE_TIMEOUT_MS',
        DEFAULT_EDGE_TIMEOUTS.keepAliveTimeoutMs,
        1_000,
        600_000,
      ),
    },
    redisUrl: parseRedisUrl(env.REDIS_URL, problems),
    sharedStateSecret: env.SHARED_STATE_SECRET || undefined,
    sharedCacheTtlSeconds: int('SHARED_CACHE_TTL_SECONDS', 3_600, 1, 604_800),
    sharedCacheMaxEntryKb: int('SHARED_CACHE_MAX_ENTRY_KB', 1_024, 1, 65_536),
  };
  if (config.metricsPort !== undefined && !config.metrics) {
    problems.push('METRICS_PORT is set but METRICS=false turns metrics off; drop one of them');
  }
  if (config.metricsPort !== undefined && config.metricsPort === config.port) {
    problems.push(`METRICS_PORT must differ from PORT, got ${config.metricsPort} for both`);
  }
  if (config.edgeTimeouts.requestTimeoutMs < config.edgeTimeouts.headersTimeoutMs) {
    problems.push(
      `HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS (${config.edgeTimeouts.headersTimeoutMs}), got ${config.edgeTimeouts.requestTimeoutMs}`,
    );
  }
  if (config.redisUrl && !config.sharedStateSecret) {
    problems.push(
      `REDIS_URL needs SHARED_STATE_SECRET, at least ${MIN_SECRET_LENGTH} characters the same on every replica (e.g. openssl rand -hex 32)`,
    );
  } else if (
    config.sharedStateSecret !== undefined &&
    config.sharedStateSecret.length < MIN_SECRET_LENGTH
  ) {
    problems.push(
      `SHARED_STATE_SECRET must be at least ${MIN_SECRET_LENGTH} characters, got ${config.sharedStateSecret.length}`,
    );
  }
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

function parseBoolean(
  name: string,
  raw: string | undefined,
  problems: string[],
  fallback = false,
): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
  return false;
}

function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = raw.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
  return 'info';
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

/** `redis://[user:password@]host[:port][/db]` or `rediss://` (TLS). */
function parseRedisUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname) {
    problems.push(
      `REDIS_URL must be a URL such as redis://localhost:6379 or rediss://HOST:6380, got ${url ? JSON.stringify(`${url.protocol}//${url.host}`) : 'something that is not a URL'}`,
    );
    return undefined;
  }
  return raw;
}
