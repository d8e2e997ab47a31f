import { restEnum } from '../rest-enum.js';

/** GitHub's own `WorkflowState` enum. */
export const WorkflowState = restEnum('WorkflowState', 'The possible states for a workflow.', [
  'active',
  'deleted',
  'disabled_fork',
  'disabled_inactivity',
  'disabled_manually',
] as const);
