/**
 * Fault injection. Decisions draw from a PRNG seeded from the simulator's seed, so a
 * fault test with a given seed and request order sees the same faults every time.
 */
import type { Faults, LatencyOptions } from './options.js';
import { createPrng, type Prng } from './prng.js';

export interface FaultDecision {
  latencyMs: number;
  reset: boolean;
  secondary?: { status: 403 | 429; retryAfter: number };
  serverError?: 500 | 502 | 503;
  slowBodyMs: number;
}

export class FaultInjector {
  private faults: Faults;
  private readonly prng: Prng;
  private counted = 0;

  constructor(seed: number, private readonly latency: LatencyOptions = {}, initial: Faults = {}) {
    this.prng = createPrng(seed ^ 0x5eed);
    this.faults = validateFaults({ ...initial });
  }

  current(): Faults {
    return structuredClone(this.faults);
  }

  set(patch: Partial<Faults>): void {
    this.faults = validateFaults({ ...this.faults, ...patch });
  }

  clear(): void {
    this.faults = {};
    this.counted = 0;
  }

  decide(routeKey: string): FaultDecision {
    const f = this.faults;
    let latencyMs = this.latency.fixedMs ?? 0;
    if (this.latency.medianMs) latencyMs += this.latency.medianMs * Math.exp(0.5 * this.prng.normal());
    const decision: FaultDecision = { latencyMs, reset: false, slowBodyMs: f.slowBodyMs ?? 0 };
    if (f.resetRate && this.prng.chance(f.resetRate)) {
      decision.reset = true;
      return decision;
    }
    this.counted++;
    if (f.secondaryLimit && this.counted % f.secondaryLimit.every === 0) {
      decision.secondary = { status: f.secondaryLimit.status, retryAfter: f.secondaryLimit.retryAfter };
      return decision;
    }
    const rate = f.errorRate?.[routeKey] ?? f.errorRate?.['*'] ?? 0;
    if (rate > 0 && this.prng.chance(rate)) decision.serverError = this.prng.pick([500, 502, 503] as const);
    return decision;
  }
}

function validateFaults(f: Faults): Faults {
  const rate = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(v >= 0 && v <= 1)) throw new Error(`${name} must be a probability in [0, 1], got ${v}`);
  };
  rate('resetRate', f.resetRate);
  for (const [k, v] of Object.entries(f.errorRate ?? {})) rate(`errorRate[${k}]`, v);
  if (f.slowBodyMs !== undefined && !(f.slowBodyMs >= 0)) throw new Error(`slowBodyMs must be >= 0, got ${f.slowBodyMs}`);
  const s = f.secondaryLimit;
  if (s && (!Number.isInteger(s.every) || s.every < 1 || (s.status !== 403 && s.status !== 429) || !(s.retryAfter >= 0))) {
    throw new Error(`secondaryLimit expects { every: integer >= 1, status: 403 | 429, retryAfter: seconds }, got ${JSON.stringify(s)}`);
  }
  return f;
}
