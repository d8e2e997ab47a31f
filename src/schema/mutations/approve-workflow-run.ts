import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('approveWorkflowRun', {
  description:
    "Approves a pull-request run from a fork that waits for a maintainer's approval (`POST .../actions/runs/{run_id}/approve`, github.com). Another run is `FORBIDDEN`, as GitHub answers; GitHub Enterprise Server answers what it answers there.",
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run to approve.'),
  }),
  check: ({ workflowRunId }) => ({ run: runKeyFromId(String(workflowRunId)) }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run }) => ctx.github.rest.approveWorkflowRun({ path: runPath(run) }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({ workflowRun: freshRunField(t, 'The run, read after the approval.') }),
});
