/**
 * Real parts for the shared-state tests: a `redis-server` on a free loopback port (no
 * persistence), and gateway replicas started as the README says (environment variables and
 * `node scripts/start.js`), each its own process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../helpers/free-port.js';
import { Redis } from 'ioredis';

export const SECRET = 'test-shared-state-secret-0123456789abcdef';

export { freePort };

export async function startRedis() {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(
      '/usr/bin/redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await waitForOutput(server, /Ready to accept connections/, 5_000);
  };
  await start();
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  client.on('error', () => undefined); // Tests stop Redis on purpose.
  await client.connect();
  return {
    url,
    port,
    /** A client for the test's own looks (and the scan for secrets). */
    client,
    /** Ends Redis as a crash would, keeping nothing. */
    async stop() {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server!.kill('SIGKILL');
      await exited;
    },
    /** An empty Redis again on the same port, as after a restart. */
    start,
    async close() {
      client.disconnect();
      if (server && server.exitCode === null && server.signalCode === null) await this.stop();
    },
  };
}

export type RedisServer = Awaited<ReturnType<typeof startRedis>>;

export interface ReplicaOptions {
  apiUrl: string;
  redisUrl?: string | undefined;
  pollIntervalMs?: number;
  webhookSecret?: string;
  env?: Record<string, string>;
}

export async function startReplica(options: ReplicaOptions) {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: '0',
    HOST: '127.0.0.1',
    GITHUB_API_URL: options.apiUrl,
    POLL_INTERVAL_MS: String(options.pollIntervalMs ?? 1_000),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl, SHARED_STATE_SECRET: SECRET } : {}),
    ...(options.webhookSecret ? { GITHUB_WEBHOOK_SECRET: options.webhookSecret } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, ['scripts/start.js'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const line = await waitForOutput(child, /listening on (http:\/\/[^/\s]+)\/graphql/, 60_000).catch(
    (error: Error) => {
      child.kill('SIGKILL');
      throw new Error(`${error.message}; stderr: ${stderr}`);
    },
  );
  const url = line.match(/listening on (http:\/\/[^/\s]+)\/graphql/)![1]!;
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    get stderr() {
      return stderr;
    },
    async health(): Promise<{ status: string; sharedState?: Record<string, unknown> }> {
      return (await fetch(`${url}/health`)).json() as never;
    },
    async graphql(query: string, token: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<{
        data?: any;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      }>;
    },
    /** Dies at once, as a crashed replica does: no lease is given back. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export type Replica = Awaited<ReturnType<typeof startReplica>>;

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk;
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}: ${seen}`));
    });
  });
}

/** Resolves once `check` holds, polling every 20 ms; fails after `timeoutMs`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 8_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
