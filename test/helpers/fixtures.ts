/**
 * Vitest fixtures for the setup many test files share. `world`: a gateway in front of a
 * small simulated world whose clock is frozen (queued and running runs stay as seeded),
 * started once per file and closed after its last test. Tests that write change the world,
 * so they start their own (test/mutations/support.ts).
 */
import { test as base } from 'vitest';
import { type Harness, startHarness } from './harness.js';

export const test = base.extend<{ world: Harness }>({
  world: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const harness = await startHarness({ size: 'small' });
      harness.simulator.clock.freeze();
      await use(harness);
      await harness.close();
    },
    { scope: 'file' },
  ],
});
