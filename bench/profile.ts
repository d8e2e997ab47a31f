/**
 * `npm run bench:profile`: where this gateway's CPU goes for the 50-run list, and what
 * graphql-jit (which the gateway runs repeated queries through) and Yoga's parse/validate cache
 * save.
 *
 *   npm run bench:profile -- --requests 300
 *
 * 1. The gateway runs under `node --cpu-prof` against the simulator (its own process, 0 ms
 *    latency); only the samples taken while the measured requests ran are summed, by
 *    function (self time) and by package.
 * 2. In this process, against the same simulator: CPU per list through Yoga with and without
 *    its parse/validate cache, and through graphql-js `execute` against graphql-jit's
 *    compiled query, with a fresh context (loaders, REST client) per request as Yoga makes.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentNode } from 'graphql';
import { request } from 'undici';
import { createContext } from '../src/context.js';
import { createUpstream } from '../src/upstream.js';
import { EtagCache } from '../src/github/etag-cache.js';
import { schema } from '../src/schema/index.js';
import { DEMO_TOKENS } from '../src/simulator/index.js';
import { CPU_SCREEN, screens } from './screens.js';
import { freePort, startServer } from './servers.js';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '300' }, top: { type: 'string', default: '15' } },
});
const requests = Number(values.requests);
const top = Number(values.top);
if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(top) || top < 1)
  throw new Error('--requests and --top expect whole numbers >= 1');

const root = new URL('..', import.meta.url).pathname;
// From bench/, a bare 'graphql' would find the peer's copy in bench/node_modules: take the
// product's copies, the ones our schema is built with, or instanceof checks fail across them.
const fromRoot = createRequire(join(root, 'package.json'));
const { execute, parse, validate } = fromRoot('graphql') as typeof import('graphql');
const { createYoga } = fromRoot('graphql-yoga') as typeof import('graphql-yoga');
const { compileQuery, isCompiledQuery } = fromRoot('graphql-jit') as typeof import('graphql-jit');
const auth = `Bearer ${DEMO_TOKENS.admin}`;

// The list document, taken from the benchmark's screen so both measure the same thing.
let LIST = '';
await screens({ id: 0, attempts: 1 })
  .find((s) => s.name === CPU_SCREEN)!
  .ours(async (query) => {
    LIST = query;
  });

const simPort = await freePort();
const simulator = await startServer({
  name: 'simulator',
  command: [process.execPath, '--import', 'tsx', 'src/simulator/cli.ts', '--port', String(simPort)],
  env: { NODE_ENV: 'production' },
  port: simPort,
  cwd: root,
  readyPath: '/_simulator/health',
});
const simUrl = `http://127.0.0.1:${simPort}`;
await request(`${simUrl}/_simulator/clock`, { method: 'POST', body: '{"freeze":true}' }).then((r) =>
  r.body.dump(),
);

async function postList(url: string): Promise<void> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: auth },
    body: JSON.stringify({ query: LIST }),
  });
  const body = (await res.body.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

try {
  // 1. The gateway's own process under --cpu-prof.
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
  const port = await freePort();
  // The compiled build, as production runs it (and its frames keep their line numbers).
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const gateway = await startServer({
    name: 'gateway',
    command: [process.execPath, '--cpu-prof', '--cpu-prof-dir', profileDir, 'dist/main.js'],
    env: { NODE_ENV: 'production', GITHUB_API_URL: simUrl, HOST: '127.0.0.1', PORT: String(port) },
    port,
    cwd: root,
  });
  for (let i = 0; i < 50; i++) await postList(gateway.url);
  // V8's profile clock and process.hrtime are both CLOCK_MONOTONIC, in µs and ns.
  const from = Number(process.hrtime.bigint() / 1000n);
  for (let i = 0; i < requests; i++) await postList(gateway.url);
  const to = Number(process.hrtime.bigint() / 1000n);
  await gateway.stop();
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the gateway wrote no CPU profile (does it exit on SIGTERM?)');
  summarise(JSON.parse(readFileSync(join(profileDir, file), 'utf8')), from, to);
  rmSync(profileDir, { recursive: true, force: true });

  // 2. In process: Yoga's cache and graphql-jit.
  await inProcess();
} finally {
  await simulator.stop();
}

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: CpuProfile, from: number, to: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const name = (frame: CpuProfile['nodes'][number]['callFrame']) =>
    `${frame.functionName || '(anonymous)'}  ${place(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
  /** Native frames say little alone: the first caller of ours or a package's says who asked. */
  const callerOf = (id: number): string => {
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!;
      if (frame.url && !frame.url.startsWith('node:')) return name(frame);
    }
    return '(none)';
  };
  const nativeCallers = new Map<string, number>();
  const selfUs = new Map<string, number>();
  const packageUs = new Map<string, number>();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) continue;
    const frame = byId.get(profile.samples[i]!)!;
    if (frame.functionName === '(idle)') continue;
    total += delta;
    const key = name(frame);
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    if (!frame.url || frame.url.startsWith('node:')) {
      const via = `${key} <- ${callerOf(profile.samples[i]!)}`;
      nativeCallers.set(via, (nativeCallers.get(via) ?? 0) + delta);
    }
    const pkg = packageOf(frame);
    packageUs.set(pkg, (packageUs.get(pkg) ?? 0) + delta);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  const perRequest = (us: number) => (us / 1000 / requests).toFixed(3);
  console.log(
    `\nCPU profile of the gateway over ${requests} "${CPU_SCREEN}" requests at 0 ms upstream latency: ${perRequest(total)} ms sampled CPU per request (idle excluded)\n`,
  );
  console.log('| where (by package or part) | share | ms per request |\n| --- | ---: | ---: |');
  for (const [pkg, us] of [...packageUs].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`| ${pkg} | ${pct(us)} | ${perRequest(us)} |`);
  console.log(`\n| top ${top} functions by self time | share |\n| --- | ---: |`);
  for (const [key, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`| \`${key}\` | ${pct(us)} |`);
  console.log(
    `\n| native and node-core time, by the first caller outside node core | share |\n| --- | ---: |`,
  );
  for (const [key, us] of [...nativeCallers].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`| \`${key}\` | ${pct(us)} |`);
}

function place(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(root) ? relative(root, path) : path.replace(/^node:/, 'node:');
}

function packageOf(frame: { functionName: string; url: string }): string {
  if (!frame.url)
    return frame.functionName === '(garbage collector)' ? 'GC' : `V8/native ${frame.functionName}`;
  const path = frame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg;
  if (path.startsWith('node:')) return `node core (${path.slice(5).split('/')[0]})`;
  if (path.startsWith(root)) return relative(root, path).split('/').slice(0, 2).join('/');
  return path;
}

async function inProcess(): Promise<void> {
  const { upstream, close } = createUpstream({
    apiUrl: simUrl,
    etagCache: new EtagCache(64 * 1024 * 1024),
  });
  const context = () => createContext(upstream, auth);
  const document: DocumentNode = parse(LIST);

  /** CPU of this process per call of `run`, after 50 warm-ups; the simulator is another process. */
  async function cpuPer(run: () => Promise<unknown>): Promise<number> {
    for (let i = 0; i < 50; i++) await run();
    const before = process.cpuUsage();
    for (let i = 0; i < requests; i++) await run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / requests;
  }
  const check = (result: { errors?: readonly unknown[] }) => {
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  };
  const viaYoga = (cache: boolean) => {
    const yoga = createYoga({
      schema,
      context: () => context(),
      parserAndValidationCache: cache,
      logging: false,
      landingPage: false,
    });
    return async () => {
      const res = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LIST }),
      });
      check((await res.json()) as { errors?: unknown[] });
    };
  };

  const compiled = compileQuery(schema, document, undefined, {
    useExperimentalPathBasedSkipInclude: true,
  });
  if (!isCompiledQuery(compiled))
    throw new Error(`graphql-jit could not compile the list: ${JSON.stringify(compiled)}`);

  const parseUs = (await cpuPer(async () => parse(LIST))) * 1000;
  const validateUs = (await cpuPer(async () => validate(schema, document))) * 1000;
  const rows: Array<[string, number]> = [
    [
      'Yoga, parse/validate cache on (its default, as the gateway runs)',
      await cpuPer(viaYoga(true)),
    ],
    ['Yoga, parse/validate cache off', await cpuPer(viaYoga(false))],
    [
      'graphql-js execute (no Yoga)',
      await cpuPer(async () => check(await execute({ schema, document, contextValue: context() }))),
    ],
    [
      'graphql-jit compiled query (no Yoga)',
      await cpuPer(async () => check(await compiled.query(undefined, context(), {}))),
    ],
  ];
  await close();

  console.log(
    `\nIn process, CPU per "${CPU_SCREEN}" over ${requests} requests (client and gateway in this process, the simulator in its own):\n`,
  );
  console.log('| path | CPU ms per request |\n| --- | ---: |');
  for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(3)} |`);
  console.log(
    `| parse alone | ${(parseUs / 1000).toFixed(3)} |\n| validate alone | ${(validateUs / 1000).toFixed(3)} |`,
  );
  const [cached, uncached, js, jit] = rows.map(([, ms]) => ms) as [number, number, number, number];
  console.log(
    `\nYoga's cache saves ${(uncached - cached).toFixed(3)} ms a request (already on); graphql-jit (on for repeated queries) saves ${(js - jit).toFixed(3)} ms of ${js.toFixed(3)} (${((100 * (js - jit)) / js).toFixed(0)}%).`,
  );
}
