/**
 * The simulator's own clock. It starts at a fixed instant (so the seeded world, its dates
 * and every `created` filter are reproducible) and then runs at wall-clock speed unless a
 * test freezes it. Run lifecycles, signed-URL expiry and rate-limit windows all read it.
 */
export interface Clock {
  now(): Date;
  freeze(at?: Date): void;
  advance(ms: number): void;
  unfreeze(): void;
  readonly frozen: boolean;
}

export const DEFAULT_CLOCK_START = new Date('2026-06-01T12:00:00Z');

export function createClock(start: Date = DEFAULT_CLOCK_START): Clock {
  // offset + performance.now() = simulated epoch ms while running; frozenAt while frozen.
  let offset = start.getTime() - performance.now();
  let frozenAt: number | undefined;
  const nowMs = (): number => frozenAt ?? Math.floor(offset + performance.now());
  return {
    now: () => new Date(nowMs()),
    freeze(at) {
      frozenAt = at ? at.getTime() : nowMs();
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`clock.advance expects a non-negative number of ms, got ${ms}`);
      if (frozenAt !== undefined) frozenAt += ms;
      else offset += ms;
    },
    unfreeze() {
      if (frozenAt === undefined) return;
      offset = frozenAt - performance.now();
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
