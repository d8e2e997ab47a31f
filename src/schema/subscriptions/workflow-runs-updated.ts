/**
 * `workflowRunsUpdated` (a dashboard's feed) and `deploymentReviewRequested` (an
 * approver's): both are the repository's runs that change and match a filter; the
 * approvers' feed is the runs that start waiting for a review.
 */
import { GitHubError } from '../../github/errors.js';
import { checkOwner, checkRepositoryName } from '../../github/path-params.js';
import type { WorkflowRun as RestWorkflowRun } from '../../github/types.js';
import { runsListingPoll } from '../../live/polls.js';
import { matchesRunFilter } from '../../live/run-filter-match.js';
import type { RunFilter } from '../../loaders/loaders.js';
import { builder } from '../builder.js';
import type { Context } from '../../context.js';
import { WorkflowRun } from '../types/workflow-run.js';
import { toRunFilter, WorkflowRunFilter } from '../types/workflow-run-filter.js';
import { type LivePayload, openStream, payloadValue } from './live-stream.js';

function runsStream(
  ctx: Context,
  owner: string,
  name: string,
  filter: RunFilter,
  emit: (run: RestWorkflowRun) => boolean = () => true,
) {
  const repo = checkRepositoryName(name, 'name');
  checkOwner(owner);
  // A feed sends a run when it changed, not for each of its jobs' deliveries.
  const sent = new Map<number, string>();
  const changed = (run: RestWorkflowRun) => {
    const state = `${run.status}|${run.conclusion}|${run.run_attempt}|${run.updated_at}`;
    if (sent.get(Number(run.id)) === state) return false;
    sent.set(Number(run.id), state);
    return true;
  };
  return openStream<RestWorkflowRun>(ctx, {
    repo: { owner, repo },
    poll: {
      key: `runs ${owner}/${repo} ${JSON.stringify(filter)}`.toLowerCase(),
      task: (target) => runsListingPoll(target, filter),
    },
    initial: async (c) => {
      await c.loaders.repository.load({ owner, repo });
      return [];
    },
    onEvent: async (event, read) => {
      const runId = event.runId;
      if (runId === undefined) return [];
      try {
        const run = await read(
          `run ${runId}`,
          async (c) =>
            (await c.github.rest.getWorkflowRun({ path: { owner, repo, run_id: runId } })).data,
        );
        return matchesRunFilter(run, filter) && emit(run) && changed(run) ? [run] : [];
      } catch (error) {
        // A run deleted (or hidden) since the change is no news for a feed.
        if (error instanceof GitHubError && error.code === 'NOT_FOUND') return [];
        throw error;
      }
    },
  });
}

const resolve = (payload: LivePayload<RestWorkflowRun>) => payloadValue(payload);

builder.subscriptionField('workflowRunsUpdated', (t) =>
  t.field({
    type: WorkflowRun,
    description: 'Each run of the repository that is created or changes and matches the filter.',
    args: {
      owner: t.arg.string({ required: true, description: 'The login of the repository owner.' }),
      name: t.arg.string({ required: true, description: 'The name of the repository.' }),
      filterBy: t.arg({
        type: WorkflowRunFilter,
        description: 'Only runs that match every given filter.',
      }),
    },
    subscribe: (_root, { owner, name, filterBy }, ctx) =>
      runsStream(ctx, owner, name, toRunFilter(filterBy).filter),
    resolve,
  }),
);

builder.subscriptionField('deploymentReviewRequested', (t) =>
  t.field({
    type: WorkflowRun,
    description:
      'Each run of the repository that starts waiting for a deployment review, for approvers: its `pendingDeploymentRequests` say which environments, and `approveDeployments` answers them.',
    args: {
      owner: t.arg.string({ required: true, description: 'The login of the repository owner.' }),
      name: t.arg.string({ required: true, description: 'The name of the repository.' }),
    },
    subscribe: (_root, { owner, name }, ctx) => {
      // Sent once per wait: again only after the run stopped waiting and waits anew.
      const waiting = new Set<number>();
      return runsStream(ctx, owner, name, { status: 'waiting' }, (run) => {
        if (run.status !== 'waiting') return waiting.delete(Number(run.id)) && false;
        if (waiting.has(Number(run.id))) return false;
        waiting.add(Number(run.id));
        return true;
      });
    },
    resolve,
  }),
);
