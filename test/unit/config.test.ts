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
      upstreamConcurrency: 16,
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
        GITHUB_API_VERSION: 'latest',
        FEDERATION: 'yes',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/GITHUB_API_URL must use https/);
    expect(problems.join('\n')).toMatch(/PORT must be an integer from 0 to 65535, got "eighty"/);
    expect(problems.join('\n')).toMatch(/UPSTREAM_CONCURRENCY must be an integer from 1 to 256/);
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
