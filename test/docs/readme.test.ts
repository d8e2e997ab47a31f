/** The README's GraphQL examples stay true: each is valid against the schema and runs in demo mode. */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, validate } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
/** Each operation of each block, with the variables a demo-mode reader would pass. */
const operations = blocks.flatMap((block) =>
  parse(block).definitions.map((definition) => ({
    name: 'name' in definition && definition.name ? definition.name.value : 'anonymous',
    document: { kind: Kind.DOCUMENT, definitions: [definition] } as const,
    source: block,
  })),
);
const DEMO_VARIABLES = {
  id: encodeGlobalId('WorkflowRun', 'octo-org/octo-repo/19800000389'),
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('README examples', () => {
  it('has examples of queries and of each mutation family', () => {
    const text = blocks.join('\n');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const family of [
      'cancelWorkflowRun',
      'rerunFailedJobs',
      'approveDeployments',
      'deleteWorkflowRun',
    ])
      expect(text).toContain(family);
  });

  it.each(operations.map((op) => [op.name, op] as const))(
    '%s is valid and runs against the demo world',
    async (_name, op) => {
      expect(validate(schema, op.document).map((e) => e.message)).toEqual([]);
      h = await startHarness();
      h.simulator.clock.freeze();
      const response = await h.execute(print(op.document), DEMO_VARIABLES);
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    },
  );
});
