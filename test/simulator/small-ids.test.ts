/** The benchmark's peer types ids as 32-bit Int; `smallIds` gives it a world it can address. */
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index.js';

describe('simulator ids', () => {
  it('look like github.com today by default, and stay below 2^31 with smallIds', async () => {
    for (const [smallIds, below] of [
      [false, false],
      [true, true],
    ] as const) {
      const sim = await startSimulator({ port: 0, size: 'small', smallIds });
      try {
        const runs = sim.state.runs('octo-org/octo-repo');
        const jobs = runs.flatMap((run) => run.attempts.flatMap((attempt) => attempt.jobs));
        for (const id of [...runs.map((run) => run.id), ...jobs.map((job) => job.id)]) {
          expect(id < 2 ** 31, `${id}`).toBe(below);
        }
      } finally {
        await sim.close();
      }
    }
  });
});
