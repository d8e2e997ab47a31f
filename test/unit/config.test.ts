import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { webUrlFor } from '../../src/upstream.js';

describe('loadConfig', () => {
  it('defaults to the embedded simulator on port 4000', () => {
    expect(loadConfig({})).toEqual({
      githubApiUrl: undefined,
      port: 4000,
      host: '127.0.0.1',
      githubApiVersion: '2022-11-28',
      upstreamTimeoutMs: 10_000,
      upstreamConcurrency: 128,
      upstreamConcurrencyPerToken: 64,
      upstreamHttp2: false,
      maxUpstreamRequests: 500,
      etagCacheMb: 64,
      federation: false,
      corsOrigins: [],
      writeIntervalMs: 1000,
      limits: {
        maxNodes: 50_000,
        maxDepth: 12,
        maxAliases: 30,
        maxDirectives: 50,
        maxTokens: 2_000,
      },
      persistedOperations: undefined,
      persistedOperationsOnly: false,
      githubWebhookSecret: undefined,
      pollIntervalMs: 10_000,
      maxSubscriptions: 1_000,
      maxSubscriptionsPerConnection: 20,
      metrics: true,
      metricsPort: undefined,
      logLevel: 'info',
      tracing: false,
      shutdownTimeoutMs: 10_000,
      maxRequestBytes: 1_048_576,
      edgeTimeouts: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 65_000,
      },
      redisUrl: undefined,
      sharedStateSecret: undefined,
      sharedCacheTtlSeconds: 3_600,
      sharedCacheMaxEntryKb: 1_024,
    });
  });

  it('reads the observability and lifecycle settings; tracing follows the OTEL_* variables', () => {
    const config = loadConfig({
      METRICS_PORT: '9464',
      LOG_LEVEL: 'DEBUG',
      SHUTDOWN_TIMEOUT_MS: '25000',
      HTTP_HEADERS_TIMEOUT_MS: '5000',
      HTTP_REQUEST_TIMEOUT_MS: '60000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });
    expect(config).toMatchObject({
      metrics: true,
      metricsPort: 9464,
      logLevel: 'debug',
      tracing: true,
      shutdownTimeoutMs: 25_000,
      edgeTimeouts: {
        headersTimeoutMs: 5_000,
        requestTimeoutMs: 60_000,
        keepAliveTimeoutMs: 75_000,
      },
    });
    expect(loadConfig({ METRICS: 'false' }).metrics).toBe(false);
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'console' }).tracing).toBe(true);
    expect(
      loadConfig({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'x' }).tracing,
    ).toBe(false);
    expect(
      loadConfig({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'x' }).tracing,
    ).toBe(false);
    expect(loadConfig({ OTEL_SERVICE_NAME: 'gateway' }).tracing).toBe(false);
  });

  it('refuses bad observability and lifecycle values together', () => {
    let error: unknown;
    try {
      loadConfig({
        METRICS: 'off',
        METRICS_PORT: '4000',
        LOG_LEVEL: 'verbose',
        SHUTDOWN_TIMEOUT_MS: '-1',
        HTTP_HEADERS_TIMEOUT_MS: '20000',
        HTTP_REQUEST_TIMEOUT_MS: '10000',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/METRICS must be true or false, got "off"/);
    expect(problems).toMatch(/METRICS_PORT must differ from PORT/);
    expect(problems).toMatch(
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"/,
    );
    expect(problems).toMatch(/SHUTDOWN_TIMEOUT_MS must be an integer from 0 to 600000/);
    expect(problems).toMatch(/HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS/);
    expect(() => loadConfig({ METRICS: 'false', METRICS_PORT: '9464' })).toThrow(
      /METRICS_PORT is set but METRICS=false/,
    );
  });

  it('reads the shared state settings and asks for a long enough secret with REDIS_URL', () => {
    const secret = 'x'.repeat(32);
    expect(
      loadConfig({
        REDIS_URL: 'redis://:pw@redis.internal:6380/2',
        SHARED_STATE_SECRET: secret,
        SHARED_CACHE_TTL_SECONDS: '600',
      }),
    ).toMatchObject({
      redisUrl: 'redis://:pw@redis.internal:6380/2',
      sharedStateSecret: secret,
      sharedCacheTtlSeconds: 600,
    });
    expect(() => loadConfig({ REDIS_URL: 'redis://localhost:6379' })).toThrow(
      /REDIS_URL needs SHARED_STATE_SECRET, at least 32 characters/,
    );
    expect(() =>
      loadConfig({ REDIS_URL: 'http://localhost:6379', SHARED_STATE_SECRET: 'short' }),
    ).toThrow(
      /REDIS_URL must be a URL such as redis:\/\/localhost:6379[\s\S]*SHARED_STATE_SECRET must be at least 32 characters, got 5/,
    );
  });

  it('reads the operation limits and persisted operations, and refuses ONLY without a manifest', () => {
    const config = loadConfig({
      MAX_NODES: '1000',
      MAX_DEPTH: '20',
      PERSISTED_OPERATIONS: 'ops.json',
      PERSISTED_OPERATIONS_ONLY: 'true',
    });
    expect(config.limits).toMatchObject({ maxNodes: 1000, maxDepth: 20 });
    expect(config).toMatchObject({
      persistedOperations: 'ops.json',
      persistedOperationsOnly: true,
    });
    expect(() => loadConfig({ PERSISTED_OPERATIONS_ONLY: 'true', MAX_NODES: '0' })).toThrow(
      /MAX_NODES must be an integer from 1 to 500000, got "0"[\s\S]*PERSISTED_OPERATIONS_ONLY=true needs PERSISTED_OPERATIONS/,
    );
  });

  it('reads the live settings and refuses a poll interval under a second', () => {
    const config = loadConfig({
      GITHUB_WEBHOOK_SECRET: 's3cret',
      POLL_INTERVAL_MS: '2500',
      MAX_SUBSCRIPTIONS: '50',
    });
    expect(config).toMatchObject({
      githubWebhookSecret: 's3cret',
      pollIntervalMs: 2500,
      maxSubscriptions: 50,
    });
    expect(() => loadConfig({ POLL_INTERVAL_MS: '500' })).toThrow(
      /POLL_INTERVAL_MS must be an integer from 1000 to 3600000, got "500"/,
    );
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS: '0' })).toThrow(
      /MAX_SUBSCRIPTIONS must be an integer from 1/,
    );
  });

  it('reads the upstream scheduling settings', () => {
    const config = loadConfig({
      UPSTREAM_CONCURRENCY: '512',
      UPSTREAM_CONCURRENCY_PER_TOKEN: '8',
      UPSTREAM_HTTP2: 'true',
    });
    expect(config).toMatchObject({
      upstreamConcurrency: 512,
      upstreamConcurrencyPerToken: 8,
      upstreamHttp2: true,
    });
    expect(() => loadConfig({ UPSTREAM_HTTP2: 'h2' })).toThrow(
      /UPSTREAM_HTTP2 must be true or false, got "h2"/,
    );
  });

  it('accepts github.com and GitHub Enterprise Server roots', () => {
    expect(loadConfig({ GITHUB_API_URL: 'https://api.github.com/' }).githubApiUrl).toBe(
      'https://api.github.com',
    );
    expect(loadConfig({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' }).githubApiUrl).toBe(
      'https://ghe.example.com/api/v3',
    );
    expect(webUrlFor('https://api.github.com')).toBe('https://github.com');
    expect(webUrlFor('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
  });

  it('reports every bad value at once, each with what was expected', () => {
    let error: unknown;
    try {
      loadConfig({
        GITHUB_API_URL: 'http://ghe.example.com/api/v3',
        PORT: 'eighty',
        UPSTREAM_CONCURRENCY: '0',
        UPSTREAM_CONCURRENCY_PER_TOKEN: '101',
        GITHUB_API_VERSION: 'latest',
        FEDERATION: 'yes',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/GITHUB_API_URL must use https/);
    expect(problems.join('\n')).toMatch(/PORT must be an integer from 0 to 65535, got "eighty"/);
    expect(problems.join('\n')).toMatch(/UPSTREAM_CONCURRENCY must be an integer from 1 to 4096/);
    // Above GitHub's own cap of 100 concurrent requests per token, never allowed.
    expect(problems.join('\n')).toMatch(
      /UPSTREAM_CONCURRENCY_PER_TOKEN must be an integer from 1 to 100, got "101"/,
    );
  });

  it('refuses credentials in the API URL without echoing them', () => {
    expect(() => loadConfig({ GITHUB_API_URL: 'https://user:secret@api.github.com' })).toThrow(
      /must not carry credentials/,
    );
    try {
      loadConfig({ GITHUB_API_URL: 'https://user:secret@api.github.com' });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });

  it('refuses a path that is neither github.com nor Enterprise Server', () => {
    expect(() => loadConfig({ GITHUB_API_URL: 'https://ghe.example.com/other' })).toThrow(
      /\/api\/v3/,
    );
  });
});
