/**
 * The real gateway process (`node scripts/start.js`) in front of a simulator whose every
 * answer takes 1.5 s: SIGTERM during a slow operation refuses new connections at once, lets
 * the operation finish with its data, and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { installGracefulShutdown } from '../../src/lifecycle/graceful-shutdown.js';
import { DEMO_TOKENS, startSimulator } from '../../src/simulator/index.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;
const root = fileURLToPath(new URL('../../', import.meta.url));
const LATENCY_MS = 1_500;

let simulator: Simulator | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await simulator?.close();
  simulator = undefined;
});

/** Starts the gateway; resolves with its port once it says it listens. */
function startGateway(
  env: Record<string, string>,
): Promise<{ port: number; output: () => string }> {
  const proc = spawn(process.execPath, ['scripts/start.js'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  proc.stderr!.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (chunk) => {
      output += String(chunk);
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output);
      if (match) resolve({ port: Number(match[1]), output: () => output });
    });
    proc.once('exit', (code) => reject(new Error(`gateway exited early (${code}):\n${output}`)));
  });
}

const exited = (proc: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (proc.exitCode !== null) resolve(proc.exitCode);
    else proc.once('exit', (code) => resolve(code));
  });

/** Whether a new TCP connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let tries = 0; tries < 300; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('graceful shutdown', () => {
  it('finishes an operation in flight after SIGTERM, refuses new connections and exits 0', async () => {
    simulator = await startSimulator({ port: 0, size: 'small', latency: { fixedMs: LATENCY_MS } });
    const gateway = await startGateway({
      GITHUB_API_URL: simulator.url,
      SHUTDOWN_TIMEOUT_MS: '20000',
      ETAG_CACHE_MB: '0',
    });
    expect(await accepts(gateway.port)).toBe(true);
    simulator.requests.reset();

    // Two upstream calls one after the other: the list of runs, then the first run's jobs.
    const slow = fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${DEMO_TOKENS.admin}`,
      },
      body: JSON.stringify({
        query: `query Slow { repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: 1) { nodes { databaseId jobs(first: 1) { totalCount } } } } }`,
      }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // The list is answered: the operation is now waiting on its second call.
    await until(() => simulator!.requests.total() >= 1, 'the first upstream answer');

    child!.kill('SIGTERM');
    await until(async () => !(await accepts(gateway.port)), 'new connections to be refused');

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const runs = answer.body.data.repository.workflowRuns.nodes;
    expect(runs).toHaveLength(1);
    expect(runs[0].jobs.totalCount).toEqual(expect.any(Number));
    expect(simulator.requests.total()).toBe(2);

    expect(await exited(child!)).toBe(0);
    // Log lines are buffered: what was waiting is written out as the process exits.
    expect(gateway.output()).toContain('"operationName":"Slow"');
    expect(gateway.output()).toContain('"msg":"shut down"');
  }, 90_000);

  it('cuts a request that outlives the timeout, then closes and exits 0', async () => {
    const server = createServer(() => {
      // Never answers: only the shutdown's timeout can end it.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const exits: number[] = [];
    let closed = 0;
    const shutdown = installGracefulShutdown({
      servers: [server],
      timeoutMs: 300,
      close: async () => {
        closed += 1;
      },
      exit: (code) => exits.push(code),
      signals: [],
    });
    let arrived = false;
    server.on('request', () => (arrived = true));
    const hanging = fetch(`http://127.0.0.1:${port}/`).then(
      () => 'answered',
      () => 'cut',
    );
    await until(() => arrived, 'the request to arrive');
    await shutdown('SIGTERM');
    expect(await hanging).toBe('cut');
    expect(closed).toBe(1);
    expect(exits).toEqual([0]);
    expect(await accepts(port)).toBe(false);
  });
});
