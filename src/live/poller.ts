/**
 * Runs one poll task on an interval until stopped. The task says when it may run again:
 * GitHub's `X-Poll-Interval` can stretch the interval, and a rate-limit answer pushes the
 * next poll past its `Retry-After` or reset, so a limited token is not used again early.
 */
export interface PollOutcome {
  /** Earliest time of the next poll (epoch ms), when GitHub asked to wait. */
  notBefore?: number | undefined;
  /** Seconds GitHub's `X-Poll-Interval` asked for. */
  pollIntervalSeconds?: number | undefined;
}

export interface PollTask {
  poll(): Promise<PollOutcome>;
  /** What the next answer is compared with, so another replica can take over the task. */
  state?: { save(): string | undefined; restore(saved: string): void } | undefined;
}

export class Poller {
  #timer: NodeJS.Timeout | undefined;
  #stopped = true;
  #polls = 0;
  #firstDone!: () => void;
  /** Settles after the first poll, whatever it answered. */
  readonly firstPoll = new Promise<void>((resolve) => (this.#firstDone = resolve));

  constructor(
    private readonly task: PollTask,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  stop(): void {
    this.#firstDone();
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  get polls(): number {
    return this.#polls;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#run(), delayMs);
    this.#timer.unref();
  }

  async #run(): Promise<void> {
    this.#polls += 1;
    let outcome: PollOutcome = {};
    try {
      outcome = await this.task.poll();
    } catch {
      // A task reports its own failures to its subscribers; a throw here is only retried.
    }
    this.#firstDone();
    const interval = Math.max(this.intervalMs, (outcome.pollIntervalSeconds ?? 0) * 1000);
    const waitUntil = outcome.notBefore !== undefined ? outcome.notBefore - Date.now() : 0;
    this.#schedule(Math.max(interval, waitUntil));
  }
}
