import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('rerunWorkflowRun', {
  description:
    'Reruns every job of a completed workflow run as a new attempt (`POST .../actions/runs/{run_id}/rerun`). A run still going is `FORBIDDEN`, as GitHub answers.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run to rerun.'),
    enableDebugLogging: t.boolean({
      defaultValue: false,
      description: 'Whether to enable debug logging for the rerun.',
    }),
  }),
  check: ({ workflowRunId, enableDebugLogging }) => ({
    run: runKeyFromId(String(workflowRunId)),
    debug: enableDebugLogging ?? false,
  }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run, debug }) =>
    ctx.github.rest.reRunWorkflow({ path: runPath(run), body: { enable_debug_logging: debug } }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({
    workflowRun: freshRunField(t, 'The run, read after the rerun: its new attempt is the latest.'),
  }),
});
