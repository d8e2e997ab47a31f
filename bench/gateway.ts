/**
 * Benchmark: what one GraphQL operation through the gateway costs against the REST calls a
 * frontend would make for the same screen, over an upstream with GitHub-like latency
 * (the embedded simulator, log-normal around a median). Prints a table to compare runs:
 *
 *   npm run bench                      # defaults: median 40 ms, 15 iterations
 *   npm run bench -- --median 80 --iterations 30 --cap 8
 *
 * Timings depend on the machine; the upstream request counts do not.
 */
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { createDispatcher } from '../src/github/dispatcher.js';
import { schema } from '../src/schema/index.js';
import { DEMO_TOKENS, startSimulator } from '../src/simulator/index.js';
import { createGateway } from '../src/yoga.js';

const { values } = parseArgs({
  options: {
    median: { type: 'string', default: '40' },
    iterations: { type: 'string', default: '15' },
    cap: { type: 'string', default: '16' },
  },
});
const medianMs = Number(values.median);
const iterations = Number(values.iterations);
const cap = Number(values.cap);

const simulator = await startSimulator({ port: 0, latency: { medianMs }, rateLimit: 1_000_000 });
simulator.clock.freeze();
const dispatcher = createDispatcher({ connections: cap, timeoutMs: 30_000 });
const gateway = createGateway({
  schema,
  upstream: { apiUrl: simulator.url, webUrl: simulator.url, apiVersion: '2022-11-28', timeoutMs: 30_000, dispatcher },
});
const auth = { authorization: `Bearer ${DEMO_TOKENS.admin}` };

async function graphqlCall(query: string): Promise<void> {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function rest<T = any>(path: string): Promise<T> {
  const response = await request(`${simulator.url}${path}`, { headers: { accept: 'application/vnd.github+json', ...auth } });
  return (await response.body.json()) as T;
}

/** A browser allows about six connections per host. */
async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

const REPO = '/repos/octo-org/octo-repo/actions';
const scenarios: Array<{ name: string; gateway: () => Promise<void>; rest: () => Promise<void> }> = [
  {
    name: 'dashboard: 50 runs, reviews, pending deployments',
    gateway: () =>
      graphqlCall(`{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 50) { nodes {
        runNumber status conclusion actor { login } deploymentReviews { totalCount } pendingDeploymentRequests { totalCount } } } } }`),
    rest: async () => {
      const { workflow_runs: runs } = await rest<{ workflow_runs: Array<{ id: number; status: string }> }>(`${REPO}/runs?per_page=50`);
      await inBatches(runs, 6, (run) =>
        Promise.all([
          rest(`${REPO}/runs/${run.id}/approvals`),
          // A REST client cannot know from the list which runs wait; it asks for all.
          rest(`${REPO}/runs/${run.id}/pending_deployments`),
        ]),
      );
    },
  },
  {
    name: 'run page: run, jobs, attempts, logs link',
    gateway: () =>
      graphqlCall(`{ repository(owner: "octo-org", name: "octo-repo") { workflowRun(databaseId: 19800000364) {
        runNumber status attempts { nodes { number conclusion } } jobs(first: 20) { nodes { name conclusion steps { name } } } logs { url } } } }`),
    rest: async () => {
      const run = await rest<{ run_attempt: number }>(`${REPO}/runs/19800000364`);
      await Promise.all([
        rest(`${REPO}/runs/19800000364/jobs?per_page=20`),
        request(`${simulator.url}${REPO}/runs/19800000364/logs`, { headers: auth }).then((r) => r.body.dump()),
        ...Array.from({ length: run.run_attempt - 1 }, (_, i) => rest(`${REPO}/runs/19800000364/attempts/${i + 1}`)),
      ]);
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

console.log(`upstream: simulator, log-normal latency, median ${medianMs} ms; gateway connection cap ${cap}; ${iterations} iterations`);
console.log(['scenario', 'client', 'upstream requests', 'p50 ms', 'p95 ms'].join(' | '));
for (const scenario of scenarios) {
  for (const mode of ['gateway', 'rest'] as const) {
    await scenario[mode](); // warm-up: connections, JIT
    simulator.requests.reset();
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await scenario[mode]();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const perOperation = simulator.requests.total() / iterations;
    console.log([scenario.name, mode === 'gateway' ? 'gateway (1 GraphQL op)' : 'REST, 6 at a time', perOperation, percentile(times, 50).toFixed(0), percentile(times, 95).toFixed(0)].join(' | '));
  }
}

await dispatcher.close();
await simulator.close();
