/** Generated files are artifacts of the code: these fail when they are stale. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/print-schema.js';

describe('generated files', () => {
  it('schema.graphql matches the Pothos schema (run `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('typed documents match schema.graphql and the operations (run `npm run codegen`)', () => {
    const root = new URL('../../', import.meta.url);
    expect(() =>
      execFileSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  }, 60_000);
});
