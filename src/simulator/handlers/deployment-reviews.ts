/** Approvals history, pending deployments (read and review) and custom protection-rule reviews. */
import { validationFailed } from '../http/api-error.js';
import { requireEnum, requireObject, requireString } from '../http/body-rules.js';
import type { HandlerContext, Reply } from '../http/handler.js';
import {
  renderApproval,
  renderDeployment,
  renderPendingDeployment,
} from '../payloads/deployment-review.js';
import { reviewPendingDeployments } from '../world/lifecycle.js';
import type { EnvironmentRecord } from '../world/model.js';
import { findRun } from './lookups.js';

export function listApprovals(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  return { status: 200, body: run.approvals.map((a) => renderApproval(ctx.base, run, a)) };
}

export function listPendingDeployments(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const canApprove = ctx.identity.kind === 'admin';
  return {
    status: 200,
    body: run.pendingDeployments.map((p) => renderPendingDeployment(ctx.base, run, p, canApprove)),
  };
}

export function reviewDeployments(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const body = requireObject(ctx.body(), 'DeploymentReview');
  const ids = body['environment_ids'];
  if (ids === undefined)
    throw validationFailed({
      resource: 'DeploymentReview',
      field: 'environment_ids',
      code: 'missing_field',
    });
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isInteger(id))) {
    throw validationFailed({
      resource: 'DeploymentReview',
      field: 'environment_ids',
      code: 'invalid',
      message: 'environment_ids must be a non-empty array of integers',
    });
  }
  const state = requireEnum(body, 'DeploymentReview', 'state', ['approved', 'rejected'] as const);
  const comment = requireString(body, 'DeploymentReview', 'comment');
  const environments: EnvironmentRecord[] = [];
  for (const id of new Set(ids as number[])) {
    const pending = run.pendingDeployments.find((p) => p.environment.id === id);
    if (!pending) {
      throw validationFailed({
        resource: 'DeploymentReview',
        field: 'environment_ids',
        code: 'invalid',
        message: `Environment ${id} is not pending for this workflow run`,
      });
    }
    environments.push(pending.environment);
  }
  const user = ctx.identity.user ?? run.actor;
  const deployments = reviewPendingDeployments(
    ctx.world,
    run,
    environments,
    state,
    comment,
    user,
    ctx.now,
  );
  return { status: 200, body: deployments.map((d) => renderDeployment(ctx.base, run, d)) };
}

/** Body is `{environment_name, comment}` or `{environment_name, state, comment?}` (the schema's anyOf). */
export function reviewProtectionRule(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const body = requireObject(ctx.body(), 'DeploymentProtectionRuleReview');
  const environmentName = requireString(body, 'DeploymentProtectionRuleReview', 'environment_name');
  const hasState = body['state'] !== undefined;
  const state = hasState
    ? requireEnum(body, 'DeploymentProtectionRuleReview', 'state', [
        'approved',
        'rejected',
      ] as const)
    : undefined;
  const comment =
    hasState && body['comment'] === undefined
      ? undefined
      : requireString(body, 'DeploymentProtectionRuleReview', 'comment');
  run.protectionRuleReviews.push({
    environmentName,
    ...(state ? { state } : {}),
    ...(comment !== undefined ? { comment } : {}),
    at: ctx.now,
  });
  return { status: 204 };
}
