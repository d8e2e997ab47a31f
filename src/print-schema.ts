/**
 * Writes `schema.graphql` from the Pothos schema, sorted so diffs are stable.
 * `--check` exits 1 instead when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  const printed = printedSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== printed) {
      console.error('schema.graphql is stale: run `npm run schema` and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, printed);
    console.log('wrote schema.graphql');
  }
}
