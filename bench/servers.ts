/**
 * Starts each server under test as its own process on a loopback port, so its CPU and
 * memory are its own and the load generator and the simulator (in the benchmark's
 * process) do not count against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../test/helpers/free-port.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';

export interface Server {
  name: string;
  url: string;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<unknown>;
  /** From spawn to the first answered GraphQL request. */
  startupMs: number;
  stop(): Promise<void>;
}

export { freePort };

/** Polls every 10 ms, for at most `timeoutMs`, until `ready` answers 200. */
async function waitUntilServing(
  ready: () => Promise<number>,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`exited with ${child.exitCode} before serving:\n${output()}`);
    try {
      if ((await ready()) === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`not serving after ${timeoutMs} ms:\n${output()}`);
}

/** A GraphQL server is ready when it answers `{ __typename }`; anything else names a path that answers GET. */
function readiness(url: string, readyPath: string | undefined): () => Promise<number> {
  return async () => {
    const res = readyPath
      ? await request(new URL(readyPath, url))
      : await request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
    await res.body.dump();
    return res.statusCode;
  };
}

/**
 * The servers get a bare environment (the path, the home folder and what the caller
 * passes), so nothing set in the benchmark's shell tunes them: each runs at its defaults.
 */
const bareEnv = () =>
  Object.fromEntries(
    ['PATH', 'HOME', 'TMPDIR'].flatMap((key) =>
      process.env[key] ? [[key, process.env[key]!]] : [],
    ),
  );

export interface ServerOptions {
  name: string;
  command: string[];
  env: Record<string, string>;
  port: number;
  cwd: string;
  /** GET this path until it answers 200; by default POST `{ __typename }` to /graphql. */
  readyPath?: string;
}

export async function startServer({
  name,
  command,
  env,
  port,
  cwd,
  readyPath,
}: ServerOptions): Promise<Server> {
  const url = `http://127.0.0.1:${port}${readyPath ? '' : '/graphql'}`;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...bareEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  try {
    await waitUntilServing(readiness(url, readyPath), child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  const startupMs = performance.now() - started;
  const exited = new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );
  return {
    exited,
    name,
    url,
    pid: child.pid!,
    startupMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    },
  };
}
