/** Logs: 302 to a signed URL on the simulator, a real zip with one file per job, expiry and forgery. */
import { unzipSync, strFromU8 } from 'fflate';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { latestAttempt } from '../../src/simulator/world/model.js';
import { api, conclusionIs, findRun, OCTO } from './helpers.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ size: 'small' });
  sim.clock.freeze();
});
afterEach(() => sim.close());

async function download(url: string) {
  // No Authorization header: the signature is the credential, as on GitHub.
  const res = await request(url);
  return {
    status: res.statusCode,
    bytes: new Uint8Array(await res.body.arrayBuffer()),
    type: res.headers['content-type'],
  };
}

describe('logs', () => {
  it('redirects to a signed URL that serves a zip with one text file per job', async () => {
    const run = findRun(sim, conclusionIs('failure'));
    const res = await api(sim, `${OCTO}/actions/runs/${run.id}/logs`);
    expect(res.status).toBe(302);
    const location = res.headers['location'] ?? '';
    expect(location.startsWith(`${sim.url}/`)).toBe(true);
    const expires = new URL(location).searchParams.get('urlExpires');
    expect(Date.parse(expires ?? '') - sim.clock.now().getTime()).toBe(60_000);
    const zip = await download(location);
    expect([zip.status, zip.type]).toEqual([200, 'application/zip']);
    const files = unzipSync(zip.bytes);
    const jobs = latestAttempt(run).jobs;
    expect(Object.keys(files)).toHaveLength(jobs.length);
    for (const job of jobs) {
      const entry = Object.entries(files).find(([name]) =>
        name.includes(job.name.replace(/[^A-Za-z0-9 ._()-]/g, '_')),
      );
      expect(entry, job.name).toBeDefined();
      expect(strFromU8(entry?.[1] ?? new Uint8Array())).toContain(`Job ${job.name} (${job.id})`);
    }
    expect(Object.values(files).some((f) => strFromU8(f).includes('##[error]'))).toBe(true);
  });

  it('serves each attempt’s own logs', async () => {
    const run = findRun(sim, (r) => r.attempts.length >= 2);
    const res = await api(sim, `${OCTO}/actions/runs/${run.id}/attempts/1/logs`);
    const files = unzipSync((await download(res.headers['location'] ?? '')).bytes);
    const text = Object.values(files)
      .map((f) => strFromU8(f))
      .join('');
    expect(text).toContain('attempt 1');
    expect(text).not.toContain('attempt 2');
  });

  it('refuses expired and forged URLs with 403', async () => {
    const run = findRun(sim, conclusionIs('success'));
    const location =
      (await api(sim, `${OCTO}/actions/runs/${run.id}/logs`)).headers['location'] ?? '';
    const forged = new URL(location);
    forged.searchParams.set('urlExpires', '2099-01-01T00:00:00.000Z');
    expect((await download(forged.href)).status).toBe(403);
    const other = new URL(location);
    other.pathname = other.pathname.replace(String(run.id), String(run.id - 1));
    expect((await download(other.href)).status).toBe(403);
    sim.clock.advance(60_000);
    expect((await download(location)).status).toBe(403);
  });

  it('answers 404 on the logs routes after DELETE logs', async () => {
    const run = findRun(sim, conclusionIs('success'));
    const location =
      (await api(sim, `${OCTO}/actions/runs/${run.id}/logs`)).headers['location'] ?? '';
    expect(
      (await api(sim, `${OCTO}/actions/runs/${run.id}/logs`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await api(sim, `${OCTO}/actions/runs/${run.id}/logs`)).status).toBe(404);
    expect((await api(sim, `${OCTO}/actions/runs/${run.id}/attempts/1/logs`)).status).toBe(404);
    expect((await download(location)).status).toBe(404);
    // The run itself is still there.
    expect((await api(sim, `${OCTO}/actions/runs/${run.id}`)).status).toBe(200);
  });
});
