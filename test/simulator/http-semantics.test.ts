/** Auth matrix, ETag/304, primary and secondary rate limits. */
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { api, conclusionIs, findRun, OCTO, PUBLIC, type As } from './helpers.js';

let sim: Simulator;
afterEach(() => sim?.close());

describe('auth', () => {
  it('follows GitHub’s matrix for reads and writes on private and public repositories', async () => {
    sim = await startSimulator({ size: 'small' });
    sim.clock.freeze();
    const read = async (repo: string, as: As) =>
      (await api(sim, `${repo}/actions/runs?per_page=1`, { as })).status;
    expect([
      await read(OCTO, 'admin'),
      await read(OCTO, 'read'),
      await read(OCTO, 'anonymous'),
      await read(OCTO, 'invalid'),
    ]).toEqual([200, 200, 404, 401]);
    expect([
      await read(PUBLIC, 'admin'),
      await read(PUBLIC, 'read'),
      await read(PUBLIC, 'anonymous'),
      await read(PUBLIC, 'invalid'),
    ]).toEqual([200, 200, 200, 401]);
    // `token` scheme works as well as Bearer.
    expect((await api(sim, `${OCTO}/actions/runs?per_page=1`, { scheme: 'token' })).status).toBe(
      200,
    );
    const done = (repo: string) =>
      findRun(sim, conclusionIs('success'), repo.replace('/repos/', ''));
    const write = async (repo: string, as: As) => {
      const res = await api(sim, `${repo}/actions/runs/${done(repo).id}/rerun`, {
        method: 'POST',
        as,
      });
      return res.status;
    };
    expect(await write(OCTO, 'invalid')).toBe(401);
    expect(await write(OCTO, 'anonymous')).toBe(404);
    expect(await write(PUBLIC, 'anonymous')).toBe(401);
    expect(await write(OCTO, 'read')).toBe(403);
    expect(await write(PUBLIC, 'read')).toBe(403);
    expect(await write(OCTO, 'admin')).toBe(201);
    const err = await api(sim, `${OCTO}/actions/runs`, { as: 'invalid' });
    expect(err.json).toMatchObject({
      message: 'Bad credentials',
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
    });
  });

  it('serves the repository and the repository-id alias route with the same rules', async () => {
    sim = await startSimulator({ size: 'small' });
    const repo = await api(sim, OCTO);
    expect(repo.json).toMatchObject({
      id: 100001,
      full_name: 'octo-org/octo-repo',
      private: true,
      url: `${sim.url}/repos/octo-org/octo-repo`,
    });
    expect((await api(sim, OCTO, { as: 'anonymous' })).status).toBe(404);
    expect((await api(sim, '/repos/OCTO-ORG/Octo-Repo')).status).toBe(200);
    const run = findRun(sim, conclusionIs('failure'));
    const alias = await api(sim, `/repositories/100001/actions/runs/${run.id}`);
    expect(alias.json.id).toBe(run.id);
    expect(
      (await api(sim, `/repositories/100001/actions/runs/${run.id}`, { as: 'anonymous' })).status,
    ).toBe(404);
    expect((await api(sim, `/repositories/100002/actions/runs/${run.id}`)).status).toBe(404);
  });
});

describe('conditional requests', () => {
  it('answers 304 with no body for a matching If-None-Match, and does not charge it', async () => {
    sim = await startSimulator({ size: 'small' });
    sim.clock.freeze();
    const first = await api(sim, `${OCTO}/actions/runs`);
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const second = await api(sim, `${OCTO}/actions/runs`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
    expect(second.headers['x-ratelimit-used']).toBe(first.headers['x-ratelimit-used']);
    expect(
      (await api(sim, `${OCTO}/actions/runs`, { headers: { 'if-none-match': '"other"' } })).status,
    ).toBe(200);
    for (const path of [
      `${OCTO}/actions/workflows`,
      `${OCTO}/actions/workflows/ci.yml`,
      OCTO,
      '/rate_limit',
    ]) {
      expect((await api(sim, path)).headers['etag'], path).toBeDefined();
    }
  });

  it('changes the ETag when the resource changes', async () => {
    sim = await startSimulator({ size: 'small' });
    sim.clock.freeze();
    const run = findRun(sim, (r) => r.attempts.at(-1)?.status === 'queued');
    const before = await api(sim, `${OCTO}/actions/runs/${run.id}`);
    await api(sim, `${OCTO}/actions/runs/${run.id}/cancel`, { method: 'POST' });
    const after = await api(sim, `${OCTO}/actions/runs/${run.id}`, {
      headers: { 'if-none-match': before.headers['etag'] ?? '' },
    });
    expect(after.status).toBe(200);
    expect(after.json.conclusion).toBe('cancelled');
  });
});

describe('rate limits', () => {
  it('counts per token and answers 403 with remaining 0 when exhausted', async () => {
    sim = await startSimulator({ size: 'small', rateLimit: 3 });
    sim.clock.freeze();
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await api(sim, `${OCTO}/actions/workflows`));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 403]);
    expect(seen.map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(seen[0]?.headers).toMatchObject({
      'x-ratelimit-limit': '3',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
    });
    expect(seen[3]?.json.message).toMatch(/rate limit exceeded/);
    // Another token has its own budget.
    expect((await api(sim, `${OCTO}/actions/workflows`, { as: 'read' })).status).toBe(200);
    const limit = await api(sim, '/rate_limit');
    expect(limit.status).toBe(200);
    expect(limit.json.resources.core).toMatchObject({
      limit: 3,
      remaining: 0,
      used: 3,
      resource: 'core',
    });
    expect(limit.json.rate).toEqual(limit.json.resources.core);
    // The window resets an hour after it began.
    const reset = Number(seen[0]?.headers['x-ratelimit-reset']);
    expect(reset * 1000).toBeGreaterThan(sim.clock.now().getTime());
    sim.clock.advance(3_600_001);
    expect((await api(sim, `${OCTO}/actions/workflows`)).status).toBe(200);
  });

  it('gives anonymous callers 60 an hour', async () => {
    sim = await startSimulator({ size: 'small' });
    const res = await api(sim, `${PUBLIC}/actions/workflows`, { as: 'anonymous' });
    expect(res.headers['x-ratelimit-limit']).toBe('60');
  });

  it('answers secondary-limit bursts with retry-after, as configured', async () => {
    sim = await startSimulator({
      size: 'small',
      faults: { secondaryLimit: { every: 3, status: 429, retryAfter: 17 } },
    });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const res = await api(sim, `${OCTO}/actions/workflows`);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers['retry-after']).toBe('17');
        expect(res.json.message).toMatch(/secondary rate limit/);
      }
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    sim.faults.set({ secondaryLimit: { every: 1, status: 403, retryAfter: 5 } });
    const forbidden = await api(sim, `${OCTO}/actions/workflows`);
    expect([forbidden.status, forbidden.headers['retry-after']]).toEqual([403, '5']);
    sim.faults.clear();
    expect((await api(sim, `${OCTO}/actions/workflows`)).status).toBe(200);
  });
});
