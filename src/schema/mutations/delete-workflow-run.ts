import { Repository } from '../types/repository.js';
import { defineMutation, runPath, workflowRunIdInput } from './define-mutation.js';
import { runKeyFromId } from './input-checks.js';

defineMutation('deleteWorkflowRun', {
  description:
    'Deletes a workflow run, with its attempts, jobs and logs (`DELETE .../actions/runs/{run_id}`).',
  inputFields: (t) => ({
    workflowRunId: workflowRunIdInput(t, 'The id of the workflow run to delete.'),
  }),
  check: ({ workflowRunId }) => ({
    globalId: String(workflowRunId),
    run: runKeyFromId(String(workflowRunId)),
  }),
  runOf: ({ run }) => run,
  writes: 'run',
  write: (ctx, { run }) => ctx.github.rest.deleteWorkflowRun({ path: runPath(run) }),
  payload: ({ globalId, run }) => ({ globalId, run }),
  payloadFields: (t) => ({
    deletedWorkflowRunId: t.id({
      description:
        'The id of the deleted run, as it was given, so a client can drop it from its cache.',
      resolve: (payload) => payload.globalId,
    }),
    repository: t.field({
      type: Repository,
      description: 'The repository the run was deleted from (no read needed).',
      resolve: ({ run }) => ({ owner: run.owner, repo: run.repo }),
    }),
  }),
});
