import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';

const REPO = '/repos/octo-org/octo-repo';
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ size: 'small' });
  h.simulator.clock.freeze();
});
afterAll(() => h.close());

const Buttons = `
  query ($running: BigInt!, $done: BigInt!) {
    repository(owner: "octo-org", name: "octo-repo") {
      running: workflowRun(databaseId: $running) { viewerCanCancel viewerCanRerun viewerCanDelete workflow { viewerCanDispatch } }
      done: workflowRun(databaseId: $done) { viewerCanCancel viewerCanRerun viewerCanDelete }
    }
  }`;

async function runIds() {
  const running = (
    await restGet(h.simulator.url, `${REPO}/actions/runs?status=in_progress&per_page=1`)
  ).body.workflow_runs[0].id;
  const done = (await restGet(h.simulator.url, `${REPO}/actions/runs?status=completed&per_page=1`))
    .body.workflow_runs[0].id;
  return { running, done };
}

it("gives an admin the buttons the run's state allows, from one repository call", async () => {
  const ids = await runIds();
  h.resetCalls();
  const { data, errors } = await h.execute<any, any>(Buttons, ids, { token: DEMO_TOKENS.admin });
  expect(errors).toBeUndefined();
  expect(data.repository.running).toEqual({
    viewerCanCancel: true,
    viewerCanRerun: false,
    viewerCanDelete: false,
    workflow: { viewerCanDispatch: true },
  });
  expect(data.repository.done).toEqual({
    viewerCanCancel: false,
    viewerCanRerun: true,
    viewerCanDelete: true,
  });
  expect(h.upstreamCalls({ route: '/repos/{owner}/{repo}' })).toBe(1);
});

it('gives a read-only token no buttons', async () => {
  const ids = await runIds();
  const { data, errors } = await h.execute<any, any>(Buttons, ids, { token: DEMO_TOKENS.read });
  expect(errors).toBeUndefined();
  expect(data.repository.running).toEqual({
    viewerCanCancel: false,
    viewerCanRerun: false,
    viewerCanDelete: false,
    workflow: { viewerCanDispatch: false },
  });
  expect(data.repository.done).toEqual({
    viewerCanCancel: false,
    viewerCanRerun: false,
    viewerCanDelete: false,
  });
});
