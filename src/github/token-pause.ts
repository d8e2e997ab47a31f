/**
 * A token GitHub told to wait waits: after a secondary rate limit (`retry-after`, or 60 s
 * when GitHub's secondary-limit answer carries none) or an exhausted primary limit (until
 * `x-ratelimit-reset`), every further request of that token fails fast with `RATE_LIMITED`
 * and is never sent, until the time has passed. GitHub's guidance: continuing to send during
 * a secondary limit can get an integration banned.
 *
 * The store is an interface so replicas can share it (Redis); this one is in-process.
 * Keys are `callerKey()` hashes, never tokens.
 */
export interface Pause {
  /** Epoch milliseconds when requests may go again. */
  until: number;
  /** `secondary`: answer with `retryAfter`; `primary`: answer with `resetAt`. */
  kind: 'secondary' | 'primary';
}

type MaybePromise<T> = T | Promise<T>;

export interface PauseStore {
  get(caller: string): MaybePromise<Pause | undefined>;
  set(caller: string, pause: Pause): MaybePromise<void>;
}

/** GitHub's advice when a secondary limit says nothing of when to retry. */
export const SECONDARY_LIMIT_DEFAULT_MS = 60_000;

export class MemoryPauseStore implements PauseStore {
  readonly #pauses = new Map<string, Pause>();

  constructor(private readonly now: () => number = Date.now) {}

  get(caller: string): Pause | undefined {
    const pause = this.#pauses.get(caller);
    if (pause && pause.until <= this.now()) {
      this.#pauses.delete(caller);
      return undefined;
    }
    return pause;
  }

  clear(): void {
    this.#pauses.clear();
  }

  set(caller: string, pause: Pause): void {
    const current = this.get(caller);
    if (!current || current.until < pause.until) this.#pauses.set(caller, pause);
    // Expired entries go on read; bound the map too, so many one-off tokens cannot grow it.
    if (this.#pauses.size > 10_000) {
      for (const [key, value] of this.#pauses)
        if (value.until <= this.now()) this.#pauses.delete(key);
    }
  }
}

/** The pause a rate-limited answer calls for. */
export function pauseFor(
  answer: { retryAfter?: number | undefined; resetAt?: string | undefined },
  now: number,
): Pause {
  if (answer.retryAfter !== undefined)
    return { until: now + answer.retryAfter * 1000, kind: 'secondary' };
  const reset = answer.resetAt ? Date.parse(answer.resetAt) : Number.NaN;
  // A reset time already past (clock skew with GitHub) would pause nothing: wait a minute.
  if (Number.isFinite(reset) && reset > now) return { until: reset, kind: 'primary' };
  return {
    until: now + SECONDARY_LIMIT_DEFAULT_MS,
    kind: answer.resetAt ? 'primary' : 'secondary',
  };
}
