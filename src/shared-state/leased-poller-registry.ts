/**
 * One poller for the fleet: a poll key (resource, filter, token hash) is polled by the one
 * replica holding its lease in Redis (`SET NX PX`, renewed five times an interval). A replica
 * with subscribers on that key and no lease keeps asking; when the holder dies its lease
 * runs out within 0.6 of an interval and another replica, asking every fifth of one,
 * polls from then on: the key is polled again within 0.8 of an interval of the death. The holder's events
 * go through the shared event target, so subscribers on every replica get them.
 *
 * The holder keeps what it last saw (the task's state) in Redis, sealed: the next holder
 * compares its first answer with it, so a change made while the lease moved is not missed.
 * While Redis is away every replica with subscribers polls for itself, as one process would.
 */
import { randomUUID } from 'node:crypto';
import type { PollerLease, PollerRegistry } from '../live/poller-registry.js';
import { Poller, type PollTask } from '../live/poller.js';
import { HeldEntries } from '../live/held-entries.js';
import type { KeyNames } from './key-names.js';
import type { RedisLink } from './redis-link.js';
import type { SecretBox } from './secret-box.js';

/** Takes the lease when free, renews it when this replica holds it; 1 when it is ours. */
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

interface Entry {
  task: PollTask;
  lease: string;
  state: string;
  poller: Poller | undefined;
  timer: NodeJS.Timeout;
  claiming: boolean;
  closed: boolean;
  ready: Promise<void>;
  settle: () => void;
}

export interface LeasedPollerRegistryOptions {
  link: RedisLink;
  names: KeyNames;
  /** Seals the task state handed between holders. */
  box: SecretBox;
  intervalMs: number;
}

export class LeasedPollerRegistry implements PollerRegistry {
  readonly #entries = new HeldEntries<Entry>((entry) => this.#stop(entry));
  /** This replica, as a lease holder. */
  readonly id = randomUUID();
  readonly leaseMs: number;
  readonly claimEveryMs: number;

  constructor(private readonly options: LeasedPollerRegistryOptions) {
    this.leaseMs = Math.ceil(options.intervalMs * 0.6);
    this.claimEveryMs = Math.floor(options.intervalMs / 5);
  }

  acquire(key: string, create: () => PollTask): PollerLease {
    const { value: held, release } = this.#entries.hold(key, () => {
      let settle!: () => void;
      const ready = new Promise<void>((resolve) => (settle = resolve));
      const created: Entry = {
        task: create(),
        lease: this.options.names.name('lease', key),
        state: this.options.names.name('poll-state', key),
        poller: undefined,
        timer: setInterval(() => void this.#claim(created), this.claimEveryMs),
        claiming: false,
        closed: false,
        ready,
        settle,
      };
      created.timer.unref();
      void this.#claim(created);
      return created;
    });
    return { release, ready: held.ready };
  }

  /** Keys this replica polls now. */
  get active(): number {
    let polling = 0;
    for (const entry of this.#entries.values()) if (entry.poller) polling += 1;
    return polling;
  }

  close(): void {
    this.#entries.clear();
  }

  /** Takes or renews the lease; true when this replica may poll (always, while Redis is away). */
  async #holds(entry: Entry): Promise<boolean> {
    try {
      const { link } = this.options;
      return (await link.commands.eval(CLAIM, 1, entry.lease, this.id, this.leaseMs)) === 1;
    } catch {
      return true; // Redis away: poll here, as one process would.
    }
  }

  async #claim(entry: Entry): Promise<void> {
    if (entry.claiming || entry.closed) return;
    entry.claiming = true;
    try {
      const ours = await this.#holds(entry);
      if (entry.closed) return;
      if (ours && !entry.poller) {
        const task = await this.#handedOver(entry);
        if (entry.closed) return;
        entry.poller = new Poller(task, this.options.intervalMs);
        entry.poller.start();
        void entry.poller.firstPoll.then(entry.settle);
      } else if (!ours) this.#yield(entry);
    } finally {
      entry.claiming = false;
    }
  }

  /** Another replica polls, and its events reach this one: nothing here to wait for. */
  #yield(entry: Entry): void {
    entry.poller?.stop();
    entry.poller = undefined;
    entry.settle();
  }

  /**
   * The task as this replica runs it: the last holder's state restored first, the lease
   * checked again before each poll (a replica that lost it while its event loop stalled
   * does not poll beside the new holder), and the state kept after each poll.
   */
  async #handedOver(entry: Entry): Promise<PollTask> {
    const { task } = entry;
    const { link, box } = this.options;
    const keep = task.state;
    try {
      const saved = keep && (await link.commands.getBuffer(entry.state));
      const plain = saved && box.open(saved, entry.state);
      if (plain) keep!.restore(plain.toString());
    } catch {
      // Nothing to compare with: the first poll takes the baseline, as a new poller does.
    }
    const stateTtlMs = Math.max(60_000, this.options.intervalMs * 3);
    return {
      poll: async () => {
        if (!(await this.#holds(entry))) {
          this.#yield(entry);
          return {};
        }
        const outcome = await task.poll();
        const state = keep?.save();
        if (state !== undefined && !entry.closed && entry.poller)
          await link.commands
            .set(entry.state, box.seal(state, entry.state), 'PX', stateTtlMs)
            .catch(() => undefined);
        return outcome;
      },
    };
  }

  #stop(entry: Entry): void {
    entry.closed = true;
    clearInterval(entry.timer);
    const polled = entry.poller !== undefined;
    entry.poller?.stop();
    entry.poller = undefined;
    entry.settle();
    if (polled)
      void this.options.link.commands.eval(RELEASE, 1, entry.lease, this.id).catch(() => undefined);
  }
}
