import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for every package (Pothos, Yoga, ...), while Vite
    // would give our own files its `.mjs` one: two realms of graphql in one schema. Point
    // ours at the same entry Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Tests that time the gateway (test/alone/) run after the others, by themselves
    // (`TEST_ALONE=1`, the second half of `npm test`): a neighbour's CPU is not their figure.
    include: process.env.TEST_ALONE ? ['test/alone/**/*.test.ts'] : ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(process.env.TEST_ALONE ? [] : ['test/alone/**'])],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every integration test starts its own simulator on an ephemeral loopback port,
    // so files can run in parallel; two workers match the two cores CI has.
    maxWorkers: 2,
  },
});
