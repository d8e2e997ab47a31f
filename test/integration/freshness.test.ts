/**
 * Typed documents are artifacts of the schema and the operations: this fails when they are
 * stale. (The printed schemas have their own check in test/federation/printed-schemas.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('generated files', () => {
  it('typed documents match schema.graphql and the operations (run `npm run codegen`)', () => {
    const root = new URL('../../', import.meta.url);
    expect(() =>
      execFileSync(
        process.execPath,
        ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'],
        {
          cwd: root,
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  }, 60_000);
});
