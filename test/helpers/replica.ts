/**
 * A gateway replica started as the README says (environment variables and
 * `node scripts/start.js`), in its own process: for the several-replicas tests, the
 * event-loop test and the benchmarks that need the gateway apart from their own load.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** The `SHARED_STATE_SECRET` replicas get when they share a Redis. */
export const SECRET = 'test-shared-state-secret-0123456789abcdef';

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

export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<string> {
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
