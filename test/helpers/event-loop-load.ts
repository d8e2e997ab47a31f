/**
 * Loading the gateway with large answers and watching its event loop, for the event-loop
 * test and `npm run bench:event-loop`: the heavy query, and a `/health` sampler that runs in
 * a worker thread (the process that loads the gateway, and may run the simulator, is busy
 * itself: a sampler on its event loop would time that process's stalls, not the gateway's).
 */
import { Worker } from 'node:worker_threads';

const RUN_FIELDS = `id fullDatabaseId runNumber displayTitle status conclusion event headBranch
  headSha createdAt updatedAt runStartedAt url runAttempt`;

/** Nodes in one window of `heavyQuery`: 100 runs, each with its workflow's 100 latest runs. */
export const NODES_PER_WINDOW = 10_100;

/** `windows` aliased windows of `octo-org/octo-repo`'s runs, each run with its workflow's runs. */
export function heavyQuery(windows: number): string {
  const window = (alias: string) => `${alias}: workflowRuns(first: 100) { nodes { ${RUN_FIELDS}
    workflow { id name runs(first: 100) { nodes { ${RUN_FIELDS} } } } } }`;
  return `{ repository(owner: "octo-org", name: "octo-repo") {
    ${Array.from({ length: windows }, (_, i) => window(`w${i}`)).join('\n')} } }`;
}

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  const samples = [];
  while (running) {
    const started = performance.now();
    await (await fetch(workerData.url)).arrayBuffer();
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, workerData.everyMs));
  }
  parentPort.postMessage(samples);
})();
`;

export interface HealthSamples {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Starts sampling `url` every `everyMs`; `stop()` gives the figures, in ms. */
export function sampleHealth(url: string, everyMs = 20): { stop(): Promise<HealthSamples> } {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { url, everyMs } });
  const done = new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const samples = (await done).sort((a, b) => a - b);
      await worker.terminate();
      const at = (q: number) =>
        samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
      return { count: samples.length, p50: at(0.5), p95: at(0.95), max: samples.at(-1)! };
    },
  };
}

/**
 * The gateway's longest event-loop delay since its last scrape, in ms, from its `/metrics`
 * (`nodejs_eventloop_lag_max_seconds`); a scrape resets it, so scrape once before the load.
 */
export async function loopDelayMaxMs(gatewayUrl: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  const seconds = text.match(/^nodejs_eventloop_lag_max_seconds (\S+)$/m)?.[1];
  if (seconds === undefined) throw new Error('no nodejs_eventloop_lag_max_seconds in /metrics');
  return Number(seconds) * 1_000;
}
