/**
 * Writes of one token are spaced: GitHub's guidance for mutative requests (POST, PATCH, PUT,
 * DELETE) is to wait at least one second between them, to stay clear of secondary limits.
 * Each caller's writes queue behind the previous one; reads never wait here.
 */
import { sleep } from './sleep.js';
export interface WriteSpacing {
  /** Resolves when this caller may send its next write, and books the slot after it. */
  turn(caller: string, signal?: AbortSignal): Promise<void>;
}

export class WriteSpacer implements WriteSpacing {
  /** Epoch milliseconds at which each caller's next write may go. */
  readonly #next = new Map<string, number>();

  constructor(
    readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(intervalMs) || intervalMs < 0) {
      throw new RangeError(
        `WriteSpacer intervalMs must be a whole number of milliseconds, got ${intervalMs}`,
      );
    }
  }

  /** Resolves when this caller may send its next write, and books the slot after it. */
  async turn(caller: string, signal?: AbortSignal): Promise<void> {
    if (this.intervalMs === 0) return;
    const now = this.now();
    const at = Math.max(now, this.#next.get(caller) ?? 0);
    this.#next.set(caller, at + this.intervalMs);
    if (this.#next.size > 10_000) {
      for (const [key, value] of this.#next) if (value <= now) this.#next.delete(key);
    }
    if (at > now) await sleep(at - now, signal);
  }
}
