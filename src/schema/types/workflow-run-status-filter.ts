import { restEnum } from '../rest-enum.js';
import { WorkflowRunConclusion } from './workflow-run-conclusion.js';
import { WorkflowRunStatus } from './workflow-run-status.js';

/** The REST `status` filter takes a status or a conclusion (all but `startup_failure`). */
export const WorkflowRunStatusFilter = restEnum(
  'WorkflowRunStatusFilter',
  'A workflow run status or conclusion to filter runs by.',
  [
    ...WorkflowRunStatus.values,
    ...WorkflowRunConclusion.values.filter(
      (value): value is Exclude<typeof value, 'startup_failure'> => value !== 'startup_failure',
    ),
  ] as const,
);
