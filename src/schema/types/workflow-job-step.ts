import type { Job } from '../../github/types.js';
import { builder } from '../builder.js';
import { secondsBetween } from '../durations.js';
import { WorkflowRunConclusion } from './workflow-run-conclusion.js';
import { WorkflowRunStatus } from './workflow-run-status.js';

type Step = NonNullable<Job['steps']>[number];

export const WorkflowJobStep = builder.objectRef<Step>('WorkflowJobStep').implement({
  description: 'A step of a job.',
  fields: (t) => ({
    number: t.exposeInt('number'),
    name: t.exposeString('name'),
    status: t.field({
      type: WorkflowRunStatus.ref,
      nullable: true,
      resolve: (s) => WorkflowRunStatus.fromRest(s.status),
    }),
    conclusion: t.field({
      type: WorkflowRunConclusion.ref,
      nullable: true,
      resolve: (s) => WorkflowRunConclusion.fromRest(s.conclusion),
    }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.started_at ?? null }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (s) => s.completed_at ?? null,
    }),
    duration: t.int({
      nullable: true,
      description: 'Seconds from the start of the step to its completion; null until it completes.',
      resolve: (s) => secondsBetween(s.started_at, s.completed_at),
    }),
  }),
});
