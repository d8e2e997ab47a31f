import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('forceCancelWorkflowRun', {
  description:
    'Cancels a workflow run even where steps would ignore a normal cancel, such as `if: always()` (`POST .../actions/runs/{run_id}/force-cancel`). Use it only when `cancelWorkflowRun` did not stop the run. A completed run is a `CONFLICT` with `runStatus` and `runConclusion`.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run to cancel.'),
  }),
  check: ({ workflowRunId }) => ({ run: runKeyFromId(String(workflowRunId)) }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run }) => ctx.github.rest.forceCancelWorkflowRun({ path: runPath(run) }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({ workflowRun: freshRunField(t, 'The run, read after the cancel.') }),
});
