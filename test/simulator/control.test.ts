/** The clock, faults, request accounting, the /_simulator control routes and the seeded world. */
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeNodeId, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { RUN_CONCLUSIONS, RUN_STATUSES, latestAttempt } from '../../src/simulator/world/model.js';
import { api, findRun, OCTO, statusIs } from './helpers.js';

let sim: Simulator;
afterEach(() => sim?.close());

const control = async (method: string, path: string, body?: unknown) => {
  const res = await request(`${sim.url}/_simulator/${path}`, {
    method: method as 'GET',
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
};

describe('clock', () => {
  it('moves queued runs to in_progress and then completed, deterministically', async () => {
    sim = await startSimulator({ size: 'small' });
    sim.clock.freeze();
    const run = findRun(sim, statusIs('queued'));
    const path = `${OCTO}/actions/runs/${run.id}`;
    const states: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await api(sim, path);
      states.push(res.json.status);
      sim.clock.advance(30_000);
    }
    expect(states[0]).toBe('queued');
    expect(states).toContain('in_progress');
    expect(states.at(-1)).toBe('completed');
    const jobs = await api(sim, `${path}/jobs`);
    expect(
      jobs.json.jobs.every((j: any) => j.status === 'completed' && j.conclusion !== null),
    ).toBe(true);
    const other = await startSimulator({ size: 'small' });
    other.clock.freeze();
    other.clock.advance(12 * 30_000);
    expect(latestAttempt(other.state.run(run.id)!).conclusion).toBe(
      latestAttempt(sim.state.run(run.id)!).conclusion,
    );
    await other.close();
  });

  it('is drivable over /_simulator/clock', async () => {
    sim = await startSimulator({ size: 'small' });
    const frozen = await control('POST', 'clock', { freeze: '2026-06-01T12:00:00.000Z' });
    expect(frozen.json).toEqual({ now: '2026-06-01T12:00:00.000Z', frozen: true });
    expect((await control('POST', 'clock', { advanceMs: 1500 })).json.now).toBe(
      '2026-06-01T12:00:01.500Z',
    );
    expect((await control('POST', 'clock', { unfreeze: true })).json.frozen).toBe(false);
    expect((await control('POST', 'clock', { advanceMs: -1 })).status).toBe(400);
  });
});

describe('faults', () => {
  it('are off by default and injectable per route, then clearable', async () => {
    sim = await startSimulator({ size: 'small' });
    for (let i = 0; i < 20; i++)
      expect((await api(sim, `${OCTO}/actions/workflows`)).status).toBe(200);
    sim.faults.set({ errorRate: { '/repos/{owner}/{repo}/actions/workflows': 1 } });
    const failed = await api(sim, `${OCTO}/actions/workflows`);
    expect([500, 502, 503]).toContain(failed.status);
    expect(failed.json).toHaveProperty('message');
    expect((await api(sim, `${OCTO}/actions/runs?per_page=1`)).status).toBe(200);
    sim.faults.clear();
    expect((await api(sim, `${OCTO}/actions/workflows`)).status).toBe(200);
  });

  it('resets connections, adds latency and slows bodies', async () => {
    sim = await startSimulator({
      size: 'small',
      latency: { fixedMs: 40 },
      faults: { resetRate: 1 },
    });
    await expect(api(sim, `${OCTO}/actions/workflows`)).rejects.toThrow();
    expect(sim.requests.total({ status: 0 })).toBe(1);
    sim.faults.set({ resetRate: 0, slowBodyMs: 200 });
    const started = performance.now();
    expect((await api(sim, `${OCTO}/actions/workflows`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(220);
    await sim.close();
    sim = await startSimulator({ size: 'small', latency: { medianMs: 20 } });
    await api(sim, OCTO);
    expect(sim.requests.list()[0]!.latencyMs).toBeGreaterThan(2);
  });

  it('are settable over /_simulator/faults and rejected when invalid', async () => {
    sim = await startSimulator({ size: 'small' });
    expect((await control('POST', 'faults', { errorRate: { '*': 1 } })).status).toBe(200);
    expect((await api(sim, OCTO)).status).toBeGreaterThanOrEqual(500);
    expect((await control('GET', 'faults')).json).toEqual({ errorRate: { '*': 1 } });
    expect((await control('POST', 'faults', { resetRate: 7 })).status).toBe(400);
    // null turns one fault off and keeps the others.
    await control('POST', 'faults', { slowBodyMs: 1, secondaryLimit: { every: 5, status: 429 } });
    await control('POST', 'faults', { secondaryLimit: null });
    expect((await control('GET', 'faults')).json).toEqual({ errorRate: { '*': 1 }, slowBodyMs: 1 });
    expect((await control('DELETE', 'faults')).status).toBe(204);
    expect((await api(sim, OCTO)).status).toBe(200);
  });

  it('take latency over /_simulator/faults, record it per request and clear it', async () => {
    sim = await startSimulator({ size: 'small' });
    await api(sim, OCTO);
    const set = await control('POST', 'faults', { latency: { fixedMs: 5 } });
    expect(set).toEqual({ status: 200, json: { latency: { fixedMs: 5 } } });
    await api(sim, OCTO);
    await control('POST', 'faults', { latency: { fixedMs: 1, medianMs: 3 } });
    await api(sim, OCTO);
    await control('DELETE', 'faults');
    await api(sim, OCTO);
    const [none, fixed, logNormal, cleared] = sim.requests.list().map((r) => r.latencyMs);
    expect([none, fixed, cleared]).toEqual([0, 5, 0]);
    // The time to the answer holds the injected latency and the simulator's own work.
    const answered = sim.requests.list().map((r) => r.answeredMs!);
    expect(answered[1]).toBeGreaterThanOrEqual(5);
    for (const [i, latency] of [none, fixed, logNormal, cleared].entries())
      expect(answered[i]).toBeGreaterThanOrEqual(latency!);
    // 1 ms fixed plus a log-normal draw around 3 ms: positive, so strictly above the fixed part.
    expect(logNormal).toBeGreaterThan(1);
    expect(logNormal).not.toBe(4);
  });

  it('take start-time latency as the latency fault', async () => {
    sim = await startSimulator({ size: 'small', latency: { fixedMs: 2 } });
    expect((await control('GET', 'faults')).json).toEqual({ latency: { fixedMs: 2 } });
    await api(sim, OCTO);
    expect(sim.requests.list()[0]!.latencyMs).toBe(2);
  });

  it.each([
    [{ latncy: { fixedMs: 5 } }, /unknown fault "latncy"; expected one of latency, errorRate/],
    [
      { latency: { medianMS: 40 } },
      /unknown latency option "medianMS"; expected fixedMs, medianMs/,
    ],
    [{ latency: 40 }, /latency expects an object/],
    [{ latency: { fixedMs: -1 } }, /latency.fixedMs must be a number of ms >= 0/],
    [{ latency: { medianMs: '40' } }, /latency.medianMs must be a number/],
    [
      { secondaryLimit: { every: 2, status: 429, retryAfter: 1, burst: 3 } },
      /unknown secondaryLimit option "burst"/,
    ],
  ])(
    'refuse %j with a 400 that says why, and keep the faults they would replace',
    async (patch, message) => {
      sim = await startSimulator({ size: 'small' });
      await control('POST', 'faults', { resetRate: 0.5 });
      const refused = await control('POST', 'faults', patch);
      expect(refused.status).toBe(400);
      expect(refused.json.message).toMatch(message);
      expect((await control('GET', 'faults')).json).toEqual({ resetRate: 0.5 });
      expect(() => sim.faults.set(patch as never)).toThrow(message);
    },
  );
});

describe('request accounting', () => {
  it('counts by method, route key and status, in process and over HTTP', async () => {
    sim = await startSimulator({ size: 'small' });
    const run = sim.state.runs('octo-org/octo-repo')[20]!;
    await api(sim, `${OCTO}/actions/runs/${run.id}`);
    await api(sim, `${OCTO}/actions/runs/${run.id}`, { as: 'read' });
    await api(sim, `${OCTO}/actions/runs/nope`);
    await api(sim, `${OCTO}/actions/runs/${run.id}/approvals`, { as: 'invalid' });
    await api(sim, '/nothing/here');
    const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}';
    expect(sim.requests.total()).toBe(5);
    expect(sim.requests.total({ route: RUN })).toBe(3);
    expect(sim.requests.total({ route: RUN, status: 200 })).toBe(2);
    expect(sim.requests.total({ method: 'get', status: 404 })).toBe(2);
    expect(sim.requests.list()[1]).toEqual({
      method: 'GET',
      route: RUN,
      path: `${OCTO}/actions/runs/${run.id}`,
      status: 200,
      token: 'read',
      latencyMs: 0,
      answeredMs: expect.any(Number),
    });
    expect(sim.requests.list()[3]).toMatchObject({
      route: `${RUN}/approvals`,
      status: 401,
      token: 'invalid',
    });
    const over = await control('GET', 'requests');
    expect(over.json.total).toBe(5);
    expect(over.json.counts[`GET ${RUN} 200`]).toBe(2);
    expect(over.json.requests).toHaveLength(5);
    expect(sim.requests.total()).toBe(5); // control routes are not counted
    expect((await control('POST', 'requests/reset')).status).toBe(204);
    expect(sim.requests.total()).toBe(0);
    await api(sim, OCTO);
    const drained = await control('POST', 'requests/drain');
    expect(drained.json.requests).toHaveLength(1);
    expect(drained.json.requests[0]).toMatchObject({ path: OCTO, status: 200 });
    expect(sim.requests.total()).toBe(0);
    await api(sim, OCTO);
    sim.requests.reset();
    expect(sim.requests.list()).toEqual([]);
  });
});

describe('seeded world', () => {
  it('is deterministic and covers what the issue asks for', async () => {
    sim = await startSimulator();
    const again = await startSimulator();
    const summary = (s: Simulator) =>
      s.state
        .runs('octo-org/octo-repo')
        .map(
          (r) =>
            `${r.id}:${latestAttempt(r).status}:${latestAttempt(r).conclusion}:${r.actor.login}:${r.createdAt.toISOString()}`,
        );
    expect(summary(again)).toEqual(summary(sim));
    await again.close();
    const runs = sim.state.runs('octo-org/octo-repo');
    expect(runs.length).toBeGreaterThanOrEqual(300);
    for (const s of RUN_STATUSES)
      expect(
        runs.some((r) => latestAttempt(r).status === s),
        s,
      ).toBe(true);
    for (const c of RUN_CONCLUSIONS)
      expect(
        runs.some((r) => latestAttempt(r).conclusion === c),
        c,
      ).toBe(true);
    expect(new Set(runs.map((r) => r.headBranch)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(runs.map((r) => r.event))).toEqual(
      new Set(['push', 'pull_request', 'workflow_dispatch', 'schedule']),
    );
    expect(new Set(runs.map((r) => r.actor.login)).size).toBeGreaterThanOrEqual(4);
    const span = runs[0]!.createdAt.getTime() - runs.at(-1)!.createdAt.getTime();
    expect(span).toBeGreaterThanOrEqual(60 * 86_400_000);
    expect(runs.filter((r) => r.attempts.length === 2).length).toBeGreaterThan(0);
    expect(runs.filter((r) => r.attempts.length === 3).length).toBeGreaterThan(0);
    const waiting = runs.filter((r) => latestAttempt(r).status === 'waiting');
    expect(waiting.length).toBeGreaterThanOrEqual(5);
    expect(waiting.every((r) => r.pendingDeployments.length > 0)).toBe(true);
    expect(waiting.some((r) => r.approvals.length > 0)).toBe(true);
    expect(runs.some((r) => (r.referencedWorkflows ?? []).length > 0)).toBe(true);
    expect(
      runs.every((r) =>
        r.attempts.every(
          (a) =>
            a.jobs.length > 0 &&
            a.jobs.every(
              (j) =>
                j.status !== 'completed' ||
                j.conclusion === 'skipped' ||
                j.conclusion === 'action_required' ||
                j.steps.length > 0,
            ),
        ),
      ),
    ).toBe(true);
    expect(runs.some((r) => latestAttempt(r).jobs.some((j) => j.conclusion === 'failure'))).toBe(
      true,
    );
    expect(sim.state.runs('octo-org/public-site').length).toBeGreaterThan(0);
    const workflows = (await api(sim, `${OCTO}/actions/workflows`)).json.workflows.map((w: any) => [
      w.id,
      w.path,
    ]);
    expect(workflows).toEqual([
      [161335, '.github/workflows/ci.yml'],
      [161336, '.github/workflows/deploy.yml'],
    ]);
  });

  it('gives runs GitHub-style node ids that map back to the run, and attempts their own data', async () => {
    sim = await startSimulator({ size: 'small' });
    const run = findRun(sim, (r) => r.attempts.length === 3);
    const res = await api(sim, `${OCTO}/actions/runs/${run.id}`);
    expect(res.json.node_id).toMatch(/^WFR_[A-Za-z0-9_-]+$/);
    expect(decodeNodeId(res.json.node_id)).toEqual({
      prefix: 'WFR',
      repositoryId: 100001,
      objectId: run.id,
    });
    expect(res.json.url).toBe(`${sim.url}${OCTO}/actions/runs/${run.id}`);
    expect(res.json.previous_attempt_url).toBe(
      `${sim.url}${OCTO}/actions/runs/${run.id}/attempts/2`,
    );
    const second = await api(sim, `${OCTO}/actions/runs/${run.id}/attempts/2`);
    expect(second.json.previous_attempt_url).toBe(
      `${sim.url}${OCTO}/actions/runs/${run.id}/attempts/1`,
    );
    expect(second.json.run_started_at).not.toBe(res.json.run_started_at);
    const jobs2 = (await api(sim, `${OCTO}/actions/runs/${run.id}/attempts/2/jobs`)).json.jobs;
    expect(jobs2.every((j: any) => j.run_attempt === 2)).toBe(true);
  });
});

describe('revoked tokens', () => {
  it('answers 401 to a revoked token until it is restored; a bad body is a 400', async () => {
    sim = await startSimulator({ size: 'small' });
    const runs = `${OCTO}/actions/runs`;
    expect((await api(sim, runs, { as: 'read' })).status).toBe(200);
    expect((await control('POST', 'tokens/revoke', { token: 'demo-read-token' })).status).toBe(204);
    const revoked = await api(sim, runs, { as: 'read' });
    expect(revoked.status).toBe(401);
    expect(revoked.json.message).toBe('Bad credentials');
    // Other tokens are untouched.
    expect((await api(sim, runs, { as: 'admin' })).status).toBe(200);
    expect((await control('POST', 'tokens/restore', { token: 'demo-read-token' })).status).toBe(
      204,
    );
    expect((await api(sim, runs, { as: 'read' })).status).toBe(200);
    expect((await control('POST', 'tokens/revoke', { token: 42 })).status).toBe(400);
  });
});
