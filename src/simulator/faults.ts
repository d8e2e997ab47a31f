/**
 * Fault injection. Decisions draw from a PRNG seeded from the simulator's seed, so a
 * fault test with a given seed and request order sees the same faults every time.
 */
import type { Faults } from './options.js';
import { createPrng, type Prng } from './prng.js';

export interface FaultDecision {
  latencyMs: number;
  reset: boolean;
  /** `retryAfter` absent: GitHub's secondary-limit message alone, with no `retry-after` header. */
  secondary?: { status: 403 | 429; retryAfter?: number | undefined };
  serverError?: 500 | 502 | 503;
  slowBodyMs: number;
}

export class FaultInjector {
  private faults: Faults;
  private readonly prng: Prng;
  private counted = 0;

  constructor(seed: number, initial: Faults = {}) {
    this.prng = createPrng(seed ^ 0x5eed);
    this.faults = validateFaults({ ...initial });
  }

  current(): Faults {
    return structuredClone(this.faults);
  }

  /** Merges `patch` in; a fault given as `null` is turned off, the others kept. */
  set(patch: { [K in keyof Faults]?: Faults[K] | null }): void {
    const merged: Record<string, unknown> = { ...this.faults, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
    this.faults = validateFaults(merged as Faults);
  }

  clear(): void {
    this.faults = {};
    this.counted = 0;
  }

  decide(routeKey: string): FaultDecision {
    const f = this.faults;
    let latencyMs = f.latency?.fixedMs ?? 0;
    if (f.latency?.medianMs) latencyMs += f.latency.medianMs * Math.exp(0.5 * this.prng.normal());
    const decision: FaultDecision = { latencyMs, reset: false, slowBodyMs: f.slowBodyMs ?? 0 };
    if (f.resetRate && this.prng.chance(f.resetRate)) {
      decision.reset = true;
      return decision;
    }
    this.counted++;
    if (f.secondaryLimit && this.counted % f.secondaryLimit.every === 0) {
      decision.secondary = {
        status: f.secondaryLimit.status,
        retryAfter: f.secondaryLimit.retryAfter,
      };
      return decision;
    }
    const rate = f.errorRate?.[routeKey] ?? f.errorRate?.['*'] ?? 0;
    if (rate > 0 && this.prng.chance(rate))
      decision.serverError = this.prng.pick([500, 502, 503] as const);
    return decision;
  }
}

/**
 * The keys each fault takes. A key outside them is refused rather than ignored: a client
 * that misspells a fault (or sends one this simulator does not know) would otherwise
 * measure without it and never learn.
 */
const FAULT_KEYS: Record<keyof Faults, readonly string[] | 'any'> = {
  latency: ['fixedMs', 'medianMs'],
  errorRate: 'any',
  resetRate: [],
  slowBodyMs: [],
  secondaryLimit: ['every', 'status', 'retryAfter'],
};

function checkKeys(f: Faults): void {
  for (const [key, value] of Object.entries(f)) {
    if (!Object.hasOwn(FAULT_KEYS, key)) {
      throw new Error(
        `unknown fault ${JSON.stringify(key)}; expected one of ${Object.keys(FAULT_KEYS).join(', ')}`,
      );
    }
    const inner = FAULT_KEYS[key as keyof Faults];
    if (inner === 'any' || inner.length === 0 || value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error(`${key} expects an object with ${inner.join(', ')}`);
    const unknown = Object.keys(value).filter((k) => !inner.includes(k));
    if (unknown.length > 0)
      throw new Error(
        `unknown ${key} option ${unknown.map((k) => JSON.stringify(k)).join(', ')}; expected ${inner.join(', ')}`,
      );
  }
}

function validateFaults(f: Faults): Faults {
  checkKeys(f);
  const ms = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && Number.isFinite(v)))
      throw new Error(`${name} must be a number of ms >= 0, got ${JSON.stringify(v)}`);
  };
  ms('latency.fixedMs', f.latency?.fixedMs);
  ms('latency.medianMs', f.latency?.medianMs);
  const rate = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(v >= 0 && v <= 1))
      throw new Error(`${name} must be a probability in [0, 1], got ${v}`);
  };
  rate('resetRate', f.resetRate);
  for (const [k, v] of Object.entries(f.errorRate ?? {})) rate(`errorRate[${k}]`, v);
  ms('slowBodyMs', f.slowBodyMs);
  const s = f.secondaryLimit;
  if (
    s &&
    (!Number.isInteger(s.every) ||
      s.every < 1 ||
      (s.status !== 403 && s.status !== 429) ||
      (s.retryAfter !== undefined && !(s.retryAfter >= 0)))
  ) {
    throw new Error(
      `secondaryLimit expects { every: integer >= 1, status: 403 | 429, retryAfter?: seconds }, got ${JSON.stringify(s)}`,
    );
  }
  return f;
}
