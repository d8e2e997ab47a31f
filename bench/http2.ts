/**
 * `npm run bench:http2`: does HTTP/2 to the upstream help? The compiled gateway reaches the
 * simulator through a local TLS front (bench/tls-proxy.ts, HTTP/2 or HTTP/1.1 as the client
 * offers), once with `UPSTREAM_HTTP2=true` and once at its default (off), and plain HTTP/1.1
 * straight to the simulator for reference. The dashboard screen, GitHub-like latency.
 *
 *   npm run bench:http2 -- --median 40 --iterations 20 --clients 8 --rounds 5
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { DEMO_TOKENS, startSimulator } from '../src/simulator/index.js';
import { concurrentClients, oneClient } from './measure.js';
import { cpuMs } from './process-stats.js';
import { screens, type Post } from './screens.js';
import { freePort, startServer } from './servers.js';
import { startTlsProxy } from './tls-proxy.js';

const { values } = parseArgs({
  options: {
    median: { type: 'string', default: '40' },
    iterations: { type: 'string', default: '20' },
    clients: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '5' },
  },
});
const medianMs = Number(values.median);
const [iterations, clients, rounds] = [values.iterations, values.clients, values.rounds].map(
  (raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number >= 1, got ${raw}`);
    return n;
  },
) as [number, number, number];

const root = new URL('..', import.meta.url).pathname;
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
if (!existsSync(join(root, 'dist/main.js'))) throw new Error('the build wrote no dist/main.js');

const sim = await startSimulator({ port: 0, rateLimit: 1_000_000_000 });
sim.clock.freeze();
sim.faults.set({ latency: medianMs > 0 ? { medianMs } : {} });
const proxy = await startTlsProxy(sim.url);
const dashboard = screens({ id: 0, attempts: 1 }).find((s) => s.floorMs)!;

const post =
  (url: string): Post =>
  async (query) => {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKENS.admin}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.body.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };

const variants = [
  { name: 'TLS, HTTP/2 (UPSTREAM_HTTP2=true)', apiUrl: proxy.url, http2: 'true' },
  { name: 'TLS, HTTP/1.1 (UPSTREAM_HTTP2 default)', apiUrl: proxy.url, http2: 'false' },
  { name: 'plain HTTP/1.1 (the simulator direct)', apiUrl: sim.url, http2: 'false' },
];
const rows: string[] = [];
try {
  for (const variant of variants) {
    const port = await freePort();
    const server = await startServer({
      name: variant.name,
      command: [process.execPath, 'dist/main.js'],
      env: {
        NODE_ENV: 'production',
        GITHUB_API_URL: variant.apiUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        UPSTREAM_HTTP2: variant.http2,
        NODE_EXTRA_CA_CERTS: proxy.caFile,
      },
      port,
      cwd: root,
    });
    try {
      const load = dashboard.ours;
      const send = post(server.url);
      proxy.protocols.clear();
      for (let i = 0; i < 3; i++) await load(send);
      const one = await oneClient(sim, load, send, iterations, dashboard.floorMs);
      const cpuBefore = cpuMs(server.pid);
      const many = await concurrentClients(load, send, clients, rounds);
      const cpu = (cpuMs(server.pid) - cpuBefore) / (clients * rounds);
      const spoken = [...proxy.protocols].map(([v, n]) => `${v}: ${n}`).join(', ') || '-';
      rows.push(
        `| ${variant.name} | ${one.p50.toFixed(0)} ms | ${many.screensPerSecond.toFixed(1)} | ${many.p95.toFixed(0)} ms | ${cpu.toFixed(1)} | ${spoken} |`,
      );
      process.stderr.write(`${variant.name} done\n`);
    } finally {
      await server.stop();
    }
  }
} finally {
  await proxy.close();
  await sim.close();
}
console.log(
  `\nDashboard (${dashboard.name}), upstream latency log-normal around ${medianMs} ms. Node ${process.version}, ${new Date().toISOString()}.\n`,
);
console.log(
  `| upstream | 1 client p50 | ${clients} clients: screens/s | ${clients} clients: p95 | gateway CPU ms per screen | requests the TLS front saw, by HTTP version |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
