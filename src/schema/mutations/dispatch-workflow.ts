import { Workflow } from '../types/workflow.js';
import { WorkflowRun } from '../types/workflow-run.js';
import { defineMutation } from './define-mutation.js';
import {
  checkDispatchInputs,
  checkGitRef,
  MAX_DISPATCH_INPUTS,
  workflowKeyFromId,
} from './input-checks.js';

defineMutation('dispatchWorkflow', {
  description:
    'Starts a workflow that has a `workflow_dispatch` trigger (`POST .../actions/workflows/{workflow_id}/dispatches`). The new run has `event: "workflow_dispatch"`.',
  inputFields: (t) => ({
    workflowId: t.id({
      required: true,
      description: 'The id of the workflow to start (`Workflow.id`).',
    }),
    ref: t.string({ required: true, description: 'The branch or tag to run the workflow at.' }),
    inputs: t.field({
      type: 'JSON',
      description: `The workflow's inputs as a JSON object of strings, at most ${MAX_DISPATCH_INPUTS}. Omitted inputs take the defaults of the workflow file.`,
    }),
  }),
  check: ({ workflowId, ref, inputs }) => ({
    workflow: workflowKeyFromId(String(workflowId)),
    body: { ref: checkGitRef(ref), inputs: checkDispatchInputs(inputs), return_run_details: true },
  }),
  runOf: () => undefined,
  writes: 'run',
  write: (ctx, { workflow, body }) =>
    ctx.github.rest.createWorkflowDispatch({
      path: { owner: workflow.owner, repo: workflow.repo, workflow_id: workflow.workflowId },
      body,
    }),
  payload: ({ workflow }, result) => ({ workflow, runId: result.data?.workflow_run_id }),
  payloadFields: (t) => ({
    workflow: t.field({
      type: Workflow,
      description: 'The workflow that was started (no read until its fields are asked for).',
      resolve: ({ workflow }) => workflow,
    }),
    workflowRun: t.field({
      type: WorkflowRun,
      nullable: true,
      description:
        'The run the dispatch created, where GitHub says which (api.github.com does; older GitHub Enterprise Server answers without it, and this is null).',
      resolve: ({ workflow, runId }, _a, ctx) =>
        runId
          ? ctx.loaders.run.load({
              owner: workflow.owner,
              repo: workflow.repo,
              runId: Number(runId),
            })
          : null,
    }),
  }),
});
