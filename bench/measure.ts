/** Bounded load loops and the statistics the table prints. */
import type { RequestRecord, Simulator } from '../src/simulator/index.js';
import type { Post, Screen } from './screens.js';

export interface OneClient {
  /** Upstream calls of one screen (the last iteration: every iteration makes the same). */
  calls: number;
  p50: number;
  p95: number;
  /** The median of the per-iteration floors from the injected latencies, when the screen defines one. */
  floorP50?: number;
  /** The same from the simulator's answer times (its own work included). */
  answeredFloorP50?: number;
}

export interface Concurrent {
  screensPerSecond: number;
  p95: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function oneClient(
  sim: Simulator,
  load: (post: Post) => Promise<void>,
  post: Post,
  iterations: number,
  floorMs?: Screen['floorMs'],
): Promise<OneClient> {
  const times: number[] = [];
  const floors: number[] = [];
  const answeredFloors: number[] = [];
  let calls = 0;
  for (let i = 0; i < iterations; i++) {
    sim.requests.reset();
    const started = performance.now();
    await load(post);
    times.push(performance.now() - started);
    const records: RequestRecord[] = sim.requests.list();
    calls = records.length;
    if (floorMs) {
      floors.push(floorMs(records));
      answeredFloors.push(floorMs(records, (r) => r.answeredMs ?? r.latencyMs));
    }
  }
  return {
    calls,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    ...(floorMs
      ? { floorP50: percentile(floors, 50), answeredFloorP50: percentile(answeredFloors, 50) }
      : {}),
  };
}

/** `clients` loops at once, each loading the screen `rounds` times in a row. */
export async function concurrentClients(
  load: (post: Post) => Promise<void>,
  post: Post,
  clients: number,
  rounds: number,
): Promise<Concurrent> {
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        await load(post);
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - started;
  return { screensPerSecond: (clients * rounds * 1000) / elapsed, p95: percentile(times, 95) };
}
