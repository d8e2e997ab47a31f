import { runPoll } from '../../live/polls.js';
import { builder } from '../builder.js';
import { decodeGlobalIdOf, parseRepoScopedId } from '../global-id.js';
import { WorkflowRun } from '../types/workflow-run.js';
import { END, type LivePayload, openStream, payloadValue } from './live-stream.js';
import type { WorkflowRun as RestWorkflowRun } from '../../github/types.js';
import { GitHubError } from '../../github/errors.js';

builder.subscriptionField('workflowRunUpdated', (t) =>
  t.field({
    type: WorkflowRun,
    description:
      'The run each time it changes (status, conclusion, a new attempt, a job, a deployment review). The first event is the run as it is now; the stream completes when the run is deleted.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the workflow run.' }) },
    subscribe: (_root, { id }, ctx) => {
      const { owner, repo, numbers } = parseRepoScopedId(
        decodeGlobalIdOf(String(id), ['WorkflowRun'], 'id').id,
        1,
      );
      const runId = numbers[0]!;
      return openStream<RestWorkflowRun>(ctx, {
        repo: { owner, repo },
        poll: {
          key: `run ${owner}/${repo}/${runId}`.toLowerCase(),
          task: (target) => runPoll(target, runId),
        },
        initial: async (c) => [await c.loaders.run.load({ owner, repo, runId })],
        onEvent: async (event, read) => {
          if (event.runId !== runId) return [];
          try {
            return [
              await read(
                `run ${runId}`,
                async (c) =>
                  (await c.github.rest.getWorkflowRun({ path: { owner, repo, run_id: runId } }))
                    .data,
              ),
            ];
          } catch (error) {
            if (error instanceof GitHubError && error.code === 'NOT_FOUND') return END;
            throw error;
          }
        },
      });
    },
    resolve: (payload: LivePayload<RestWorkflowRun>) => payloadValue(payload),
  }),
);
