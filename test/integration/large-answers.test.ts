/**
 * Large answers (more than 2,000 list items) are serialized and written in chunks
 * (src/plugins/use-event-loop-turns.ts): the text is the one `JSON.stringify` gives, over
 * JSON and over SSE, from every gateway a process holds; one workflow's runs shown under
 * each of 200 runs cost one listing. Timing is test/alone/event-loop.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, type Simulator, startSimulator } from '../../src/simulator/index.js';
import { createGateway } from '../../src/yoga.js';
import { heavyQuery, NODES_PER_WINDOW } from '../helpers/event-loop-load.js';

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, size: 'default' });
  simulator.clock.freeze();
});
afterAll(() => simulator?.close());

type Gateway = ReturnType<typeof createGateway>;
const post = (gateway: Gateway, query: string, accept = 'application/json') =>
  gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept,
      authorization: `Bearer ${DEMO_TOKENS.admin}`,
    },
    body: JSON.stringify({ query }),
  });

interface Heavy {
  data: {
    repository: Record<
      string,
      { nodes: Array<{ workflow: { id: string; runs: { nodes: unknown[] } } | null }> }
    >;
  };
  errors?: Array<{ extensions: { code: string }; path: unknown[] }>;
}
const nodesOf = (answer: Heavy) =>
  Object.values(answer.data.repository).reduce(
    (sum, window) =>
      sum +
      window.nodes.length +
      window.nodes.reduce((n, run) => n + (run.workflow?.runs.nodes.length ?? 0), 0),
    0,
  );

describe('large answers', () => {
  it('are written in chunks, the same text as JSON.stringify, by every gateway of the process', async () => {
    for (let i = 0; i < 2; i++) {
      const gateway = createGateway({ upstream: { apiUrl: simulator.url } });
      try {
        simulator.requests.reset();
        const response = await post(gateway, heavyQuery(2));
        expect(response.status).toBe(200);
        // A chunked body has no length up front; Yoga's one string would have one.
        expect(response.headers.get('content-length')).toBeNull();
        const text = await response.text();
        const answer = JSON.parse(text) as Heavy;
        expect(text).toBe(JSON.stringify(answer));
        expect(nodesOf(answer)).toBeGreaterThan(0.9 * 2 * NODES_PER_WINDOW);
        // Runs of a required workflow defined in another repository: their `workflow` is an
        // error beside the data, written too.
        expect(answer.errors?.length).toBeGreaterThan(0);
        for (const error of answer.errors!) {
          expect(error.extensions.code).toBe('NOT_FOUND');
          expect(error.path.at(-1)).toBe('workflow');
        }
        // Each workflow's runs listed once, however many of the 200 runs show them.
        const workflows = new Set(
          Object.values(answer.data.repository).flatMap((w) =>
            w.nodes.flatMap((run) => (run.workflow ? [run.workflow.id] : [])),
          ),
        );
        expect(workflows.size).toBeGreaterThan(1);
        expect(
          simulator.requests.total({
            route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
          }),
        ).toBe(workflows.size);
        // Small answers keep Yoga's single string.
        const small = await post(
          gateway,
          '{ repository(owner: "octo-org", name: "octo-repo") { workflowRuns(first: 5) { nodes { id } } } }',
        );
        expect(small.headers.get('content-length')).toBe(String((await small.text()).length));
      } finally {
        await gateway.close();
      }
    }
  });

  it("over SSE (Yoga's other processor) give the same answer as over JSON", async () => {
    const gateway = createGateway({ upstream: { apiUrl: simulator.url } });
    try {
      const json = await (await post(gateway, heavyQuery(1))).json();
      const sse = await (await post(gateway, heavyQuery(1), 'text/event-stream')).text();
      const lines = sse.split('\n');
      const event = lines[lines.indexOf('event: next') + 1]!;
      expect(JSON.parse(event.slice('data: '.length))).toEqual(json);
    } finally {
      await gateway.close();
    }
  });
});
