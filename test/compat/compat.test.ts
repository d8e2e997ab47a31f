/**
 * The GitHub-compatibility rule: an operation valid against GitHub's GraphQL schema that
 * touches only the types this gateway shares with it must be valid against ours. The
 * corpus is `operations/*.graphql`, written as a GitHub user would write them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { schema as github } from '@octokit/graphql-schema';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

// The published SDL repeats two fields of an enterprise type; the rest is sound.
const githubSchema = buildSchema(github.idl, { assumeValidSDL: true });
const folder = new URL('./operations/', import.meta.url);
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

describe("GitHub's GraphQL operations", () => {
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s is valid against GitHub and against this gateway', (file) => {
    const document = parse(readFileSync(new URL(file, folder), 'utf8'));
    expect(validate(githubSchema, document).map((e) => e.message)).toEqual([]);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it('would catch a drift: a GitHub field this gateway lacks is reported', () => {
    const document = parse('query { node(id: "x") { ... on WorkflowRun { checkSuite { id } } } }');
    expect(validate(githubSchema, document)).toEqual([]);
    const errors = validate(schema, document).map((e) => e.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Cannot query field "checkSuite" on type "WorkflowRun"/);
  });
});
