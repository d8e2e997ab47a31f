import { InvalidInputError } from '../../github/errors.js';
import { DeploymentReviewState } from '../types/deployment-review-state.js';
import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { checkComment, MAX_COMMENT_LENGTH, runKeyFromId } from './input-checks.js';

defineMutation('reviewDeploymentProtectionRule', {
  description:
    'Approves or rejects a custom deployment protection rule of a workflow run, or only comments on it (`POST .../actions/runs/{run_id}/deployment_protection_rule`). On GitHub only the GitHub App that owns the rule may call it.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t),
    environmentName: t.string({
      required: true,
      description: 'The name of the environment whose protection rule is reviewed.',
    }),
    state: t.field({
      type: DeploymentReviewState.ref,
      description:
        '`APPROVED` or `REJECTED`. Omit it to leave only a comment, which is then required.',
    }),
    comment: t.string({
      description: `A comment on the review, at most ${MAX_COMMENT_LENGTH} characters.`,
    }),
  }),
  check: ({ workflowRunId, environmentName, state, comment }) => {
    const run = runKeyFromId(String(workflowRunId));
    if (environmentName.trim() === '')
      throw new InvalidInputError('environmentName must not be empty.', {
        argument: 'environmentName',
      });
    if (state === 'pending')
      throw new InvalidInputError('state must be APPROVED or REJECTED.', { argument: 'state' });
    if (!state && (comment === null || comment === undefined)) {
      throw new InvalidInputError('Give a state, a comment, or both.', { argument: 'comment' });
    }
    const text = comment === null || comment === undefined ? undefined : checkComment(comment);
    const body = state
      ? {
          environment_name: environmentName,
          state,
          ...(text === undefined ? {} : { comment: text }),
        }
      : { environment_name: environmentName, comment: text ?? '' };
    return { run, body };
  },
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run, body }) =>
    ctx.github.rest.reviewCustomGatesForRun({ path: runPath(run), body }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({ workflowRun: freshRunField(t, 'The run, read after the review.') }),
});
