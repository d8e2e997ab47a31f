import { restEnum } from '../rest-enum.js';

/** GitHub's `DeploymentReviewState`, plus REST's `pending`. */
export const DeploymentReviewState = restEnum(
  'DeploymentReviewState',
  'The possible states for a deployment review.',
  ['approved', 'rejected', 'pending'] as const,
  { pending: "Not yet decided (REST reports this state; GitHub's GraphQL API does not)." },
);
