import { stripVTControlCharacters } from 'node:util';
import { request } from 'undici';
import { expect } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { test } from '../helpers/fixtures.js';
import type { Harness } from '../helpers/harness.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

const REPO = '/repos/octo-org/octo-repo';
const SIGNED = '/signed-logs/jobs/{job_id}';

const JobLog = `
  query ($id: ID!, $tail: Int, $keepAnsi: Boolean) {
    node(id: $id) { ... on WorkflowJob { conclusion log(tailLines: $tail, keepAnsi: $keepAnsi) { text truncated url expiresAt } } }
  }`;

async function jobWith(h: Harness, conclusion: string) {
  const { body } = await restGet(h.simulator.url, `${REPO}/actions/runs?status=failure&per_page=5`);
  for (const run of body.workflow_runs) {
    const { body: jobs } = await restGet(h.simulator.url, `${REPO}/actions/runs/${run.id}/jobs`);
    const job = jobs.jobs.find((j: any) => j.conclusion === conclusion);
    if (job) return job;
  }
  throw new Error(`no ${conclusion} job`);
}

/** The whole log, read straight from the simulator's signed link. */
async function fullLog(h: Harness, jobId: number): Promise<string> {
  const redirect = await restGet(h.simulator.url, `${REPO}/actions/jobs/${jobId}/logs`);
  expect(redirect.status).toBe(302);
  return (await request(String(redirect.headers.location))).body.text();
}

const gid = (jobId: number) => encodeGlobalId('WorkflowJob', `octo-org/octo-repo/${jobId}`);

test("returns the tail of a large failed job's log, as the full log ends, without sending the token to the log host", async ({
  world: h,
}) => {
  const job = await jobWith(h, 'failure');
  const full = await fullLog(h, job.id);
  expect(full.length).toBeGreaterThan(2 * 1024 * 1024);
  h.resetCalls();
  const { data, errors } = await h.execute<any, any>(JobLog, { id: gid(job.id), tail: 20 });
  expect(errors).toBeUndefined();
  const log = data.node.log;
  const expected = stripVTControlCharacters(full).trimEnd().split('\n').slice(-20).join('\n');
  expect(log.text).toBe(expected);
  expect(log.text).toContain('##[error]Process completed with exit code 1.');
  expect(log.truncated).toBe(true);
  expect(log.url).toContain('/signed-logs/jobs/');
  // the API route with the caller's token, then the signed link with none
  expect(h.upstreamLog().map((r) => [r.route, r.token])).toEqual([
    [routeKey('getJobForWorkflowRun'), 'admin'],
    [routeKey('downloadJobLogsForWorkflowRun'), 'admin'],
    [SIGNED, 'anonymous'],
  ]);
});

test('keeps ANSI escapes when asked, and caps the tail at 1,000 lines', async ({ world: h }) => {
  const job = await jobWith(h, 'failure');
  const { data } = await h.execute<any, any>(JobLog, {
    id: gid(job.id),
    tail: 1000,
    keepAnsi: true,
  });
  expect(data.node.log.text.split('\n')).toHaveLength(1000);
  expect(data.node.log.text).toContain('\u001b[31m');
});

test('returns a short log whole, not truncated', async ({ world: h }) => {
  const job = await jobWith(h, 'success');
  const full = await fullLog(h, job.id);
  const { data } = await h.execute<any, any>(JobLog, { id: gid(job.id), tail: 1000 });
  expect(data.node.log).toMatchObject({ text: full.trimEnd(), truncated: false });
});

test.for([0, 1001, -5])('refuses tailLines %i before any call', async (tail, { world: h }) => {
  const job = await jobWith(h, 'success');
  h.resetCalls();
  const { errors } = await h.execute<any, any>(
    `query ($id: ID!, $t: Int) { node(id: $id) { ... on WorkflowJob { log(tailLines: $t) { text } } } }`,
    { id: gid(job.id), t: tail },
  );
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(h.upstreamCalls({ route: routeKey('downloadJobLogsForWorkflowRun') })).toBe(0);
});
