/**
 * Workflow dispatch, enable and disable, and approving a fork's pull-request run: the routes
 * of api.github.com's description that GitHub Enterprise Server's reference file lacks.
 * Input is checked before any change.
 */
import { ApiError, forbidden, validationFailed } from '../http/api-error.js';
import { requireObject, requireString } from '../http/body-rules.js';
import { repoOf, type HandlerContext, type Reply } from '../http/handler.js';
import { approveForkRun, dispatchRun } from '../world/lifecycle.js';
import { latestAttempt } from '../world/model.js';
import { findRun, findWorkflow } from './lookups.js';

const noContent: Reply = { status: 204 };
/** api.github.com: "The maximum number of properties is 25." */
const MAX_INPUTS = 25;

export function dispatchWorkflow(ctx: HandlerContext): Reply {
  const repo = repoOf(ctx);
  const workflow = findWorkflow(ctx);
  const body = requireObject(ctx.body(), 'CreateWorkflowDispatch');
  const ref = requireString(body, 'CreateWorkflowDispatch', 'ref');
  const inputs = body['inputs'];
  if (
    inputs !== undefined &&
    (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
  ) {
    throw validationFailed({
      resource: 'CreateWorkflowDispatch',
      field: 'inputs',
      code: 'invalid',
      message: 'inputs must be an object',
    });
  }
  if (inputs && Object.keys(inputs).length > MAX_INPUTS)
    throw new ApiError(
      422,
      `you may only define up to ${MAX_INPUTS} \`inputs\` for a \`workflow_dispatch\` event`,
    );
  if (workflow.state === 'disabled_manually')
    throw new ApiError(422, "Cannot trigger a 'workflow_dispatch' on a disabled workflow");
  if (/\s/.test(ref) || ref === '') throw new ApiError(422, `No ref found for: ${ref}`);
  const run = dispatchRun(ctx.world, repo, workflow, ref, ctx.identity.user ?? repo.owner, ctx.now);
  if (body['return_run_details'] === true) {
    return {
      status: 200,
      body: {
        workflow_run_id: run.id,
        run_url: `${ctx.base}/repos/${repo.owner.login}/${repo.name}/actions/runs/${run.id}`,
        html_url: `${ctx.base}/${repo.owner.login}/${repo.name}/actions/runs/${run.id}`,
      },
    };
  }
  return noContent;
}

function setState(state: 'active' | 'disabled_manually') {
  return (ctx: HandlerContext): Reply => {
    const workflow = findWorkflow(ctx);
    workflow.state = state;
    workflow.updatedAt = ctx.now;
    return noContent;
  };
}

export const enableWorkflow = setState('active');
export const disableWorkflow = setState('disabled_manually');

/** Only a run waiting for approval (`action_required`, as a first-time contributor's fork run waits) can be approved. */
export function approveRun(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  if (latestAttempt(run).conclusion !== 'action_required')
    throw forbidden('This run is not from a fork pull request');
  approveForkRun(ctx.world, run, ctx.now);
  return { status: 201, body: {} };
}
