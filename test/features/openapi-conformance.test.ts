/**
 * The routes the dispatch, artifact, job-log and approval features added to the simulator,
 * validated against GitHub's descriptions from the pinned `@octokit/openapi` package
 * (GHES 3.19 where it documents the answer, api.github.com otherwise).
 */
import { expect } from 'vitest';
import { test } from '../helpers/fixtures.js';
import { restCall, restGet } from '../helpers/rest.js';

import { validateResponse } from '../simulator/openapi-validator.js';

const R = '/repos/{owner}/{repo}';
const REPO = '/repos/octo-org/octo-repo';

test('answers the new routes as api.github.com describes them', async ({ world: h }) => {
  const run = (await restGet(h.simulator.url, `${REPO}/actions/runs?status=completed&per_page=1`))
    .body.workflow_runs[0];
  const artifacts = await restGet(h.simulator.url, `${REPO}/actions/runs/${run.id}/artifacts`);
  expect(
    validateResponse(
      'GET',
      `${R}/actions/runs/{run_id}/artifacts`,
      artifacts.status,
      artifacts.body,
    ),
  ).toEqual([]);

  const checks: Array<[string, string, string, unknown, number]> = [
    [
      'POST',
      `${R}/actions/workflows/{workflow_id}/dispatches`,
      `${REPO}/actions/workflows/161335/dispatches`,
      { ref: 'main' },
      204,
    ],
    [
      'POST',
      `${R}/actions/workflows/{workflow_id}/dispatches`,
      `${REPO}/actions/workflows/161335/dispatches`,
      { ref: 'main', return_run_details: true },
      200,
    ],
    [
      'PUT',
      `${R}/actions/workflows/{workflow_id}/disable`,
      `${REPO}/actions/workflows/161335/disable`,
      undefined,
      204,
    ],
    [
      'PUT',
      `${R}/actions/workflows/{workflow_id}/enable`,
      `${REPO}/actions/workflows/161335/enable`,
      undefined,
      204,
    ],
    [
      'POST',
      `${R}/actions/runs/{run_id}/approve`,
      `${REPO}/actions/runs/${run.id}/approve`,
      undefined,
      403,
    ],
  ];
  for (const [method, template, path, body, status] of checks) {
    const answer = await restCall(h.simulator.url, path, { method, body });
    expect([path, answer.status]).toEqual([path, status]);
    expect(validateResponse(method, template, answer.status, answer.body)).toEqual([]);
  }
  const jobs = (await restGet(h.simulator.url, `${REPO}/actions/runs/${run.id}/jobs`)).body.jobs;
  const log = await restGet(h.simulator.url, `${REPO}/actions/jobs/${jobs[0].id}/logs`);
  expect(log.status).toBe(302);
  expect(validateResponse('GET', `${R}/actions/jobs/{job_id}/logs`, 302, undefined)).toEqual([]);
});
