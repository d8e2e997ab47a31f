/**
 * The static REST estimate against the real count at the simulator, for every query of the
 * README, the tests and the examples, and for the README's mutations: never below it, and
 * equal wherever the count does not depend on the data (`exact`).
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateDemand, restWindow } from '../../src/limits/demand.js';
import { resolveOperation } from '../../src/limits/operation.js';
import { schema } from '../../src/schema/index.js';
import { encodeCursor } from '../../src/loaders/paginate.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { type CorpusOperation, corpus, sampleVariables } from './corpus.js';

/** Connection items in an answer: what the estimate's `nodes` bounds. */
function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countNodes(item), 0);
  if (!value || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) =>
      sum +
      ((key === 'nodes' || key === 'edges') && Array.isArray(item) ? item.length : 0) +
      countNodes(item),
    0,
  );
}

/** Operations whose estimate was held equal to the real count. */
const compared: string[] = [];

function estimate(op: CorpusOperation, variables: Record<string, unknown>) {
  const resolved = resolveOperation(schema, op.document, undefined, variables)!;
  return estimateDemand(schema, resolved.operation, resolved.fragments, resolved.variables);
}

const queries = corpus.filter((op) => op.origin !== 'compat' && op.operation.operation === 'query');
const mutations = corpus.filter(
  (op) => op.origin === 'README' && op.operation.operation === 'mutation',
);

describe('the REST estimate against the real count', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.simulator.clock.freeze();
  });
  afterAll(() => h.close());

  it('has queries and mutations to compare', () => {
    expect(queries.length).toBeGreaterThan(30);
    expect(mutations.length).toBeGreaterThanOrEqual(4);
  });

  it.each(queries.map((op) => [`${op.origin}: ${op.name}`, op] as const))(
    '%s',
    async (_name, op) => {
      const variables = sampleVariables(schema, op.operation);
      const demand = estimate(op, variables);
      h.resetCalls();
      const response = await h.execute(print(op.document), variables);
      const real = h.upstreamCalls();
      expect(demand.requests).toBeGreaterThanOrEqual(real);
      // Per-item calls follow the items the listings return: equal when every window came back
      // full, which the answer's node count shows.
      if (demand.exact && countNodes(response.data) === demand.nodes) {
        expect(demand.requests).toBe(real);
        compared.push(op.name);
      }
    },
  );

  it.each(mutations.map((op) => [`README: ${op.name}`, op] as const))('%s', async (_name, op) => {
    const fresh = await startHarness();
    try {
      fresh.simulator.clock.freeze();
      const demand = estimate(op, {});
      await fresh.execute(print(op.document));
      expect(demand.requests).toBeGreaterThanOrEqual(fresh.upstreamCalls());
      if (demand.exact) expect(demand.requests).toBe(fresh.upstreamCalls());
    } finally {
      await fresh.close();
    }
  });

  it('is held equal to the real count for many of them', () => {
    // 16 of 37 today; the rest depend on the data (short listings, attempts, pending deployments).
    expect(compared.length).toBeGreaterThanOrEqual(15);
  });
});

describe('the window arithmetic of fetchWindow()', () => {
  it.each([
    ['first: 10', { first: 10 }, 1, 10],
    ['no first/last: the default page of 30', {}, 1, 30],
    ['a window that fits one per_page', { first: 10, after: encodeCursor(9) }, 1, 10],
    ['a window that straddles every per_page', { first: 100, after: encodeCursor(49) }, 2, 100],
    ['first: 0 still reads the count', { first: 0 }, 1, 0],
    ['last without before: the first page, then up to two', { last: 5 }, 3, 5],
    ['a refused argument sends nothing', { first: 101 }, 0, 0],
  ] as const)('%s', (_name, args, pages, size) => {
    expect(restWindow(args)).toMatchObject({ pages, size });
  });
});
