import { request } from 'undici';
import { expect } from 'vitest';
import { test } from '../helpers/fixtures.js';
import { restGet } from '../helpers/rest.js';
import { routeKey } from '../helpers/routes.js';

const REPO = '/repos/octo-org/octo-repo';

const Artifacts = `
  query ($id: BigInt!) {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRun(databaseId: $id) {
        artifacts(first: 10) { totalCount nodes { fullDatabaseId name sizeInBytes expired expiresAt digest download { url expiresAt } } }
      }
    }
  }`;

test("lists a run's artifacts as REST does, with expiring download links that need no token", async ({
  world: h,
}) => {
  const { body: list } = await restGet(
    h.simulator.url,
    `${REPO}/actions/runs?status=completed&per_page=1`,
  );
  const run = list.workflow_runs[0];
  const { body: rest } = await restGet(h.simulator.url, `${REPO}/actions/runs/${run.id}/artifacts`);
  expect(rest.total_count).toBeGreaterThan(0);
  h.resetCalls();
  const { data, errors } = await h.execute<any, any>(Artifacts, { id: run.id });
  expect(errors).toBeUndefined();
  const artifacts = data.repository.workflowRun.artifacts;
  expect(artifacts.totalCount).toBe(rest.total_count);
  expect(
    artifacts.nodes.map((a: any) => ({
      id: Number(a.fullDatabaseId),
      name: a.name,
      size: a.sizeInBytes,
      expired: a.expired,
      expiresAt: a.expiresAt,
      digest: a.digest,
    })),
  ).toEqual(
    rest.artifacts.map((a: any) => ({
      id: a.id,
      name: a.name,
      size: a.size_in_bytes,
      expired: a.expired,
      expiresAt: a.expires_at,
      digest: a.digest,
    })),
  );
  const link = artifacts.nodes[0].download;
  expect(Date.parse(link.expiresAt)).toBeGreaterThan(
    Date.parse(h.simulator.clock.now().toISOString()),
  );
  const zip = await request(link.url);
  expect(zip.statusCode).toBe(200);
  expect(zip.headers['content-type']).toBe('application/zip');
  await zip.body.dump();
  // the run, the listing, one link per artifact; the zips never pass through the gateway
  expect(h.upstreamCalls({ route: routeKey('listWorkflowRunArtifacts') })).toBe(1);
  expect(
    h.upstreamCalls({
      route: routeKey('downloadArtifact'),
    }),
  ).toBe(rest.total_count);
});

test('has no artifacts for a run still going', async ({ world: h }) => {
  const { body: list } = await restGet(
    h.simulator.url,
    `${REPO}/actions/runs?status=in_progress&per_page=1`,
  );
  const { data } = await h.execute<any, any>(Artifacts, { id: list.workflow_runs[0].id });
  expect(data.repository.workflowRun.artifacts).toEqual({ totalCount: 0, nodes: [] });
});
