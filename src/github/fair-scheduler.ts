/**
 * Fair scheduling of upstream requests: at most `perCaller` requests of one caller (one
 * token; anonymous callers share one key) in flight, at most `total` for the process, and
 * when a slot frees, the callers waiting take turns (round-robin), so one caller's fan-out
 * of 500 requests cannot hold back another caller's first one.
 *
 * GitHub's limits are per token, so the per-caller counts are what replicas must share: they
 * live behind `InFlightStore` (in memory here; a Redis store can fill the same interface).
 * The queue of waiting tasks and the process-wide cap stay in the process.
 */
import type { UpstreamScheduler } from './scheduler.js';

type MaybePromise<T> = T | Promise<T>;

/** Requests in flight per caller key (a `callerKey()` hash, never a token). */
export interface InFlightStore {
  /** Takes one of the caller's `limit` slots when one is free; says whether it did. */
  acquire(caller: string, limit: number): MaybePromise<boolean>;
  /** Gives back a slot `acquire` took. */
  release(caller: string): MaybePromise<void>;
}

export class MemoryInFlightStore implements InFlightStore {
  readonly #counts = new Map<string, number>();

  acquire(caller: string, limit: number): boolean {
    const count = this.#counts.get(caller) ?? 0;
    if (count >= limit) return false;
    this.#counts.set(caller, count + 1);
    return true;
  }

  release(caller: string): void {
    const count = (this.#counts.get(caller) ?? 0) - 1;
    // Idle callers leave the map, so many one-off tokens do not grow it.
    if (count > 0) this.#counts.set(caller, count);
    else this.#counts.delete(caller);
  }

  /** Requests of `caller` in flight now. */
  inFlight(caller: string): number {
    return this.#counts.get(caller) ?? 0;
  }
}

export interface FairSchedulerOptions {
  /** Most requests of one caller in flight at once. */
  perCaller: number;
  /** Most requests of the process in flight at once (size the connection pool to match). */
  total: number;
  store?: InFlightStore;
}

interface Waiting {
  start(): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  reject(reason: unknown): void;
}

export class FairScheduler implements UpstreamScheduler {
  readonly #perCaller: number;
  readonly #total: number;
  readonly #store: InFlightStore;
  /** Waiting tasks by caller; the map's order is the turn order (a served caller goes last). */
  readonly #waiting = new Map<string, Waiting[]>();
  #running = 0;
  #pumping = false;
  #pumpAgain = false;

  constructor({ perCaller, total, store = new MemoryInFlightStore() }: FairSchedulerOptions) {
    for (const [name, value] of Object.entries({ perCaller, total }))
      if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`FairScheduler: ${name} must be an integer >= 1, got ${value}`);
    this.#perCaller = perCaller;
    this.#total = total;
    this.#store = store;
  }

  /** Tasks waiting for a slot, all callers together. */
  get waiting(): number {
    let n = 0;
    for (const queue of this.#waiting.values()) n += queue.length;
    return n;
  }

  /** Tasks running now, all callers together. */
  get running(): number {
    return this.#running;
  }

  run<T>(caller: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        signal,
        reject,
        start: () => {
          signal?.removeEventListener('abort', entry.onAbort);
          this.#running += 1;
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error);
          }
          settled.then(
            (value) => {
              this.#finished(caller);
              resolve(value);
            },
            (error: unknown) => {
              this.#finished(caller);
              reject(error);
            },
          );
        },
        // A task that is no longer wanted leaves the queue at once, taking no slot.
        onAbort: () => {
          const queue = this.#waiting.get(caller);
          const at = queue?.indexOf(entry) ?? -1;
          if (queue && at >= 0) {
            queue.splice(at, 1);
            if (queue.length === 0) this.#waiting.delete(caller);
          }
          reject(signal!.reason);
        },
      };
      signal?.addEventListener('abort', entry.onAbort, { once: true });
      const queue = this.#waiting.get(caller);
      if (queue) queue.push(entry);
      else this.#waiting.set(caller, [entry]);
      void this.#pump();
    });
  }

  /** Gives the slot back before the caller hears the answer, without waiting for a shared store. */
  #finished(caller: string): void {
    this.#running -= 1;
    let released: MaybePromise<void>;
    try {
      released = this.#store.release(caller);
    } catch {
      released = undefined; // a store that cannot be reached must not wedge the queue
    }
    Promise.resolve(released)
      .catch(() => undefined)
      .then(() => this.#pump());
  }

  /**
   * Starts what may start. One pump at a time, so an asynchronous store cannot interleave
   * two; a call while one runs makes it go round once more.
   */
  async #pump(): Promise<void> {
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    try {
      do {
        this.#pumpAgain = false;
        // Callers at their own limit are skipped for this round, not dropped from their turn.
        const full = new Set<string>();
        while (this.#running < this.#total) {
          const caller = this.#nextCaller(full);
          if (caller === undefined) break;
          let acquired: boolean;
          try {
            // An in-memory store answers at once: then the task starts in this very turn,
            // with no hop through the microtask queue.
            const answer = this.#store.acquire(caller, this.#perCaller);
            acquired = typeof answer === 'boolean' ? answer : await answer;
          } catch (error) {
            this.#waiting.get(caller)?.[0]?.reject(error);
            this.#take(caller);
            continue;
          }
          if (!acquired) {
            full.add(caller);
            continue;
          }
          const entry = this.#take(caller);
          if (entry) entry.start();
          else await this.#store.release(caller); // it aborted while the store answered
        }
      } while (this.#pumpAgain);
    } finally {
      this.#pumping = false;
    }
  }

  #nextCaller(skip: ReadonlySet<string>): string | undefined {
    for (const caller of this.#waiting.keys()) if (!skip.has(caller)) return caller;
    return undefined;
  }

  /** Takes the caller's first waiting task and sends the caller to the back of the turns. */
  #take(caller: string): Waiting | undefined {
    const queue = this.#waiting.get(caller);
    if (!queue) return undefined;
    const entry = queue.shift();
    this.#waiting.delete(caller);
    if (queue.length > 0) this.#waiting.set(caller, queue);
    if (entry) entry.signal?.removeEventListener('abort', entry.onAbort);
    return entry;
  }
}
