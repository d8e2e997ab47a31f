/** `enableWorkflow` and `disableWorkflow`: the same write but for its route, so one table makes both. */
import { Workflow } from '../types/workflow.js';
import { defineMutation } from './define-mutation.js';
import { workflowKeyFromId } from './input-checks.js';

const mutations = [
  { name: 'enableWorkflow', route: 'enableWorkflow', verb: 'Enables', state: 'active' },
  {
    name: 'disableWorkflow',
    route: 'disableWorkflow',
    verb: 'Disables',
    state: 'disabled_manually',
  },
] as const;

for (const { name, route, verb, state } of mutations) {
  defineMutation(name, {
    description: `${verb} a workflow, setting its \`state\` to \`${state}\` (\`PUT .../actions/workflows/{workflow_id}/${route === 'enableWorkflow' ? 'enable' : 'disable'}\`).`,
    inputFields: (t) => ({
      workflowId: t.id({ required: true, description: 'The id of the workflow (`Workflow.id`).' }),
    }),
    check: ({ workflowId }) => ({ workflow: workflowKeyFromId(String(workflowId)) }),
    runOf: () => undefined,
    writes: 'workflow',
    write: (ctx, { workflow }) =>
      ctx.github.rest[route]({
        path: { owner: workflow.owner, repo: workflow.repo, workflow_id: workflow.workflowId },
      }),
    payload: ({ workflow }) => ({ workflow }),
    payloadFields: (t) => ({
      workflow: t.field({
        type: Workflow,
        description: 'The workflow, read after the write.',
        resolve: async ({ workflow }, _a, ctx) => ({
          ...workflow,
          data: await ctx.loaders.workflow.load(workflow),
        }),
      }),
    }),
  });
}
