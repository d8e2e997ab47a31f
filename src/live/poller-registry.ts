/**
 * Who polls what: one poller per key (repository or run, token hash, filter), started by
 * its first holder and stopped when the last one lets go. The interface is all the
 * subscription code sees, so a registry that takes a lease in a shared store (one poller
 * for a fleet of replicas) can replace the in-process one.
 */
import { Poller, type PollTask } from './poller.js';

export interface PollerLease {
  /** Gives this holder's claim back; the last one stops the poller. */
  release(): void;
  /** Settles once the poller has taken its first look, so no later change can be missed. */
  ready: Promise<void>;
}

export interface PollerRegistry {
  /** Claims the poller of `key`, creating its task on first claim. */
  acquire(key: string, create: () => PollTask): PollerLease;
  /** Keys being polled now. */
  readonly active: number;
  close(): void;
}

export class InProcessPollerRegistry implements PollerRegistry {
  readonly #pollers = new Map<string, { holders: number; poller: Poller }>();

  constructor(private readonly intervalMs: number) {}

  acquire(key: string, create: () => PollTask): PollerLease {
    let entry = this.#pollers.get(key);
    if (!entry) {
      entry = { holders: 0, poller: new Poller(create(), this.intervalMs) };
      this.#pollers.set(key, entry);
      entry.poller.start();
    }
    entry.holders += 1;
    const held = entry;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders === 0 && this.#pollers.get(key) === held) {
        held.poller.stop();
        this.#pollers.delete(key);
      }
    };
    return { release, ready: held.poller.firstPoll };
  }

  get active(): number {
    return this.#pollers.size;
  }

  close(): void {
    for (const { poller } of this.#pollers.values()) poller.stop();
    this.#pollers.clear();
  }
}
