/** Both printed schemas are artifacts of the code: these fail when either is stale. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  printedSchema,
  printedSubgraph,
  SCHEMA_FILE,
  SUBGRAPH_FILE,
} from '../../src/print-schema.js';
import { schemaFor } from '../../src/schema/select.js';

describe('printed schemas', () => {
  it('subgraph.graphql matches the federation schema (run `npm run schema`)', () => {
    expect(readFileSync(SUBGRAPH_FILE, 'utf8')).toBe(printedSubgraph());
  });

  it('`npm run schema -- --check` passes for schema.graphql and subgraph.graphql', () => {
    const root = new URL('../../', import.meta.url);
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/print-schema.ts', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('the plain schema is the default and carries nothing of federation', () => {
    const plain = printSchema(schemaFor({ federation: false }));
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
    expect(plain).not.toMatch(/_service|_entities|_Any|@key|ownerLogin/);
  });

  it('the subgraph SDL is one Apollo itself accepts, with the keys the issue names', () => {
    const sdl = readFileSync(SUBGRAPH_FILE, 'utf8');
    // buildSubgraphSchema validates federation directives and key fields.
    expect(() => buildSubgraphSchema({ typeDefs: parse(sdl) })).not.toThrow();
    const keysOf = (type: string) =>
      [
        ...(new RegExp(`^type ${type} implements[^{]*\\{`, 'm')
          .exec(sdl)?.[0]
          .matchAll(/@key\(fields: "([^"]+)"\)/g) ?? []),
      ].map((m) => m[1]);
    expect(keysOf('Repository')).toEqual(['nameWithOwner', 'ownerLogin name']);
    expect(keysOf('WorkflowRun')).toEqual(['id', 'nodeId']);
    expect(keysOf('Workflow')).toEqual(['id']);
    expect(keysOf('WorkflowJob')).toEqual(['id']);
  });
});
