import { builder } from '../builder.js';
import { OrderDirection } from './order-direction.js';
import { WorkflowRunOrderField } from './workflow-run-order-field.js';

/** GitHub's `WorkflowRunOrder`. */
export const WorkflowRunOrder = builder.inputType('WorkflowRunOrder', {
  description: 'Ways in which lists of workflow runs can be ordered upon return.',
  fields: (t) => ({
    direction: t.field({
      type: OrderDirection,
      required: true,
      description: 'The direction in which to order workflow runs by the specified field.',
    }),
    field: t.field({
      type: WorkflowRunOrderField,
      required: true,
      description: 'The field by which to order workflows.',
    }),
  }),
});
