/** Pagination, Link headers, every list filter and the 1,000-result cap. Read-only, so one simulator serves all. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { latestAttempt, RUN_CONCLUSIONS, RUN_STATUSES } from '../../src/simulator/world/model.js';
import { api, OCTO, parseLink } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
  sim.clock.freeze();
});
afterAll(() => sim.close());

const ids = (res: { json: any }): number[] => res.json.workflow_runs.map((r: any) => r.id);

describe('pagination', () => {
  it('defaults to 30 per page, newest first, with total_count', async () => {
    const res = await api(sim, `${OCTO}/actions/runs`);
    expect(res.json.total_count).toBe(320);
    expect(res.json.workflow_runs).toHaveLength(30);
    const created = res.json.workflow_runs.map((r: any) => Date.parse(r.created_at));
    expect(created).toEqual([...created].sort((a: number, b: number) => b - a));
  });

  it('caps per_page at 100 and walks every page through Link rel="next" without gaps', async () => {
    let url: string | undefined = `${sim.url}${OCTO}/actions/runs?per_page=100`;
    const all: number[] = [];
    let pages = 0;
    while (url) {
      const res = await api(sim, url);
      expect(res.json.workflow_runs.length).toBeLessThanOrEqual(100);
      all.push(...ids(res));
      url = parseLink(res.headers['link']).next;
      pages++;
    }
    expect(pages).toBe(4);
    expect(new Set(all).size).toBe(320);
    expect((await api(sim, `${OCTO}/actions/runs?per_page=500`)).json.workflow_runs).toHaveLength(
      100,
    );
  });

  it('writes GitHub-format Link headers with prev, next, last and first', async () => {
    const res = await api(sim, `${OCTO}/actions/runs?per_page=50&page=3&branch=main`);
    const link = res.headers['link'] ?? '';
    expect(link).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/octo-repo\/actions\/runs\?[^>]+>; rel="prev", </,
    );
    const rels = parseLink(link);
    expect(Object.keys(rels).sort()).toEqual(
      ['first', 'last', 'next', 'prev'].filter((r) => rels[r]).sort(),
    );
    expect(new URL(rels['prev'] ?? '').searchParams.get('page')).toBe('2');
    expect(new URL(rels['first'] ?? '').searchParams.get('page')).toBe('1');
    expect(new URL(rels['prev'] ?? '').searchParams.get('branch')).toBe('main');
    const first = await api(sim, `${OCTO}/actions/runs?per_page=50`);
    expect(parseLink(first.headers['link'])).not.toHaveProperty('prev');
    expect(new URL(parseLink(first.headers['link'])['last'] ?? '').searchParams.get('page')).toBe(
      '7',
    );
    const last = await api(sim, `${OCTO}/actions/runs?per_page=50&page=7`);
    expect(Object.keys(parseLink(last.headers['link'])).sort()).toEqual(['first', 'prev']);
    const beyond = await api(sim, `${OCTO}/actions/runs?per_page=50&page=99`);
    expect(beyond.json.workflow_runs).toEqual([]);
    expect(beyond.json.total_count).toBe(320);
  });

  it('paginates workflows and jobs with Link headers too', async () => {
    const wf = await api(sim, `${OCTO}/actions/workflows?per_page=1`);
    expect(wf.json.total_count).toBe(2);
    expect(wf.json.workflows).toHaveLength(1);
    expect(parseLink(wf.headers['link'])['next']).toContain('page=2');
    const run = sim.state
      .runs('octo-org/octo-repo')
      .find((r) => r.workflow.name === 'CI' && r.attempts.length === 1);
    const jobs = await api(sim, `${OCTO}/actions/runs/${run?.id}/jobs?per_page=3`);
    expect(jobs.json.total_count).toBe(4);
    expect(jobs.json.jobs).toHaveLength(3);
    expect(parseLink(jobs.headers['link'])['last']).toContain('page=2');
  });

  it('jobs filter=latest shows the latest attempt, filter=all every attempt', async () => {
    const run = sim.state.runs('octo-org/octo-repo').find((r) => r.attempts.length === 3);
    if (!run) throw new Error('seeded world has a 3-attempt run');
    const latest = await api(sim, `${OCTO}/actions/runs/${run.id}/jobs`);
    expect(latest.json.jobs.every((j: any) => j.run_attempt === 3)).toBe(true);
    const all = await api(sim, `${OCTO}/actions/runs/${run.id}/jobs?filter=all&per_page=100`);
    expect(all.json.total_count).toBe(latest.json.total_count * 3);
    expect(new Set(all.json.jobs.map((j: any) => j.run_attempt))).toEqual(new Set([1, 2, 3]));
  });
});

describe('filters', () => {
  const runs = () => sim.state.runs('octo-org/octo-repo');
  const count = async (query: string): Promise<number> =>
    (await api(sim, `${OCTO}/actions/runs?${query}`)).json.total_count;

  it('filters by actor, branch, event, head_sha and check_suite_id', async () => {
    expect(await count('actor=monalisa')).toBe(
      runs().filter((r) => r.actor.login === 'monalisa').length,
    );
    expect(await count('actor=monalisa')).toBeGreaterThan(0);
    expect(await count('branch=main')).toBe(runs().filter((r) => r.headBranch === 'main').length);
    expect(await count('event=pull_request')).toBe(
      runs().filter((r) => r.event === 'pull_request').length,
    );
    const sample = runs()[17];
    expect(await count(`head_sha=${sample?.headSha}`)).toBe(1);
    expect(await count(`check_suite_id=${sample?.checkSuiteId}`)).toBe(1);
    const res = await api(sim, `${OCTO}/actions/runs?event=pull_request&per_page=100`);
    expect(
      res.json.workflow_runs.every(
        (r: any) => r.event === 'pull_request' && r.pull_requests.length === 1,
      ),
    ).toBe(true);
  });

  it('status matches a status or a conclusion', async () => {
    for (const s of RUN_STATUSES) {
      expect(await count(`status=${s}`), s).toBe(
        runs().filter((r) => latestAttempt(r).status === s).length,
      );
    }
    for (const c of RUN_CONCLUSIONS) {
      const n = await count(`status=${c}`);
      expect(n, c).toBe(runs().filter((r) => latestAttempt(r).conclusion === c).length);
      expect(n, c).toBeGreaterThan(0);
    }
  });

  it('understands the created date-range syntax', async () => {
    const at = (d: string): number => Date.parse(d);
    const within = (lo: number, hi: number): number =>
      runs().filter((r) => r.createdAt.getTime() >= lo && r.createdAt.getTime() < hi).length;
    const INF = Number.MAX_SAFE_INTEGER;
    expect(await count('created=>=2026-05-01')).toBe(within(at('2026-05-01'), INF));
    expect(await count('created=>2026-05-01')).toBe(within(at('2026-05-02'), INF));
    expect(await count('created=<2026-05-01')).toBe(within(0, at('2026-05-01')));
    expect(await count('created=<=2026-05-01')).toBe(within(0, at('2026-05-02')));
    expect(await count('created=2026-04-01..2026-04-30')).toBe(
      within(at('2026-04-01'), at('2026-05-01')),
    );
    expect(await count('created=2026-04-01..*')).toBe(within(at('2026-04-01'), INF));
    expect(await count('created=*..2026-04-01')).toBe(within(0, at('2026-04-02')));
    expect(await count('created=2026-04-15')).toBe(within(at('2026-04-15'), at('2026-04-16')));
    expect(await count('created=2026-04-01..2026-04-30')).toBeGreaterThan(50);
    expect((await api(sim, `${OCTO}/actions/runs?created=last-week`)).status).toBe(422);
  });

  it('compares date-times at the second, the precision GitHub stores', async () => {
    const run = runs()[40]!;
    const t = run.createdAt.toISOString().replace('.000Z', 'Z');
    const listed = async (query: string) =>
      ids(await api(sim, `${OCTO}/actions/runs?per_page=100&${query}`));
    const seconds = (r: { createdAt: Date }) => Math.floor(r.createdAt.getTime() / 1000);
    const older = runs().filter((r) => seconds(r) <= seconds(run));
    expect(await listed(`created=${encodeURIComponent(`<=${t}`)}`)).toEqual(
      older.slice(0, 100).map((r) => r.id),
    );
    expect(await listed(`created=${encodeURIComponent(`<${t}`)}`)).not.toContain(run.id);
    expect(await listed(`created=${encodeURIComponent(`>=${t}`)}`)).toContain(run.id);
    expect(await listed(`created=${encodeURIComponent(`>${t}`)}`)).not.toContain(run.id);
    expect(await listed(`created=${t}..${t}`)).toContain(run.id);
    // The same instant with an offset, and a minute that holds the second.
    const zoned = new Date(run.createdAt.getTime() + 2 * 3_600_000)
      .toISOString()
      .replace('.000Z', '+02:00');
    expect(await listed(`created=${encodeURIComponent(zoned)}`)).toEqual([run.id]);
    expect(await listed(`created=${t.slice(0, 16)}`)).toContain(run.id);
    expect((await api(sim, `${OCTO}/actions/runs?created=2026-05-01T25:00`)).status).toBe(422);
  });

  it('exclude_pull_requests empties pull_requests', async () => {
    const res = await api(
      sim,
      `${OCTO}/actions/runs?event=pull_request&exclude_pull_requests=true`,
    );
    expect(res.json.workflow_runs.length).toBeGreaterThan(0);
    expect(
      res.json.workflow_runs.every(
        (r: any) => Array.isArray(r.pull_requests) && r.pull_requests.length === 0,
      ),
    ).toBe(true);
    const run = res.json.workflow_runs[0];
    expect(
      (await api(sim, `${OCTO}/actions/runs/${run.id}?exclude_pull_requests=true`)).json
        .pull_requests,
    ).toEqual([]);
    expect((await api(sim, `${OCTO}/actions/runs/${run.id}`)).json.pull_requests).toHaveLength(1);
  });

  it('lists a workflow’s runs by id or by file name', async () => {
    const byName = await api(sim, `${OCTO}/actions/workflows/deploy.yml/runs?per_page=100`);
    const byId = await api(sim, `${OCTO}/actions/workflows/161336/runs?per_page=100`);
    expect(byName.json.total_count).toBe(byId.json.total_count);
    expect(
      byName.json.workflow_runs.every((r: any) => r.path === '.github/workflows/deploy.yml'),
    ).toBe(true);
  });
});

describe('more repositories', () => {
  it('seeds service-1 to service-N when asked, each like public-site', async () => {
    const more = await startSimulator({ services: 3 });
    try {
      for (const name of ['service-1', 'service-3']) {
        const res = await api(more, `/repos/octo-org/${name}/actions/runs?per_page=1`);
        expect(res.status).toBe(200);
        expect(res.json.total_count).toBe(80);
      }
      expect((await api(more, '/repos/octo-org/service-4/actions/runs')).status).toBe(404);
    } finally {
      await more.close();
    }
  });
});

describe('the 1,000-result cap for filtered searches', () => {
  it('makes at most 1,000 runs reachable when a filter is used', async () => {
    const big = await startSimulator({ size: 1100 });
    try {
      const unfiltered = await api(big, `${OCTO}/actions/runs?per_page=100&page=11`);
      expect(unfiltered.json.workflow_runs).toHaveLength(100);
      const filtered = await api(
        big,
        `${OCTO}/actions/runs?per_page=100&page=11&created=>=2020-01-01`,
      );
      expect(filtered.json.total_count).toBe(1100);
      expect(filtered.json.workflow_runs).toEqual([]);
      const last = await api(big, `${OCTO}/actions/runs?per_page=100&created=>=2020-01-01`);
      expect(new URL(parseLink(last.headers['link'])['last'] ?? '').searchParams.get('page')).toBe(
        '10',
      );
    } finally {
      await big.close();
    }
  });
});
