/**
 * The typed client example, run as a user runs it: plain `fetch` over loopback to a gateway
 * in front of the embedded simulator, with the demo tokens.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GatewayError } from '../../examples/client.js';
import {
  approveDeployments,
  approveWaitingDeployments,
  listFailingRuns,
  waitingRuns,
} from '../../examples/triage-branch.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { routeKey } from '../helpers/routes.js';

const repo = { owner: 'octo-org', name: 'octo-repo' };
let harness: Harness;
let server: Server;
let url: string;

/** What GitHub's REST API itself says, asked directly of the simulator. */
async function rest<T>(path: string): Promise<T> {
  const response = await fetch(`${harness.simulator.url}${path}`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  return (await response.json()) as T;
}

beforeAll(async () => {
  harness = await startHarness({ size: 'small' });
  server = createServer(harness.gateway);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await harness?.close();
});

describe('examples/triage-branch.ts', () => {
  it("lists a branch's failed runs, the same ones GitHub's REST API lists", async () => {
    const request = createClient({ url, token: DEMO_TOKENS.read });
    const { totalCount, runs } = await listFailingRuns(request, repo, 'main', 100);

    const expected = await rest<{ total_count: number; workflow_runs: Array<{ id: number }> }>(
      '/repos/octo-org/octo-repo/actions/runs?branch=main&status=failure&per_page=100',
    );
    expect(totalCount).toBe(expected.total_count);
    expect(totalCount).toBeGreaterThan(0);
    expect(runs.map((r) => r.fullDatabaseId)).toEqual(
      expected.workflow_runs.map((r) => String(r.id)),
    );
    for (const run of runs) {
      expect(run).toMatchObject({ headBranch: 'main', conclusion: 'FAILURE' });
      expect(run.workflow?.name).toMatch(/^(CI|Deploy)$/);
    }
  });

  it('approves the deployments waiting on staging, and GitHub then has none waiting there', async () => {
    const request = createClient({ url, token: DEMO_TOKENS.admin });
    type Pending = Array<{ environment: { name: string } }>;
    const waitingRuns = await rest<{ workflow_runs: Array<{ id: number; run_number: number }> }>(
      '/repos/octo-org/octo-repo/actions/runs?status=waiting&per_page=20',
    );
    const waitingOnStaging = [];
    for (const run of waitingRuns.workflow_runs) {
      const pending = await rest<Pending>(
        `/repos/octo-org/octo-repo/actions/runs/${run.id}/pending_deployments`,
      );
      if (pending.some((p) => p.environment.name === 'staging')) waitingOnStaging.push(run);
    }
    expect(waitingOnStaging.length).toBeGreaterThan(0);
    harness.resetCalls();

    const approved = await approveWaitingDeployments(
      request,
      repo,
      'staging',
      'Approved by the example test',
    );

    expect(approved.map((a) => a.runNumber).sort()).toEqual(
      waitingOnStaging.map((r) => r.run_number).sort(),
    );
    for (const a of approved) expect(a.deploymentIds.length).toBeGreaterThan(0);
    // One review per run, nothing more.
    expect(
      harness.upstreamCalls({
        method: 'POST',
        route: routeKey('getPendingDeploymentsForRun'),
      }),
    ).toBe(waitingOnStaging.length);
    for (const run of waitingOnStaging) {
      const pending = await rest<Pending>(
        `/repos/octo-org/octo-repo/actions/runs/${run.id}/pending_deployments`,
      );
      expect(pending.map((p) => p.environment.name)).not.toContain('staging');
    }
  });

  it('surfaces the stable error code when the token may only read', async () => {
    const reader = createClient({ url, token: DEMO_TOKENS.read });
    // The read-only user may approve nothing, so the example attempts nothing...
    expect(await approveWaitingDeployments(reader, repo, 'production', 'read-only')).toEqual([]);
    // ...and a direct approval is refused by GitHub, as a stable code.
    const admin = createClient({ url, token: DEMO_TOKENS.admin });
    const run = (await waitingRuns(admin, repo)).find(
      (r) => (r.pendingDeploymentRequests.nodes ?? []).length > 0,
    )!;
    harness.resetCalls();
    const refused = await approveDeployments(reader, {
      workflowRunId: run.id,
      environmentIds: [run.pendingDeploymentRequests.nodes![0]!.environment.id],
      comment: '',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GatewayError);
    expect((refused as GatewayError).codes).toEqual(['FORBIDDEN']);
  });
});
