import { builder } from '../builder.js';

/** GitHub's `OrderDirection`, `WorkflowRunOrderField` and `WorkflowRunOrder`. */
export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Possible directions in which to order a list of items when provided an `orderBy` argument.',
  values: {
    ASC: { value: 'ASC', description: 'Specifies an ascending order for a given `orderBy` argument.' },
    DESC: { value: 'DESC', description: 'Specifies a descending order for a given `orderBy` argument.' },
  } as const,
});

export const WorkflowRunOrderField = builder.enumType('WorkflowRunOrderField', {
  description: 'Properties by which workflow run connections can be ordered.',
  values: { CREATED_AT: { value: 'CREATED_AT', description: 'Order workflow runs by most recently created' } } as const,
});

export const WorkflowRunOrder = builder.inputType('WorkflowRunOrder', {
  description: 'Ways in which lists of workflow runs can be ordered upon return.',
  fields: (t) => ({
    direction: t.field({ type: OrderDirection, required: true, description: 'The direction in which to order workflow runs by the specified field.' }),
    field: t.field({ type: WorkflowRunOrderField, required: true, description: 'The field by which to order workflows.' }),
  }),
});
