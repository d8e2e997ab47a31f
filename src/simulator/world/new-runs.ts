/**
 * New runs on the clock, for a world that looks alive (demo mode): every `everyMs` of
 * simulated time a run of one of the repository's active workflows is created, queued,
 * and then moved through its states by the lifecycle like any other. Runs are created for
 * the instants they were due, however late the simulator looks, but a clock that jumps far
 * ahead (a test advancing hours) creates only the last few, not thousands.
 */
import { createPrng, type Prng } from '../prng.js';
import { dispatchRun } from './lifecycle.js';
import { fullName, type RepoRecord, type UserRecord, type World } from './model.js';
import { SEEDED_USERS } from './seed-world.js';

export interface NewRunsOptions {
  /** Simulated milliseconds between two new runs. */
  everyMs: number;
  /** `owner/name` of the repository that gets them; default `octo-org/octo-repo`. */
  repository?: string;
}

const MOST_AT_ONCE = 5;
const ACTORS: readonly UserRecord[] = [
  SEEDED_USERS.octocat,
  SEEDED_USERS.monalisa,
  SEEDED_USERS.lisa,
];
const BRANCHES = ['main', 'main', 'feature/live-runs', 'release/1.x'];

export class NewRuns {
  readonly #prng: Prng;
  readonly #repo: RepoRecord;
  #next: number;

  constructor(
    private readonly world: World,
    private readonly options: NewRunsOptions,
    start: Date,
  ) {
    if (!(Number.isFinite(options.everyMs) && options.everyMs >= 100))
      throw new Error(`newRuns.everyMs must be at least 100 ms, got ${options.everyMs}`);
    const name = (options.repository ?? 'octo-org/octo-repo').toLowerCase();
    const repo = world.repos.find((r) => fullName(r).toLowerCase() === name);
    if (!repo) throw new Error(`newRuns.repository ${options.repository} is not in the world`);
    this.#repo = repo;
    this.#prng = createPrng(repo.id);
    this.#next = start.getTime() + options.everyMs;
  }

  /** Creates the runs due by `now`. */
  due(now: Date): void {
    const due = Math.floor((now.getTime() - this.#next) / this.options.everyMs) + 1;
    if (due <= 0) return;
    const skipped = Math.max(0, due - MOST_AT_ONCE);
    this.#next += skipped * this.options.everyMs;
    for (let i = skipped; i < due; i++) {
      const workflows = this.#repo.workflows.filter((w) => (w.state ?? 'active') === 'active');
      if (workflows.length > 0) {
        const run = dispatchRun(
          this.world,
          this.#repo,
          this.#prng.pick(workflows),
          this.#prng.pick(BRANCHES),
          this.#prng.pick(ACTORS),
          new Date(this.#next),
        );
        run.event = 'push';
      }
      this.#next += this.options.everyMs;
    }
  }
}
