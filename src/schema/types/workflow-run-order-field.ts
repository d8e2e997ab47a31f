import { builder } from '../builder.js';

/** GitHub's `WorkflowRunOrderField`. */
export const WorkflowRunOrderField = builder.enumType('WorkflowRunOrderField', {
  description: 'Properties by which workflow run connections can be ordered.',
  values: {
    CREATED_AT: {
      value: 'CREATED_AT',
      description: 'Order workflow runs by most recently created',
    },
  } as const,
});
