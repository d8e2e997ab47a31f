/**
 * `approveDeployments` and `rejectDeployments`: one REST write with a different `state`, and
 * exactly the input and payload of GitHub's GraphQL mutations of those names, so an
 * operation written for GitHub's API validates here unchanged.
 */
import { Deployment } from '../types/deployment.js';
import { defineMutation, runPath } from './define-mutation.js';
import {
  checkComment,
  environmentDatabaseIds,
  MAX_COMMENT_LENGTH,
  runKeyFromId,
} from './input-checks.js';

const VERB = { approved: 'approve', rejected: 'reject' } as const;

export function definePendingDeploymentsReview(
  name: 'approveDeployments' | 'rejectDeployments',
  state: 'approved' | 'rejected',
) {
  const verb = VERB[state];
  return defineMutation(name, {
    description: `${verb === 'approve' ? 'Approve' : 'Reject'} all pending deployments under one or more environments of a workflow run (\`POST .../actions/runs/{run_id}/pending_deployments\`, state \`${state}\`).`,
    inputFields: (t) => ({
      workflowRunId: t.id({
        required: true,
        description:
          'The node ID of the workflow run containing the pending deployments (`WorkflowRun.id`).',
      }),
      environmentIds: t.idList({
        required: true,
        description: `The ids of environments to ${verb} deployments: each an \`Environment.id\` (GitHub's environment node id, so ids from GitHub's GraphQL API work too) or an \`Environment.databaseId\` as a string. At least one.`,
      }),
      comment: t.string({
        defaultValue: '',
        description: `Optional comment for ${verb === 'approve' ? 'approving' : 'rejecting'} deployments, at most ${MAX_COMMENT_LENGTH} characters.`,
      }),
    }),
    check: ({ workflowRunId, environmentIds, comment }) => ({
      run: runKeyFromId(String(workflowRunId)),
      environmentIds: environmentDatabaseIds(environmentIds.map(String)),
      comment: checkComment(comment),
    }),
    runOf: ({ run }) => run,
    writes: 'run',
    write: (ctx, { run, environmentIds, comment }) =>
      ctx.github.rest.reviewPendingDeploymentsForRun({
        path: runPath(run),
        body: { environment_ids: environmentIds, state, comment },
      }),
    payload: ({ run }, { data }) => ({
      deployments: data.map((deployment) => ({
        owner: run.owner,
        repo: run.repo,
        data: deployment,
      })),
    }),
    payloadFields: (t) => ({
      deployments: t.field({
        type: [Deployment],
        nullable: { list: true, items: false },
        description: 'The affected deployments, as GitHub answered the review (no further read).',
        resolve: (payload) => payload.deployments,
      }),
    }),
  });
}
