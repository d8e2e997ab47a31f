/**
 * `npm run simulator -- --port 3001 [--seed 1] [--size small|default|N] [--services N] [--latency-ms N]
 *   [--latency-median-ms N] [--error-rate 0.1] [--error-rate-route '/repos/{owner}/{repo}/actions/runs=0.5']
 *   [--reset-rate 0.01] [--slow-body-ms N] [--secondary-limit every:status:retryAfter] [--rate-limit N]
 *   [--clock-start now|ISO-8601]`
 */
import { parseArgs } from 'node:util';
import { DEMO_TOKENS } from './auth.js';
import type { Faults, SimulatorOptions } from './options.js';
import { startSimulator } from './start-simulator.js';

function number(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n))
    throw new Error(`--${name} expects a number, got ${JSON.stringify(raw)}`);
  return n;
}

export function optionsFromArgs(args: string[]): SimulatorOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      size: { type: 'string' },
      services: { type: 'string' },
      'latency-ms': { type: 'string' },
      'latency-median-ms': { type: 'string' },
      'error-rate': { type: 'string' },
      'error-rate-route': { type: 'string', multiple: true },
      'reset-rate': { type: 'string' },
      'slow-body-ms': { type: 'string' },
      'secondary-limit': { type: 'string' },
      'rate-limit': { type: 'string' },
      'clock-start': { type: 'string' },
    },
    strict: true,
  });
  const faults: Faults = {};
  const errorRate: Record<string, number> = {};
  const all = number('error-rate', values['error-rate']);
  if (all !== undefined) errorRate['*'] = all;
  for (const spec of values['error-rate-route'] ?? []) {
    const at = spec.lastIndexOf('=');
    if (at < 1)
      throw new Error(`--error-rate-route expects ROUTE=RATE, got ${JSON.stringify(spec)}`);
    errorRate[spec.slice(0, at)] = number('error-rate-route', spec.slice(at + 1)) ?? 0;
  }
  if (Object.keys(errorRate).length > 0) faults.errorRate = errorRate;
  const resetRate = number('reset-rate', values['reset-rate']);
  if (resetRate !== undefined) faults.resetRate = resetRate;
  const slowBodyMs = number('slow-body-ms', values['slow-body-ms']);
  if (slowBodyMs !== undefined) faults.slowBodyMs = slowBodyMs;
  if (values['secondary-limit'] !== undefined) {
    const [every, status, retryAfter] = values['secondary-limit'].split(':').map(Number);
    if (
      !every ||
      (status !== 403 && status !== 429) ||
      retryAfter === undefined ||
      Number.isNaN(retryAfter)
    ) {
      throw new Error(
        `--secondary-limit expects EVERY:STATUS:RETRY_AFTER such as 50:429:60, got ${values['secondary-limit']}`,
      );
    }
    faults.secondaryLimit = { every, status, retryAfter };
  }
  const size = values.size;
  const opts: SimulatorOptions = { faults };
  const port = number('port', values.port);
  if (port !== undefined) opts.port = port;
  const seed = number('seed', values.seed);
  if (seed !== undefined) opts.seed = seed;
  if (size !== undefined)
    opts.size = size === 'small' || size === 'default' ? size : (number('size', size) ?? 'default');
  const services = number('services', values.services);
  if (services !== undefined) opts.services = services;
  const fixedMs = number('latency-ms', values['latency-ms']);
  const medianMs = number('latency-median-ms', values['latency-median-ms']);
  if (fixedMs !== undefined || medianMs !== undefined)
    opts.latency = {
      ...(fixedMs !== undefined ? { fixedMs } : {}),
      ...(medianMs !== undefined ? { medianMs } : {}),
    };
  const rateLimit = number('rate-limit', values['rate-limit']);
  if (rateLimit !== undefined) opts.rateLimit = rateLimit;
  const clockStart = values['clock-start'];
  if (clockStart !== undefined) {
    const at = clockStart === 'now' ? new Date() : new Date(clockStart);
    if (Number.isNaN(at.getTime()))
      throw new Error(
        `--clock-start expects now or an ISO 8601 time, got ${JSON.stringify(clockStart)}`,
      );
    opts.clockStart = at;
  }
  return opts;
}

async function main(): Promise<void> {
  const sim = await startSimulator(optionsFromArgs(process.argv.slice(2)));
  console.log(`GitHub Actions REST simulator listening on ${sim.url}`);
  console.log(`  admin token (read + write): ${DEMO_TOKENS.admin}`);
  console.log(`  read-only token:            ${DEMO_TOKENS.read}`);
  console.log(
    `  try: curl -H 'Authorization: Bearer ${DEMO_TOKENS.read}' ${sim.url}/repos/octo-org/octo-repo/actions/runs`,
  );
  console.log(`  control routes under ${sim.url}/_simulator/ (requests, clock, faults)`);
  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping simulator`);
    sim.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
