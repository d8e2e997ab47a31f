/**
 * Every Actions route the gateway calls, and every status the simulator answers there, checked
 * against GitHub's official schemas. Runs top to bottom against one frozen simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { isFailedJob } from '../../src/simulator/world/job-states.js';
import { latestAttempt, type RunRecord } from '../../src/simulator/world/model.js';
import { api, conclusionIs, findRun, OCTO, statusIs, type As } from './helpers.js';
import { describing } from '../helpers/openapi.js';
import { referenceOperations, validateResponse } from './openapi-validator.js';

const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const R = '/repos/{owner}/{repo}';

let sim: Simulator;
const seen = new Map<string, Set<number>>();

async function check(
  method: string,
  template: string,
  path: string,
  expected: number,
  opts: { as?: As; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  const res = await api(sim, path, { method, ...opts });
  expect(res.status, `${method} ${path}: ${res.text.slice(0, 200)}`).toBe(expected);
  expect(
    validateResponse(method, template, res.status, res.json),
    `${method} ${template} ${res.status}`,
  ).toEqual([]);
  const key = `${method} ${template}`;
  if (!seen.has(key)) seen.set(key, new Set());
  seen.get(key)?.add(res.status);
  return res;
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
  sim.clock.freeze();
});
afterAll(() => sim.close());

const used = new Set<number>();
/** A distinct seeded run per case, so cases do not step on each other's state. */
function take(predicate: (run: RunRecord) => boolean): RunRecord {
  const run = findRun(sim, (r) => !used.has(r.id) && predicate(r));
  used.add(run.id);
  return run;
}

describe('conformance with the official OpenAPI description', () => {
  it('lists runs, with the error statuses GitHub sends', async () => {
    await check('GET', `${R}/actions/runs`, `${OCTO}/actions/runs?per_page=100`, 200);
    await check('GET', `${R}/actions/runs`, `${OCTO}/actions/runs`, 401, { as: 'invalid' });
    await check('GET', `${R}/actions/runs`, `${OCTO}/actions/runs`, 404, { as: 'anonymous' });
    await check('GET', `${R}/actions/runs`, `/repos/octo-org/nope/actions/runs`, 404);
    await check('GET', `${R}/actions/runs`, `${OCTO}/actions/runs?created=yesterday`, 422);
    await check(
      'GET',
      `${R}/actions/workflows/{workflow_id}/runs`,
      `${OCTO}/actions/workflows/ci.yml/runs`,
      200,
    );
    await check(
      'GET',
      `${R}/actions/workflows/{workflow_id}/runs`,
      `${OCTO}/actions/workflows/161336/runs?status=waiting`,
      200,
    );
    await check(
      'GET',
      `${R}/actions/workflows/{workflow_id}/runs`,
      `${OCTO}/actions/workflows/nope.yml/runs`,
      404,
    );
  });

  it('reads a run, its attempts, jobs, approvals and pending deployments', async () => {
    const multi = findRun(sim, (r) => r.attempts.length === 3);
    const path = `${OCTO}/actions/runs/${multi.id}`;
    const first = await check('GET', RUN, path, 200);
    await check('GET', RUN, path, 304, {
      headers: { 'if-none-match': first.headers['etag'] ?? '' },
    });
    await check('GET', RUN, `${OCTO}/actions/runs/abc`, 404);
    await check('GET', `${RUN}/attempts/{attempt_number}`, `${path}/attempts/1`, 200);
    await check('GET', `${RUN}/attempts/{attempt_number}`, `${path}/attempts/9`, 404);
    await check('GET', `${RUN}/attempts/{attempt_number}/jobs`, `${path}/attempts/2/jobs`, 200);
    await check('GET', `${RUN}/attempts/{attempt_number}/jobs`, `${path}/attempts/4/jobs`, 404);
    await check('GET', `${RUN}/jobs`, `${path}/jobs?filter=all`, 200);
    await check('GET', `${RUN}/jobs`, `${path}/jobs?filter=bogus`, 422);
    const job = latestAttempt(multi).jobs[0];
    await check('GET', `${R}/actions/jobs/{job_id}`, `${OCTO}/actions/jobs/${job?.id}`, 200);
    await check('GET', `${R}/actions/jobs/{job_id}`, `${OCTO}/actions/jobs/1`, 404);
    const waiting = findRun(sim, (r) => statusIs('waiting')(r) && r.approvals.length > 0);
    await check('GET', `${RUN}/approvals`, `${OCTO}/actions/runs/${waiting.id}/approvals`, 200);
    await check(
      'GET',
      `${RUN}/pending_deployments`,
      `${OCTO}/actions/runs/${waiting.id}/pending_deployments`,
      200,
    );
    await check(
      'GET',
      `${RUN}/pending_deployments`,
      `${OCTO}/actions/runs/${waiting.id}/pending_deployments`,
      200,
      { as: 'read' },
    );
    await check('GET', `${R}/actions/workflows`, `${OCTO}/actions/workflows`, 200);
    await check(
      'GET',
      `${R}/actions/workflows/{workflow_id}`,
      `${OCTO}/actions/workflows/deploy.yml`,
      200,
    );
    await check('GET', `${R}/actions/workflows/{workflow_id}`, `${OCTO}/actions/workflows/1`, 404);
  });

  it('answers the logs routes and deletes logs', async () => {
    const run = take(conclusionIs('failure'));
    const path = `${OCTO}/actions/runs/${run.id}`;
    await check('GET', `${RUN}/logs`, `${path}/logs`, 302);
    await check('GET', `${RUN}/attempts/{attempt_number}/logs`, `${path}/attempts/1/logs`, 302);
    await check('GET', `${RUN}/attempts/{attempt_number}/logs`, `${path}/attempts/7/logs`, 404);
    await check('DELETE', `${RUN}/logs`, `${path}/logs`, 403, { as: 'read' });
    await check('DELETE', `${RUN}/logs`, `${path}/logs`, 204);
    await check('DELETE', `${RUN}/logs`, `${path}/logs`, 404);
    await check('GET', `${RUN}/logs`, `${path}/logs`, 404);
  });

  it('cancels and force-cancels', async () => {
    for (const route of ['cancel', 'force-cancel']) {
      const run = take((r) => statusIs('queued')(r) || statusIs('in_progress')(r));
      const path = `${OCTO}/actions/runs/${run.id}/${route}`;
      await check('POST', `${RUN}/${route}`, path, 403, { as: 'read' });
      await check('POST', `${RUN}/${route}`, path, 202);
      await check('POST', `${RUN}/${route}`, path, 409);
    }
  });

  it('reruns runs, failed jobs and single jobs', async () => {
    const done = take(conclusionIs('success'));
    await check(
      'POST',
      `${RUN}/rerun-failed-jobs`,
      `${OCTO}/actions/runs/${done.id}/rerun-failed-jobs`,
      403,
    );
    await check('POST', `${RUN}/rerun`, `${OCTO}/actions/runs/${done.id}/rerun`, 422, {
      body: { enable_debug_logging: 'yes' },
    });
    await check('POST', `${RUN}/rerun`, `${OCTO}/actions/runs/${done.id}/rerun`, 400, {
      rawBody: '{nope',
    });
    await check('POST', `${RUN}/rerun`, `${OCTO}/actions/runs/${done.id}/rerun`, 201);
    await check('POST', `${RUN}/rerun`, `${OCTO}/actions/runs/${done.id}/rerun`, 403);
    const failed = take(
      (r) => conclusionIs('failure')(r) && latestAttempt(r).jobs.some(isFailedJob),
    );
    await check(
      'POST',
      `${RUN}/rerun-failed-jobs`,
      `${OCTO}/actions/runs/${failed.id}/rerun-failed-jobs`,
      201,
      { body: { enable_debug_logging: true } },
    );
    const other = take(conclusionIs('success'));
    const job = latestAttempt(other).jobs[0];
    await check(
      'POST',
      `${R}/actions/jobs/{job_id}/rerun`,
      `${OCTO}/actions/jobs/${job?.id}/rerun`,
      201,
    );
    await check(
      'POST',
      `${R}/actions/jobs/{job_id}/rerun`,
      `${OCTO}/actions/jobs/${job?.id}/rerun`,
      403,
    );
  });

  it('reviews pending deployments and protection rules', async () => {
    const run = take((r) => statusIs('waiting')(r) && r.pendingDeployments.length === 2);
    const path = `${OCTO}/actions/runs/${run.id}/pending_deployments`;
    const [first, second] = run.pendingDeployments.map((p) => p.environment.id);
    await check('POST', `${RUN}/pending_deployments`, path, 400, {
      rawBody: '{"environment_ids": [',
    });
    await check('POST', `${RUN}/pending_deployments`, path, 422, {
      body: { environment_ids: [first], state: 'maybe', comment: 'x' },
    });
    await check('POST', `${RUN}/pending_deployments`, path, 422, {
      body: { environment_ids: [12345], state: 'approved', comment: 'x' },
    });
    await check('POST', `${RUN}/pending_deployments`, path, 200, {
      body: { environment_ids: [first], state: 'approved', comment: 'Ship it!' },
    });
    await check('POST', `${RUN}/pending_deployments`, path, 200, {
      body: { environment_ids: [second], state: 'rejected', comment: 'No' },
    });
    const rule = `${OCTO}/actions/runs/${run.id}/deployment_protection_rule`;
    await check('POST', `${RUN}/deployment_protection_rule`, rule, 204, {
      body: { environment_name: 'production', state: 'approved', comment: 'Checks passed' },
    });
    await check('POST', `${RUN}/deployment_protection_rule`, rule, 204, {
      body: { environment_name: 'production', comment: 'Still checking' },
    });
    await check('POST', `${RUN}/deployment_protection_rule`, rule, 422, {
      body: { environment_name: 'production' },
    });
    await check('POST', `${RUN}/deployment_protection_rule`, rule, 400, { rawBody: 'not json' });
  });

  it('deletes a run', async () => {
    const run = take(conclusionIs('cancelled'));
    const path = `${OCTO}/actions/runs/${run.id}`;
    await check('DELETE', RUN, path, 403, { as: 'read' });
    await check('DELETE', RUN, path, 204);
    await check('DELETE', RUN, path, 404);
    await check('GET', RUN, path, 404);
  });

  it('covered every Actions route the gateway calls', () => {
    const ops = referenceOperations();
    expect(ops.length).toBeGreaterThanOrEqual(22);
    for (const op of ops)
      expect(
        describing(...(op.split(' ') as [string, string])),
        `${op} is documented by GitHub`,
      ).toBeDefined();
    for (const op of ops) expect(seen.get(op), op).toBeDefined();
    // Each route was seen answering at least one success (2xx or 3xx) status.
    for (const op of ops)
      expect(
        [...(seen.get(op) ?? [])].some((s) => s < 400),
        op,
      ).toBe(true);
  });
});
