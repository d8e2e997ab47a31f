import type { PendingDeployment } from '../../github/types.js';
import type { RunKey } from '../../loaders/keys.js';
import { paginateArray } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { DeploymentReviewer } from './deployment-reviewer.js';
import { Environment } from './environment.js';

export type DeploymentRequestShape = RunKey & { data: PendingDeployment };

export const DeploymentRequest = builder
  .objectRef<DeploymentRequestShape>('DeploymentRequest')
  .implement({
    description: 'A request to deploy a workflow run to an environment.',
    fields: (t) => ({
      currentUserCanApprove: t.boolean({
        description: 'Whether or not the current user can approve the deployment',
        resolve: (req) => req.data.current_user_can_approve,
      }),
      environment: t.field({
        type: Environment,
        description: 'The target environment of the deployment',
        resolve: (req) => req.data.environment,
      }),
      reviewers: t.connection(
        {
          type: DeploymentReviewer,
          description: 'The teams or users that can review the deployment',
          resolve: (req, args) =>
            paginateArray(
              args,
              req.data.reviewers.flatMap((item) => (item.reviewer ? [item.reviewer] : [])),
            ),
        },
        countedConnection(DeploymentReviewer, 'DeploymentReviewer'),
      ),
      waitTimer: t.int({
        description: 'The wait timer in minutes configured in the environment',
        resolve: (req) => req.data.wait_timer,
      }),
      waitTimerStartedAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'The wait timer in minutes configured in the environment',
        resolve: (req) => req.data.wait_timer_started_at ?? null,
      }),
    }),
  });

export const DeploymentRequestConnection = countedConnection(
  DeploymentRequest,
  'DeploymentRequest',
);
