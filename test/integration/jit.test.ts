/**
 * graphql-jit (src/plugins/use-jit.ts) answers what graphql-js answers: every query the
 * project writes down (the README's, the tests', the examples') is executed by both, each
 * against a simulator of its own with the same clock, with a fresh context each, and the
 * answers, data and errors alike, must be equal. (The gateway compiles queries only.)
 */
import { execute, type ExecutionResult, OperationTypeNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { schema } from '../../src/schema/index.js';
import { DEFAULT_CLOCK_START, DEMO_TOKENS, startSimulator } from '../../src/simulator/index.js';
import { createUpstream } from '../../src/upstream.js';
import { createGateway } from '../../src/yoga.js';
import { corpus, sampleVariables } from '../limits/corpus.js';

const auth = `Bearer ${DEMO_TOKENS.admin}`;
const operations = corpus.filter(
  (op) => op.origin !== 'compat' && op.operation.operation === OperationTypeNode.QUERY,
);

async function simulatorAndContext() {
  const simulator = await startSimulator({ port: 0 });
  simulator.clock.freeze(DEFAULT_CLOCK_START);
  const { upstream, close } = createUpstream({ apiUrl: simulator.url });
  return {
    simulator,
    context: () => createContext(upstream, auth),
    close: async () => {
      await close();
      await simulator.close();
    },
  };
}

/** As the wire carries it (errors by their JSON form), each simulator's address made one. */
const wire = (result: ExecutionResult): { data?: unknown; errors?: Array<{ path: unknown[] }> } =>
  JSON.parse(
    JSON.stringify(result)
      .replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://simulator')
      .replace(/urlSignature=[^"&]+/g, 'urlSignature=signed'),
  );

/** Whether a field at `path` lies under one the answer nulled (an error's null propagated there). */
function underNull(data: unknown, path: unknown[]): boolean {
  let at = data;
  for (const key of path.slice(0, -1)) {
    if (at === null) return true;
    at = (at as Record<string, unknown>)[key as string];
  }
  return at === null;
}

describe('graphql-jit answers as graphql-js does', () => {
  let js: Awaited<ReturnType<typeof simulatorAndContext>>;
  let jit: Awaited<ReturnType<typeof simulatorAndContext>>;
  beforeAll(async () => {
    [js, jit] = await Promise.all([simulatorAndContext(), simulatorAndContext()]);
  });
  afterAll(async () => {
    await js.close();
    await jit.close();
  });

  it('has the queries to compare', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations.map((op) => [`${op.origin}: ${op.name}`, op] as const))(
    '%s',
    async (_name, op) => {
      const variableValues = sampleVariables(schema, op.operation);
      const compiled = compileQuery(schema, op.document, op.operation.name?.value, {
        useExperimentalPathBasedSkipInclude: true,
      });
      if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
      const expected = await execute({
        schema,
        document: op.document,
        operationName: op.operation.name?.value,
        contextValue: js.context(),
        variableValues,
      });
      const actual = wire(await compiled.query(undefined, jit.context(), variableValues));
      const wanted = wire(expected);
      expect(actual.data).toEqual(wanted.data);
      // The same errors, in any order. graphql-js stops collecting a nulled object's errors at
      // the first; graphql-jit keeps its siblings' too, each under the nulled object.
      const jsErrors = wanted.errors ?? [];
      expect(actual.errors ?? []).toEqual(expect.arrayContaining(jsErrors));
      const json = (e: unknown) => JSON.stringify(e);
      for (const extra of (actual.errors ?? []).filter(
        (e) => !jsErrors.some((j) => json(j) === json(e)),
      ))
        expect(underNull(actual.data, extra.path), json(extra)).toBe(true);
    },
  );
});

describe('the gateway with graphql-jit', () => {
  it('answers a repeated document the same each time, compiled from its second run on', async () => {
    const { simulator, close } = await simulatorAndContext();
    const gateway = createGateway({ upstream: { apiUrl: simulator.url } });
    try {
      const query = `query Runs($first: Int!, $skipActor: Boolean!) {
        repository(owner: "octo-org", name: "octo-repo") {
          workflowRuns(first: $first) { totalCount nodes { runNumber status ...Actor @skip(if: $skipActor) } }
          missing: workflowRun(databaseId: 1) { id } } }
        fragment Actor on WorkflowRun { actor { login } }`;
      const post = async (variables: object) => {
        const response = await gateway.fetch('http://gateway/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: auth },
          body: JSON.stringify({ query, variables }),
        });
        return response.json();
      };
      const answers = [];
      for (const skipActor of [false, false, true, true])
        answers.push(await post({ first: 3, skipActor }));
      expect(answers[0].data.repository.workflowRuns.nodes[0].actor.login).toEqual(
        expect.any(String),
      );
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2].data.repository.workflowRuns.nodes[0]).not.toHaveProperty('actor');
      expect(answers[3]).toEqual(answers[2]);
      // A variable of the wrong type is refused alike before and after compilation.
      const bad = await post({ first: 'three', skipActor: false });
      expect(bad.errors[0].message).toMatch(/\$first/);
      expect(bad.data).toBeUndefined();
    } finally {
      await gateway.close();
      await close();
    }
  });
});
