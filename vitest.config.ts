import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every integration test starts its own simulator on an ephemeral loopback port,
    // so files can run in parallel; two workers match the two cores CI has.
    maxWorkers: 2,
  },
});
