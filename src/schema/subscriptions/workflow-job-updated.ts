import { jobsPoll } from '../../live/polls.js';
import { builder } from '../builder.js';
import { decodeGlobalIdOf, parseRepoScopedId } from '../global-id.js';
import { type JobShape, WorkflowJob } from '../types/workflow-job.js';
import { type LivePayload, openStream, payloadValue } from './live-stream.js';

builder.subscriptionField('workflowJobUpdated', (t) =>
  t.field({
    type: WorkflowJob,
    description: "The jobs of a run's latest attempt as they are queued, start and finish.",
    args: {
      workflowRunId: t.arg.id({
        required: true,
        description: 'The global id of the workflow run.',
      }),
    },
    subscribe: (_root, { workflowRunId }, ctx) => {
      const { owner, repo, numbers } = parseRepoScopedId(
        decodeGlobalIdOf(String(workflowRunId), ['WorkflowRun'], 'workflowRunId').id,
        1,
      );
      const runId = numbers[0]!;
      return openStream<JobShape>(ctx, {
        repo: { owner, repo },
        poll: {
          key: `jobs ${owner}/${repo}/${runId}`.toLowerCase(),
          task: (target) => jobsPoll(target, runId),
        },
        initial: async (c) => {
          await c.loaders.run.load({ owner, repo, runId });
          return [];
        },
        onEvent: async (event, read) => {
          const jobId = event.jobId;
          if (event.runId !== runId || jobId === undefined) return [];
          const data = await read(
            `job ${jobId}`,
            async (c) =>
              (await c.github.rest.getJobForWorkflowRun({ path: { owner, repo, job_id: jobId } }))
                .data,
          );
          return [{ owner, repo, data }];
        },
      });
    },
    resolve: (payload: LivePayload<JobShape>) => payloadValue(payload),
  }),
);
