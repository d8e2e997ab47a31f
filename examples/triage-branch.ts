/**
 * Triage a branch: list its failed runs, then approve the deployments waiting on an
 * environment. Every operation is typed from `schema.graphql` by `npm run codegen`.
 *
 *   GATEWAY_URL=http://localhost:4000/graphql GITHUB_TOKEN=demo-admin-token \
 *     npx tsx examples/triage-branch.ts octo-org octo-repo main staging
 */
import { createClient, type Request } from './client.js';
import { graphql } from './gql/index.js';

const FailingRuns = graphql(`
  query FailingRuns($owner: String!, $name: String!, $branch: String!, $first: Int!) {
    repository(owner: $owner, name: $name) {
      workflowRuns(first: $first, filterBy: { branch: $branch, status: FAILURE }) {
        totalCount
        nodes {
          id
          fullDatabaseId
          runNumber
          displayTitle
          headBranch
          conclusion
          url
          workflow {
            name
          }
        }
      }
    }
  }
`);

const WaitingDeployments = graphql(`
  query WaitingDeployments($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      workflowRuns(first: 20, filterBy: { status: WAITING }) {
        nodes {
          id
          runNumber
          displayTitle
          pendingDeploymentRequests(first: 10) {
            nodes {
              currentUserCanApprove
              environment {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

const ApproveDeployments = graphql(`
  mutation ApproveDeployments($input: ApproveDeploymentsInput!) {
    approveDeployments(input: $input) {
      deployments {
        fullDatabaseId
        environment
        description
      }
    }
  }
`);

export async function listFailingRuns(
  request: Request,
  repo: { owner: string; name: string },
  branch: string,
  first = 20,
) {
  const data = await request(FailingRuns, { ...repo, branch, first });
  const runs = data.repository?.workflowRuns;
  return {
    totalCount: runs?.totalCount ?? 0,
    runs: (runs?.nodes ?? []).flatMap((run) => (run ? [run] : [])),
  };
}

export async function approveDeployments(
  request: Request,
  input: { workflowRunId: string; environmentIds: string[]; comment: string },
) {
  const result = await request(ApproveDeployments, { input });
  return result.approveDeployments?.deployments ?? [];
}

/** The runs waiting for a deployment review, with the environments they wait on. */
export async function waitingRuns(request: Request, repo: { owner: string; name: string }) {
  const data = await request(WaitingDeployments, repo);
  return (data.repository?.workflowRuns.nodes ?? []).flatMap((run) => (run ? [run] : []));
}

/** Approves, run by run, every deployment to `environment` that the caller may approve. */
export async function approveWaitingDeployments(
  request: Request,
  repo: { owner: string; name: string },
  environment: string,
  comment: string,
) {
  const approved: Array<{ runNumber: number; deploymentIds: string[] }> = [];
  for (const run of await waitingRuns(request, repo)) {
    const environmentIds = (run.pendingDeploymentRequests.nodes ?? [])
      .filter((r) => r?.currentUserCanApprove && r.environment.name === environment)
      .map((r) => r!.environment.id);
    if (environmentIds.length === 0) continue;
    const deployments = await approveDeployments(request, {
      workflowRunId: run.id,
      environmentIds,
      comment,
    });
    approved.push({
      runNumber: run.runNumber,
      deploymentIds: deployments.map((d) => d.fullDatabaseId),
    });
  }
  return approved;
}

async function main(argv: string[]) {
  const [owner, name, branch = 'main', environment] = argv;
  if (!owner || !name) {
    console.error('usage: triage-branch.ts OWNER NAME [BRANCH] [ENVIRONMENT_TO_APPROVE]');
    process.exit(2);
  }
  const request = createClient({
    url: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql',
    token: process.env.GITHUB_TOKEN,
    persisted: process.env.PERSISTED === 'true',
  });
  const { totalCount, runs } = await listFailingRuns(request, { owner, name }, branch);
  console.log(`${totalCount} failed runs on ${owner}/${name}@${branch}`);
  for (const run of runs)
    console.log(
      `  #${run.runNumber} ${run.workflow?.name ?? '(workflow not in this repository)'}: ${run.displayTitle} ${run.url}`,
    );
  if (environment) {
    const approved = await approveWaitingDeployments(
      request,
      { owner, name },
      environment,
      'Approved by triage-branch.ts',
    );
    for (const a of approved)
      console.log(
        `approved ${environment} for run #${a.runNumber} (deployments ${a.deploymentIds.join(', ')})`,
      );
    if (approved.length === 0)
      console.log(`nothing waiting on ${environment} that you may approve`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
