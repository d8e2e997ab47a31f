import { expect } from 'vitest';
import { test } from '../helpers/fixtures.js';
import { restGet } from '../helpers/rest.js';

const REPO = '/repos/octo-org/octo-repo';

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

const RunDurations = `
  query ($id: BigInt!) {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRun(databaseId: $id) {
        status duration queuedDuration
        attempts { nodes { number duration queuedDuration } }
        jobs(first: 20) { nodes { fullDatabaseId duration queuedDuration steps { number duration } } }
      }
    }
  }`;

test('computes run, attempt, job and step durations from the REST timestamps, with no extra call', async ({
  world: h,
}) => {
  const { body: list } = await restGet(
    h.simulator.url,
    `${REPO}/actions/runs?status=completed&per_page=1`,
  );
  const rest = list.workflow_runs[0];
  const { body: jobs } = await restGet(
    h.simulator.url,
    `${REPO}/actions/runs/${rest.id}/jobs?per_page=100`,
  );
  h.resetCalls();
  const { data, errors } = await h.execute<any, any>(RunDurations, { id: rest.id });
  expect(errors).toBeUndefined();
  const run = data.repository.workflowRun;
  expect(run.duration).toBe(seconds(rest.run_started_at, rest.updated_at));
  expect(run.queuedDuration).toBe(seconds(rest.created_at, rest.run_started_at));
  expect(run.attempts.nodes.at(-1)).toMatchObject({
    duration: run.duration,
    queuedDuration: run.queuedDuration,
  });
  expect(run.jobs.nodes.length).toBeGreaterThan(0);
  for (const job of run.jobs.nodes) {
    const r = jobs.jobs.find((j: any) => j.id === Number(job.fullDatabaseId));
    expect(job.duration).toBe(seconds(r.started_at, r.completed_at));
    expect(job.queuedDuration).toBe(seconds(r.created_at, r.started_at));
    for (const step of job.steps) {
      const s = r.steps.find((x: any) => x.number === step.number);
      expect(step.duration).toBe(seconds(s.started_at, s.completed_at));
    }
  }
  // the run and its jobs: nothing more
  expect(h.upstreamCalls()).toBe(2);
});

test('leaves the duration of a run that has not completed null', async ({ world: h }) => {
  const { body: list } = await restGet(
    h.simulator.url,
    `${REPO}/actions/runs?status=queued&per_page=1`,
  );
  const { data } = await h.execute<any, any>(RunDurations, { id: list.workflow_runs[0].id });
  expect(data.repository.workflowRun).toMatchObject({ status: 'QUEUED', duration: null });
  expect(data.repository.workflowRun.jobs.nodes.every((j: any) => j.duration === null)).toBe(true);
});
