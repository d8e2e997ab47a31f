import { defineMutation, freshRunField, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('rerunFailedJobs', {
  description:
    'Reruns the failed jobs of a completed workflow run, and the jobs that depend on them, as a new attempt (`POST .../actions/runs/{run_id}/rerun-failed-jobs`). A run still going, or one with no failed job, is `FORBIDDEN`, as GitHub answers.',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run whose failed jobs to rerun.'),
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
    ctx.github.rest.reRunWorkflowFailedJobs({
      path: runPath(run),
      body: { enable_debug_logging: debug },
    }),
  payload: ({ run }) => ({ run }),
  payloadFields: (t) => ({
    workflowRun: freshRunField(t, 'The run, read after the rerun: its new attempt is the latest.'),
  }),
});
