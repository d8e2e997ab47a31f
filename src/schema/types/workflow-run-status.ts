import { restEnum } from '../rest-enum.js';

export const WorkflowRunStatus = restEnum(
  'WorkflowRunStatus',
  'The current status of a workflow run, attempt or job.',
  ['requested', 'queued', 'pending', 'waiting', 'in_progress', 'completed'] as const,
  { waiting: 'Waiting on an environment: a review, a wait timer or a protection rule.' },
);
