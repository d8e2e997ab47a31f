import { expect } from 'vitest';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { test } from '../helpers/fixtures.js';
import type { Harness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

const REPO = '/repos/octo-org/octo-repo';

const Buttons = `
  query ($running: BigInt!, $done: BigInt!) {
    repository(owner: "octo-org", name: "octo-repo") {
      running: workflowRun(databaseId: $running) { viewerCanCancel viewerCanRerun viewerCanDelete workflow { viewerCanDispatch } }
      done: workflowRun(databaseId: $done) { viewerCanCancel viewerCanRerun viewerCanDelete }
    }
  }`;

async function runIds(h: Harness) {
  const running = (
    await restGet(h.simulator.url, `${REPO}/actions/runs?status=in_progress&per_page=1`)
  ).body.workflow_runs[0].id;
  const done = (await restGet(h.simulator.url, `${REPO}/actions/runs?status=completed&per_page=1`))
    .body.workflow_runs[0].id;
  return { running, done };
}

test("gives an admin the buttons the run's state allows, from one repository call", async ({
  world: h,
}) => {
  const ids = await runIds(h);
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
  expect(h.upstreamCalls({ route: routeKey('getRepo') })).toBe(1);
});

test('gives a read-only token no buttons', async ({ world: h }) => {
  const ids = await runIds(h);
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
