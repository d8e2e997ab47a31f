/**
 * Who polls what: one poller per key (repository or run, token hash, filter), started by
 * its first holder and stopped when the last one lets go. The interface is all the
 * subscription code sees, so a registry that takes a lease in a shared store (one poller
 * for a fleet of replicas) can replace the in-process one.
 */
import { HeldEntries } from './held-entries.js';
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
  readonly #pollers = new HeldEntries<Poller>((poller) => poller.stop());

  constructor(private readonly intervalMs: number) {}

  acquire(key: string, create: () => PollTask): PollerLease {
    const { value: poller, release } = this.#pollers.hold(key, () => {
      const started = new Poller(create(), this.intervalMs);
      started.start();
      return started;
    });
    return { release, ready: poller.firstPoll };
  }

  get active(): number {
    return this.#pollers.size;
  }

  close(): void {
    this.#pollers.clear();
  }
}
