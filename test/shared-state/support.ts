/**
 * Real parts for the shared-state tests: a `redis-server` on a free loopback port (no
 * persistence); the replicas themselves are `test/helpers/replica.ts`'s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../helpers/free-port.js';
import { SECRET, waitForOutput } from '../helpers/replica.js';
import { Redis } from 'ioredis';

export { freePort, SECRET };

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
