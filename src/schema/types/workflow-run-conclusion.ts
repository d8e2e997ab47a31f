import { restEnum } from '../rest-enum.js';

export const WorkflowRunConclusion = restEnum(
  'WorkflowRunConclusion',
  'The result of a completed workflow run, attempt or job.',
  [
    'success',
    'failure',
    'neutral',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required',
    'stale',
    'startup_failure',
  ] as const,
);
