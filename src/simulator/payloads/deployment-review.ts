/** Payloads of the deployment-review routes: pending deployments, approvals, deployments. */
import { githubTime } from './time.js';
import { legacyNodeId } from '../node-id.js';
import type {
  ApprovalRecord,
  DeploymentRecord,
  EnvironmentRecord,
  PendingDeploymentRecord,
  RepoRecord,
  RunRecord,
} from '../world/model.js';
import { repoApiUrl, repoHtmlUrl } from './repository.js';
import type { Deployment, EnvironmentApprovals, PendingDeployment } from './schemas.js';
import { renderTeam, renderUser } from './user.js';

function renderEnvironment(base: string, repo: RepoRecord, env: EnvironmentRecord) {
  return {
    id: env.id,
    node_id: legacyNodeId('Environment', env.id),
    name: env.name,
    url: `${repoApiUrl(base, repo)}/environments/${env.name}`,
    html_url: `${repoHtmlUrl(base, repo)}/deployments/activity_log?environments_filter=${env.name}`,
  };
}

/** `current_user_can_approve` depends on who asks: only a token with write access may review. */
export function renderPendingDeployment(
  base: string,
  run: RunRecord,
  pending: PendingDeploymentRecord,
  canApprove: boolean,
): PendingDeployment {
  const env = pending.environment;
  return {
    environment: renderEnvironment(base, run.repo, env),
    wait_timer: env.waitTimer,
    wait_timer_started_at: githubTime(pending.waitTimerStartedAt),
    current_user_can_approve: canApprove,
    reviewers: env.reviewers.map((r) =>
      r.type === 'User'
        ? { type: 'User' as const, reviewer: renderUser(base, r.user) }
        : { type: 'Team' as const, reviewer: renderTeam(base, r.team, run.repo.owner.login) },
    ),
  };
}

export function renderApproval(
  base: string,
  run: RunRecord,
  approval: ApprovalRecord,
): EnvironmentApprovals {
  return {
    environments: approval.environments.map((env) => ({
      ...renderEnvironment(base, run.repo, env),
      created_at: githubTime(env.createdAt),
      updated_at: githubTime(env.createdAt),
    })),
    state: approval.state,
    user: renderUser(base, approval.user),
    comment: approval.comment,
  };
}

export function renderDeployment(
  base: string,
  run: RunRecord,
  deployment: DeploymentRecord,
): Deployment {
  const repoUrl = repoApiUrl(base, run.repo);
  const url = `${repoUrl}/deployments/${deployment.id}`;
  const at = githubTime(deployment.createdAt);
  return {
    url,
    id: deployment.id,
    node_id: legacyNodeId('Deployment', deployment.id),
    sha: run.headSha,
    ref: run.headBranch,
    task: 'deploy',
    payload: {},
    original_environment: deployment.environment.name,
    environment: deployment.environment.name,
    description: null,
    creator: renderUser(base, deployment.creator),
    created_at: at,
    updated_at: at,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl,
    transient_environment: false,
    production_environment: deployment.environment.name === 'production',
  };
}
