/** Every state transition the writes cause, and bad input that must leave state alone. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import { api, conclusionIs, findRun, OCTO, statusIs } from './helpers.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ size: 'small' });
  sim.clock.freeze();
});
afterEach(() => sim.close());

const runPath = (id: number): string => `${OCTO}/actions/runs/${id}`;
const post = (path: string, body?: unknown) =>
  api(sim, path, { method: 'POST', ...(body !== undefined ? { body } : {}) });

describe('cancel', () => {
  it.each(['cancel', 'force-cancel'])(
    '%s ends queued, in-progress and waiting runs as cancelled, then 409',
    async (route) => {
      for (const status of ['queued', 'in_progress', 'waiting']) {
        const run = findRun(sim, statusIs(status));
        expect((await post(`${runPath(run.id)}/${route}`)).status).toBe(202);
        const after = await api(sim, runPath(run.id));
        expect([after.json.status, after.json.conclusion]).toEqual(['completed', 'cancelled']);
        const jobs = await api(sim, `${runPath(run.id)}/jobs`);
        expect(jobs.json.jobs.every((j: any) => j.status === 'completed')).toBe(true);
        const again = await post(`${runPath(run.id)}/${route}`);
        expect(again.status).toBe(409);
        expect(again.json.message).toBe('Cannot cancel a workflow run that is completed.');
      }
    },
  );
});

describe('rerun', () => {
  it('starts a new attempt with new jobs that the clock runs to completion', async () => {
    const run = findRun(sim, conclusionIs('failure'));
    const oldJobs = latestAttempt(run).jobs.map((j) => j.id);
    expect((await post(`${runPath(run.id)}/rerun`)).status).toBe(201);
    const after = await api(sim, runPath(run.id));
    expect(after.json).toMatchObject({
      run_attempt: 2,
      status: 'queued',
      conclusion: null,
      previous_attempt_url: `${sim.url}${runPath(run.id)}/attempts/1`,
    });
    const jobs = await api(sim, `${runPath(run.id)}/jobs`);
    expect(jobs.json.jobs.map((j: any) => j.id).some((id: number) => oldJobs.includes(id))).toBe(
      false,
    );
    expect(jobs.json.jobs.every((j: any) => j.run_attempt === 2 && j.status === 'queued')).toBe(
      true,
    );
    expect((await post(`${runPath(run.id)}/rerun`)).status).toBe(403);
    // The older attempt keeps its own data.
    const first = await api(sim, `${runPath(run.id)}/attempts/1`);
    expect([
      first.json.run_attempt,
      first.json.conclusion,
      first.json.previous_attempt_url,
    ]).toEqual([1, 'failure', null]);
    sim.clock.advance(11_000);
    expect((await api(sim, runPath(run.id))).json.status).toBe('in_progress');
    sim.clock.advance(120_000);
    const done = await api(sim, runPath(run.id));
    expect(done.json.status).toBe('completed');
    expect(['success', 'failure']).toContain(done.json.conclusion);
  });

  it('rerun-failed-jobs reruns only failed jobs, 403 when none failed', async () => {
    const run = findRun(sim, conclusionIs('failure'));
    const before = latestAttempt(run).jobs;
    const failed = before.filter((j) => j.conclusion === 'failure').map((j) => j.name);
    expect((await post(`${runPath(run.id)}/rerun-failed-jobs`)).status).toBe(201);
    const jobs = (await api(sim, `${runPath(run.id)}/jobs`)).json.jobs;
    expect(jobs.filter((j: any) => j.run_attempt === 2).map((j: any) => j.name)).toEqual(failed);
    expect(jobs.filter((j: any) => j.run_attempt === 1)).toHaveLength(
      before.length - failed.length,
    );
    const ok = findRun(sim, conclusionIs('success'));
    expect((await post(`${runPath(ok.id)}/rerun-failed-jobs`)).status).toBe(403);
  });

  it('reruns one job (201), and refuses while the run is going (403)', async () => {
    const run = findRun(sim, conclusionIs('success'));
    const job = latestAttempt(run).jobs[1];
    expect((await post(`${OCTO}/actions/jobs/${job?.id}/rerun`)).status).toBe(201);
    const jobs = (await api(sim, `${runPath(run.id)}/jobs`)).json.jobs;
    expect(jobs.filter((j: any) => j.run_attempt === 2).map((j: any) => j.name)).toEqual([
      job?.name,
    ]);
    expect((await post(`${OCTO}/actions/jobs/${job?.id}/rerun`)).status).toBe(403);
    const going = findRun(sim, statusIs('in_progress'));
    expect(
      (await post(`${OCTO}/actions/jobs/${latestAttempt(going).jobs[0]?.id}/rerun`)).status,
    ).toBe(403);
  });
});

describe('delete', () => {
  it('removes the run from every route', async () => {
    const run = findRun(sim, conclusionIs('success'));
    const job = latestAttempt(run).jobs[0];
    expect((await api(sim, runPath(run.id), { method: 'DELETE' })).status).toBe(204);
    for (const path of [
      runPath(run.id),
      `${runPath(run.id)}/jobs`,
      `${runPath(run.id)}/attempts/1`,
      `${runPath(run.id)}/logs`,
      `${runPath(run.id)}/approvals`,
      `${OCTO}/actions/jobs/${job?.id}`,
    ]) {
      expect((await api(sim, path)).status, path).toBe(404);
    }
    expect((await post(`${runPath(run.id)}/rerun`)).status).toBe(404);
    const list = await api(sim, `${OCTO}/actions/runs?per_page=100`);
    expect(list.json.workflow_runs.some((r: any) => r.id === run.id)).toBe(false);
    expect(list.json.total_count).toBe(39);
  });
});

describe('deployment reviews', () => {
  it('approving creates deployments, records the approval, clears pending and moves the run on', async () => {
    const run = findRun(sim, (r) => statusIs('waiting')(r) && r.pendingDeployments.length === 2);
    const [staging, production] = run.pendingDeployments.map((p) => p.environment.id);
    const path = `${runPath(run.id)}/pending_deployments`;
    const approvalsBefore = (await api(sim, `${runPath(run.id)}/approvals`)).json.length;
    const res = await post(path, {
      environment_ids: [staging],
      state: 'approved',
      comment: 'Ship it!',
    });
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(1);
    expect(res.json[0]).toMatchObject({
      environment: 'staging',
      sha: run.headSha,
      creator: { login: 'octocat' },
    });
    expect((await api(sim, path)).json.map((p: any) => p.environment.id)).toEqual([production]);
    expect((await api(sim, runPath(run.id))).json.status).toBe('waiting');
    await post(path, { environment_ids: [production], state: 'approved', comment: 'Go' });
    expect((await api(sim, path)).json).toEqual([]);
    const approvals = (await api(sim, `${runPath(run.id)}/approvals`)).json;
    expect(approvals).toHaveLength(approvalsBefore + 2);
    expect(approvals.at(-1)).toMatchObject({
      state: 'approved',
      comment: 'Go',
      user: { login: 'octocat' },
    });
    expect((await api(sim, runPath(run.id))).json.status).toBe('in_progress');
    sim.clock.advance(91_000);
    expect((await api(sim, runPath(run.id))).json).toMatchObject({
      status: 'completed',
      conclusion: 'success',
    });
  });

  it('rejecting fails the run; an environment that is not pending is a 422', async () => {
    const run = findRun(sim, (r) => statusIs('waiting')(r) && r.pendingDeployments.length === 1);
    const path = `${runPath(run.id)}/pending_deployments`;
    const env = run.pendingDeployments[0]?.environment.id;
    const bad = await post(path, { environment_ids: [999], state: 'approved', comment: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0]).toMatchObject({ field: 'environment_ids', code: 'invalid' });
    const res = await post(path, { environment_ids: [env], state: 'rejected', comment: 'Not now' });
    expect([res.status, res.json]).toEqual([200, []]);
    expect((await api(sim, runPath(run.id))).json).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
    });
    expect(
      (await post(path, { environment_ids: [env], state: 'approved', comment: 'x' })).status,
    ).toBe(422);
  });

  it('reports reviewers (users and typed teams), wait timers and who may approve', async () => {
    const run = findRun(sim, statusIs('waiting'));
    const admin = (await api(sim, `${runPath(run.id)}/pending_deployments`)).json[0];
    expect(admin.current_user_can_approve).toBe(true);
    expect(admin.wait_timer).toBeGreaterThan(0);
    expect(admin.reviewers.map((r: any) => r.type).sort()).toEqual(['Team', 'User']);
    expect(admin.reviewers.find((r: any) => r.type === 'Team').reviewer.type).toBe('organization');
    expect(
      (await api(sim, `${runPath(run.id)}/pending_deployments`, { as: 'read' })).json[0]
        .current_user_can_approve,
    ).toBe(false);
  });

  it('accepts protection-rule reviews (204) and validates their body', async () => {
    const run = findRun(sim, statusIs('waiting'));
    const path = `${runPath(run.id)}/deployment_protection_rule`;
    expect((await post(path, { environment_name: 'production', state: 'approved' })).status).toBe(
      204,
    );
    expect((await post(path, { environment_name: 'production', comment: 'checking' })).status).toBe(
      204,
    );
    expect((await post(path, { state: 'approved' })).status).toBe(422);
    expect((await post(path, { environment_name: 'production', state: 'meh' })).status).toBe(422);
    expect(sim.state.run(run.id)?.protectionRuleReviews).toHaveLength(2);
  });
});

describe('bad input', () => {
  it('answers 404/400/422 and never changes state', async () => {
    const waiting = findRun(sim, statusIs('waiting'));
    const snapshot = async () => [
      (await api(sim, `${OCTO}/actions/runs?per_page=100`)).text,
      (await api(sim, `${runPath(waiting.id)}/pending_deployments`)).text,
      (await api(sim, `${runPath(waiting.id)}/approvals`)).text,
    ];
    const before = await snapshot();
    expect((await api(sim, `${OCTO}/actions/runs/not-a-number`)).status).toBe(404);
    expect((await post(`${OCTO}/actions/runs/12abc/cancel`)).status).toBe(404);
    expect((await api(sim, `/repos/octo-org/missing/actions/runs`)).status).toBe(404);
    expect((await post(`/repos/octo-org/missing/actions/runs/${waiting.id}/cancel`)).status).toBe(
      404,
    );
    expect((await api(sim, `${OCTO}/actions/jobs/xyz`)).status).toBe(404);
    const path = `${runPath(waiting.id)}/pending_deployments`;
    const malformed = await api(sim, path, { method: 'POST', rawBody: '{"environment_ids":' });
    expect([malformed.status, malformed.json.message]).toEqual([400, 'Problems parsing JSON']);
    for (const body of [
      {},
      { environment_ids: 'x', state: 'approved', comment: '' },
      { environment_ids: [waiting.pendingDeployments[0]?.environment.id], state: 'approved' },
      { environment_ids: [], state: 'approved', comment: '' },
    ]) {
      const res = await post(path, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json).toMatchObject({
        message: 'Validation Failed',
        errors: [expect.objectContaining({ field: expect.any(String), code: expect.any(String) })],
      });
    }
    expect(
      (
        await api(sim, `${runPath(waiting.id)}/pending_deployments`, {
          method: 'POST',
          as: 'read',
          body: { environment_ids: [1], state: 'approved', comment: 'x' },
        })
      ).status,
    ).toBe(403);
    const done = findRun(sim, conclusionIs('success'));
    expect((await post(`${runPath(done.id)}/rerun`, { enable_debug_logging: 'yes' })).status).toBe(
      422,
    );
    expect(
      (await api(sim, `${runPath(done.id)}/rerun`, { method: 'POST', rawBody: '[' })).status,
    ).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});
