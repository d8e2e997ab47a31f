import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('deleteWorkflowRunLogs', {
  description:
    'Deletes the logs of every attempt of a workflow run (`DELETE .../actions/runs/{run_id}/logs`). The run stays; its `logs` field then answers null with a `NOT_FOUND` error.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run whose logs to delete.'),
  }),
  check: ({ workflowRunId }) => ({ run: runKeyFromId(String(workflowRunId)) }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run }) => ctx.github.rest.deleteWorkflowRunLogs({ path: runPath(run) }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({
    workflowRun: freshRunField(t, 'The run, read after its logs were deleted.'),
  }),
});
