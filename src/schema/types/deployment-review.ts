import type { Context } from '../../context.js';
import type { EnvironmentApproval } from '../../github/types.js';
import { GitHubError } from '../../github/errors.js';
import type { RunKey } from '../../loaders/keys.js';
import { paginateArray } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { DeploymentReviewState } from './deployment-review-state.js';
import { Environment } from './environment.js';
import { User } from './user.js';

/** REST's approvals have no id of their own: a review is its run and its place in the history. */
export type DeploymentReviewShape = RunKey & { index: number; data: EnvironmentApproval };

export const DeploymentReview = builder.objectRef<DeploymentReviewShape>('DeploymentReview');

async function loadReview(ctx: Context, id: string): Promise<DeploymentReviewShape> {
  const { owner, repo, numbers } = parseRepoScopedId(id, 2);
  const key = { owner, repo, runId: numbers[0]! };
  const index = numbers[1]! - 1;
  const reviews = await ctx.loaders.approvals.load(key);
  const data = reviews[index];
  if (!data) throw new GitHubError('NOT_FOUND', 'No such deployment review.');
  return { ...key, index, data };
}

builder.node(DeploymentReview, {
  description: 'A deployment review: an approval or rejection of environments for a workflow run.',
  id: { resolve: (review) => `${repoIdPart(review)}/${review.runId}/${review.index + 1}` },
  loadOne: (id, ctx) => loadReview(ctx, id),
  fields: (t) => ({
    comment: t.string({
      description: 'The comment the user left.',
      resolve: (review) => review.data.comment,
    }),
    databaseId: t.int({
      nullable: true,
      description:
        "Identifies the primary key from the database. Always null here: GitHub's REST approvals (`GET .../runs/{run_id}/approvals`) carry no id of a review, so there is none to serve. Served so that operations valid against GitHub's schema validate here.",
      resolve: () => null,
    }),
    environments: t.connection(
      {
        type: Environment,
        description: 'The environments approved or rejected',
        resolve: (review, args) => paginateArray(args, review.data.environments),
      },
      countedConnection(Environment, 'Environment'),
    ),
    state: t.field({
      type: DeploymentReviewState.ref,
      description: 'The decision of the user.',
      resolve: (review) => review.data.state,
    }),
    user: t.field({
      type: User,
      description: 'The user that reviewed the deployment.',
      resolve: (review) => review.data.user,
    }),
  }),
});

export const DeploymentReviewConnection = countedConnection(DeploymentReview, 'DeploymentReview');
