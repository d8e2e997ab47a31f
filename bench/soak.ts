/**
 * Soak: mixed reads and writes through a gateway served over real HTTP (node:http and the
 * Yoga app, as src/main.ts serves it) against the simulator with faults injected (5xx,
 * connection resets, latency, secondary-limit bursts that alternate 429 and 403), and the
 * figures that say whether the gateway held the line:
 *
 * - answers, and the error codes they carried;
 * - writes sent twice: each mutation of the soak targets its own (run, write) pair, so its
 *   REST method and path are its write id; the simulator's log of writes, grouped by it,
 *   shows any write that reached it more than once;
 * - requests sent to a paused token: every request the gateway sends passes an undici
 *   interceptor that checks the token's pause, as the gateway's own pause store holds it
 *   (a 429/403 secondary limit until its retry-after);
 * - memory slope: heapUsed after a full GC, sampled through the run, least-squares MB/min;
 * - /health failures: sampled every 100 ms; a failure is no 200 within 2 s.
 *
 *   npm run soak -- --minutes 10        # or --seconds 20; --cache-mb 1 for a cache full early
 *
 * Exits 1 when a write was sent twice, a request went to a paused token, or /health failed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Dispatcher } from 'undici';
import { callerKey } from '../src/github/caller.js';
import { createDispatcher } from '../src/github/dispatcher.js';
import { EtagCache } from '../src/github/etag-cache.js';
import { MemoryPauseStore, type Pause } from '../src/github/token-pause.js';
import { WriteSpacer } from '../src/github/write-spacing.js';
import { schema } from '../src/schema/index.js';
import { encodeGlobalId } from '../src/schema/global-id.js';
import { DEMO_TOKENS } from '../src/simulator/index.js';
import { createGateway } from '../src/yoga.js';
import { freePort, startServer } from './servers.js';

export interface SoakOptions {
  durationMs: number;
  /** Concurrent read loops (each alternates the two demo tokens). */
  readers?: number;
  /** Print a line every this many ms; 0: quiet. */
  progressMs?: number;
  /**
   * How often a secondary-limit burst comes: for a quarter of a second, every 20th upstream
   * request is answered with a secondary limit (`retry-after: 2`). Timed, not counted, so a
   * faster machine does not keep every token paused (and the writes refused) all the time.
   */
  burstEveryMs?: number;
  /** The conditional cache's bound (16 MiB; a small one is full from the start). */
  cacheBytes?: number;
}

export interface SoakReport {
  durationS: number;
  answers: number;
  reads: number;
  writes: number;
  codes: Record<string, number>;
  upstreamRequests: number;
  upstreamStatuses: Record<string, number>;
  writesSeenBySimulator: number;
  writesSentTwice: number;
  /** Secondary limits, and 403s for writes the run state refuses (a rerun of a going run). */
  answers403or429: number;
  requestsToPausedToken: number;
  memorySamples: number;
  memorySlopeMbPerMin: number;
  heapUsedMb: { first: number; last: number };
  /**
   * The conditional cache's bodies (text MB, up to `cacheBytes`) at the same samples: reruns
   * make new runs, so it fills through the run, and the heap with it, up to its bound.
   */
  cacheMb: { first: number; last: number };
  healthChecks: number;
  healthFailures: number;
  healthMaxMs: number;
}

const OWNER = 'octo-org';
const REPO = 'octo-repo';
const WRITES = [
  { mutation: 'cancelWorkflowRun', method: 'POST', suffix: 'cancel' },
  { mutation: 'deleteWorkflowRunLogs', method: 'DELETE', suffix: 'logs' },
  { mutation: 'rerunWorkflowRun', method: 'POST', suffix: 'rerun' },
] as const;
const READS = [
  `{ repository(owner: "${OWNER}", name: "${REPO}") { workflowRuns(first: 20) { totalCount nodes { id runNumber status conclusion jobs(first: 5) { nodes { name status } } } } } }`,
  `{ repository(owner: "${OWNER}", name: "${REPO}") { workflowRuns(first: 5, filterBy: { status: FAILURE }) { nodes { runNumber attempts { nodes { number conclusion } } } } } }`,
  `{ repository(owner: "${OWNER}", name: "${REPO}") { workflows(first: 10) { nodes { name state runs(first: 5) { nodes { runNumber } } } } } rateLimit { remaining } }`,
];

/** A full GC, from inside a process started without `--expose-gc` too. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

function authorizationOf(headers: Dispatcher.DispatchOptions['headers']): string | undefined {
  if (!headers) return undefined;
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i += 2)
      if (String(headers[i]).toLowerCase() === 'authorization') return String(headers[i + 1]);
    return undefined;
  }
  for (const [key, value] of Object.entries(headers as Record<string, unknown>))
    if (key.toLowerCase() === 'authorization') return String(value);
  return undefined;
}

export async function runSoak({
  durationMs,
  readers = 6,
  progressMs = 0,
  burstEveryMs = 10_000,
  cacheBytes = 16 * 1024 * 1024,
}: SoakOptions): Promise<SoakReport> {
  const gc = collector();
  // The simulator runs in its own process, driven through its control routes: its world
  // grows with every rerun, and the memory slope is to be the gateway's alone.
  const simulatorPort = await freePort();
  const simulator = await startServer({
    name: 'simulator',
    command: [
      process.execPath,
      '--import',
      'tsx',
      'src/simulator/cli.ts',
      ...['--port', String(simulatorPort), '--size', '1000', '--clock-start', 'now'],
      ...['--rate-limit', '10000000', '--latency-median-ms', '15'],
      ...['--error-rate', '0.05', '--reset-rate', '0.02'],
    ],
    env: { NODE_ENV: 'production' },
    port: simulatorPort,
    cwd: new URL('..', import.meta.url).pathname,
    readyPath: '/_simulator/health',
  });
  const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
  const control = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${simulatorUrl}/_simulator/${path}`, {
      method,
      ...(body
        ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
        : {}),
    });
    if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };
  const runs: number[] = [];
  for (let page = 1; runs.length < 1000; page++) {
    const response = await fetch(
      `${simulatorUrl}/repos/${OWNER}/${REPO}/actions/runs?per_page=100&page=${page}`,
      { headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` } },
    );
    // Faults are on from the start: a failed page is asked again.
    if (!response.ok) continue;
    const { workflow_runs } = (await response.json()) as { workflow_runs: Array<{ id: number }> };
    if (workflow_runs.length === 0) break;
    runs.push(...workflow_runs.map((r) => r.id));
  }

  // The gateway's pause store, watched: the interceptor below asks it before each send.
  const pauses = new MemoryPauseStore();
  const watched = new Map<string, Pause>();
  const pauseStore = {
    get: (caller: string) => pauses.get(caller),
    set: (caller: string, pause: Pause) => {
      watched.set(caller, pause);
      pauses.set(caller, pause);
    },
  };
  let requestsToPausedToken = 0;
  const agent = createDispatcher({ connections: 16, timeoutMs: 5_000 });
  const dispatcher = agent.compose((dispatch) => (opts, handler) => {
    const pause = watched.get(callerKey(authorizationOf(opts.headers)));
    if (pause && pause.until > Date.now()) requestsToPausedToken += 1;
    return dispatch(opts, handler);
  });
  const etagCache = new EtagCache(cacheBytes);
  const gateway = createGateway({
    schema,
    upstream: {
      apiUrl: simulatorUrl,
      webUrl: simulatorUrl,
      apiVersion: '2022-11-28',
      timeoutMs: 5_000,
      dispatcher,
      maxUpstreamRequests: 500,
      etagCache,
      pauses: pauseStore,
      writeSpacer: new WriteSpacer(1_000),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const codes: Record<string, number> = {};
  let answers = 0;
  let reads = 0;
  let writes = 0;
  const started = Date.now();
  const deadline = started + durationMs;
  const going = () => Date.now() < deadline;

  async function post(token: string, query: string): Promise<void> {
    try {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as {
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      answers += 1;
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code ?? 'NONE';
        codes[code] = (codes[code] ?? 0) + 1;
      }
    } catch (error) {
      const code = `CLIENT_${(error as Error).name}`;
      codes[code] = (codes[code] ?? 0) + 1;
    }
  }

  const readLoop = async (i: number) => {
    for (let n = i; going(); n++) {
      reads += 1;
      await post(n % 2 ? DEMO_TOKENS.read : DEMO_TOKENS.admin, READS[n % READS.length]!);
    }
  };
  // One write at a time with the admin token; the gateway spaces them a second apart. Write k
  // goes to run k / 3 with the k % 3rd write, so no two mutations share a REST path; writes
  // refused at once (the token paused) would use the pairs up early, so they are paced to
  // last the run.
  const pairs = runs.length * WRITES.length;
  const writeLoop = async () => {
    for (let k = 0; going() && k < pairs; k++) {
      const due = started + (k * durationMs) / pairs - Date.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      const write = WRITES[k % WRITES.length]!;
      const id = encodeGlobalId('WorkflowRun', `${OWNER}/${REPO}/${runs[Math.floor(k / 3)]}`);
      writes += 1;
      await post(
        DEMO_TOKENS.admin,
        `mutation { ${write.mutation}(input: { workflowRunId: "${id}", clientMutationId: "w${k}" }) { clientMutationId } }`,
      );
    }
  };

  // Secondary-limit bursts alternate: 429s with retry-after, then 403s with it.
  let bursts = 0;
  let burstEnd: NodeJS.Timeout | undefined;
  const burstTimer = setInterval(() => {
    const status = bursts++ % 2 ? 403 : 429;
    const faults = (secondaryLimit: object | null) =>
      control('POST', 'faults', { secondaryLimit }).catch(() => undefined);
    void faults({ every: 20, status, retryAfter: 2 });
    burstEnd = setTimeout(() => void faults(null), 250);
  }, burstEveryMs);

  let healthChecks = 0;
  let healthFailures = 0;
  let healthMaxMs = 0;
  const healthLoop = async () => {
    while (going()) {
      const t0 = performance.now();
      let ok = false;
      try {
        const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        ok = response.status === 200;
      } catch {
        ok = false;
      }
      const ms = performance.now() - t0;
      healthChecks += 1;
      healthMaxMs = Math.max(healthMaxMs, ms);
      if (!ok) healthFailures += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  // The simulator's request log, drained every few seconds into counts: its process's log
  // does not grow with the run, nor does this process's memory with the figures.
  const writeIds = new Map<string, number>();
  const upstreamStatuses: Record<string, number> = {};
  let upstreamRequests = 0;
  let answers403or429 = 0;
  const drainLog = async () => {
    const { requests: log } = (await control('POST', 'requests/drain')) as {
      requests: Array<{ method: string; path: string; status: number }>;
    };
    upstreamRequests += log.length;
    for (const r of log) {
      upstreamStatuses[r.status] = (upstreamStatuses[r.status] ?? 0) + 1;
      if (r.status === 429 || r.status === 403) answers403or429 += 1;
      if (r.method !== 'GET') {
        const id = `${r.method} ${r.path}`;
        writeIds.set(id, (writeIds.get(id) ?? 0) + 1);
      }
    }
  };
  // A drain that fails (the simulator busy) leaves the log for the next one.
  const drainTimer = setInterval(() => drainLog().catch(() => undefined), 5_000);

  const memory: Array<[number, number]> = [];
  const cacheMb: number[] = [];
  const sampleEveryMs = Math.max(1_000, Math.min(10_000, durationMs / 40));
  const sampleMemory = () => {
    gc();
    memory.push([(Date.now() - started) / 60_000, process.memoryUsage().heapUsed / 2 ** 20]);
    cacheMb.push(etagCache.bytes / 2 ** 20);
  };
  // The first samples include warm-up (caches filling, code compiling): start at 10%.
  const memoryTimer = setInterval(() => {
    if (Date.now() - started >= durationMs * 0.1) sampleMemory();
  }, sampleEveryMs);
  const progressTimer =
    progressMs > 0
      ? setInterval(() => {
          const s = Math.round((Date.now() - started) / 1000);
          console.error(
            `soak ${s}s: ${answers} answers, ${writes} writes, ${requestsToPausedToken} to a paused token, health failures ${healthFailures}, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
          );
        }, progressMs)
      : undefined;

  await Promise.all([
    ...Array.from({ length: readers }, (_, i) => readLoop(i)),
    writeLoop(),
    healthLoop(),
  ]);
  clearInterval(burstTimer);
  clearTimeout(burstEnd);
  clearInterval(memoryTimer);
  if (progressTimer) clearInterval(progressTimer);
  sampleMemory();

  clearInterval(drainTimer);
  await drainLog();

  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await agent.close();
  await simulator.stop();

  return {
    durationS: Math.round((Date.now() - started) / 1000),
    answers,
    reads,
    writes,
    codes,
    upstreamRequests,
    upstreamStatuses,
    writesSeenBySimulator: writeIds.size,
    writesSentTwice: [...writeIds.values()].filter((n) => n > 1).length,
    answers403or429,
    requestsToPausedToken,
    memorySamples: memory.length,
    memorySlopeMbPerMin: Number(slope(memory).toFixed(3)),
    heapUsedMb: {
      first: Number((memory[0]?.[1] ?? 0).toFixed(1)),
      last: Number((memory.at(-1)?.[1] ?? 0).toFixed(1)),
    },
    cacheMb: {
      first: Number((cacheMb[0] ?? 0).toFixed(1)),
      last: Number((cacheMb.at(-1) ?? 0).toFixed(1)),
    },
    healthChecks,
    healthFailures,
    healthMaxMs: Math.round(healthMaxMs),
  };
}

export function soakFailed(report: SoakReport): boolean {
  return (
    report.writesSentTwice > 0 || report.requestsToPausedToken > 0 || report.healthFailures > 0
  );
}

function parseArgs(argv: string[]): { durationMs: number; cacheBytes?: number } {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const minutes = value('minutes');
  const seconds = value('seconds');
  const cacheMb = value('cache-mb');
  const ms = seconds !== undefined ? seconds * 1000 : (minutes ?? 1) * 60_000;
  if (!(Number.isFinite(ms) && ms >= 5_000) || (cacheMb !== undefined && !(cacheMb > 0)))
    throw new Error(
      'Usage: npm run soak -- --minutes N | --seconds N (at least 5 s) [--cache-mb M (above 0)]',
    );
  return {
    durationMs: ms,
    ...(cacheMb === undefined ? {} : { cacheBytes: Math.round(cacheMb * 2 ** 20) }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await runSoak({ ...parseArgs(process.argv.slice(2)), progressMs: 30_000 });
  console.log(JSON.stringify(report, null, 2));
  process.exit(soakFailed(report) ? 1 : 0);
}
