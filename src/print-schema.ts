/**
 * Writes the two printed schemas, sorted so diffs are stable:
 * - `schema.graphql`, the plain schema the gateway serves by default;
 * - `subgraph.graphql`, the Federation 2 subgraph SDL (`FEDERATION=true`), printed with
 *   `printSubgraphSchema` so `@link` and `@key` are kept, as composition needs them.
 * `--check` exits 1 instead when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { subgraphSchema } from './schema/federation.js';
import { schema } from './schema/index.js';

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);
export const SUBGRAPH_FILE = new URL('../subgraph.graphql', import.meta.url);

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function printedSubgraph(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(subgraphSchema()))}\n`;
}

const PRINTED = [
  { file: SCHEMA_FILE, name: 'schema.graphql', print: printedSchema },
  { file: SUBGRAPH_FILE, name: 'subgraph.graphql', print: printedSubgraph },
];

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const { file, name, print } of PRINTED) {
    const printed = print();
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // A missing file is as stale as a wrong one.
      }
      if (current !== printed) {
        console.error(`${name} is stale: run \`npm run schema\` and commit it.`);
        stale = true;
      }
    } else {
      writeFileSync(file, printed);
      console.log(`wrote ${name}`);
    }
  }
  if (stale) process.exit(1);
}
