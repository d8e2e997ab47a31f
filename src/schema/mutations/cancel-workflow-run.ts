import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('cancelWorkflowRun', {
  description:
    'Cancels a workflow run (`POST .../actions/runs/{run_id}/cancel`). A run that is already completed is a `CONFLICT` whose extensions carry `runStatus` and `runConclusion`.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run to cancel.'),
  }),
  check: ({ workflowRunId }) => ({ run: runKeyFromId(String(workflowRunId)) }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run }) => ctx.github.rest.cancelWorkflowRun({ path: runPath(run) }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({ workflowRun: freshRunField(t, 'The run, read after the cancel.') }),
});
