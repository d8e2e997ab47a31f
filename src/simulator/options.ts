/** Options of startSimulator and the faults it can inject (all off by default). */
import type { NewRunsOptions } from './world/new-runs.js';
import type { WorldSize } from './world/seed-world.js';

export interface LatencyOptions {
  /** Added to every API response. */
  fixedMs?: number;
  /** Log-normal latency around this median (sigma 0.5), on top of fixedMs. */
  medianMs?: number;
}

export interface Faults {
  /** Delay before each API answer; settable at run time like every other fault. */
  latency?: LatencyOptions;
  /** 5xx probability per route key (e.g. `/repos/{owner}/{repo}/actions/runs`) or `*`. */
  errorRate?: Record<string, number>;
  /** Probability that a request's connection is destroyed without an answer. */
  resetRate?: number;
  /** Spread each response body over this many ms (headers first, body in chunks). */
  slowBodyMs?: number;
  /** Every Nth API request answers `status` with `retry-after: retryAfter` (a secondary-limit burst). */
  /** Without `retryAfter`, the answer carries GitHub's secondary-limit message and no `retry-after`. */
  secondaryLimit?: { every: number; status: 403 | 429; retryAfter?: number };
}

export interface SimulatorOptions {
  /** 0 / undefined = ephemeral. Always binds 127.0.0.1. */
  port?: number;
  /** Default 1. */
  seed?: number;
  /** Runs in octo-repo: 'small' = 40, 'default' = 320, or a number (>= 23). */
  size?: WorldSize;
  /**
   * More private repositories, `octo-org/service-1` to `service-N` (N up to 50), each seeded
   * like public-site: for run listings across many repositories. Default 0.
   */
  services?: number;
  /**
   * Ids below 2^31, as GitHub's were years ago, for a client that types them as GraphQL's
   * 32-bit `Int` (a GraphQL Mesh OpenAPI source does: the benchmark's peer). Off by default:
   * the ids look like github.com's today.
   */
  smallIds?: boolean;
  /** The same as `faults.latency` (which wins when both are given). */
  latency?: LatencyOptions;
  faults?: Faults;
  /** Primary limit per token per hour, default 5000 (anonymous: 60, or this if lower). */
  rateLimit?: number;
  /** Deliver signed webhooks of the simulator's own state changes to this URL (see webhooks/webhook-sender.ts). */
  webhook?: { url: string; secret: string };
  /** Create a new run every `everyMs` of the clock (demo mode's live world); off by default. */
  newRuns?: NewRunsOptions;
  /** Where the simulator clock starts; default 2026-06-01T12:00:00Z, so the world is reproducible. */
  clockStart?: Date;
}
