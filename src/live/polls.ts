/**
 * The poll tasks of the three streams. Each reads one REST resource with one token
 * through the client's conditional-request cache, so an unchanged answer is a 304 that
 * costs no rate limit; it compares what it saw with the last answer and publishes an
 * event (ids only) for each item that changed. The first poll only takes the baseline:
 * subscribers read the current state themselves.
 */
import { randomUUID } from 'node:crypto';
import type { GitHubClient, GitHubResponse } from '../github/client.js';
import { GitHubError, RateLimitedError } from '../github/errors.js';
import type { RouteName } from '../github/routes.js';
import type { RunFilter } from '../loaders/loaders.js';
import type { LiveEvent, LivePubSub } from './events.js';
import type { PollOutcome, PollTask } from './poller.js';

export interface PollTarget {
  pubSub: LivePubSub;
  /** A fresh client with the subscriber's token for each poll. */
  client: () => GitHubClient;
  owner: string;
  repo: string;
  tokenHash: string;
  /**
   * With webhooks on: whether the repository delivered one since `since` (epoch ms). When it
   * did, a poll only takes a new baseline, so what the webhooks announced is not sent twice.
   */
  webhookSince?: ((since: number) => boolean) | undefined;
}

/** What a listing or a single read says about its items: id and a fingerprint of their state. */
type Snapshot = Map<number, string>;

const runFingerprint = (r: {
  status?: string | null;
  conclusion?: string | null;
  updated_at: string;
  run_attempt?: number;
}) => `${r.status}|${r.conclusion}|${r.updated_at}|${r.run_attempt ?? 1}`;
const jobFingerprint = (j: {
  status: string;
  conclusion: string | null;
  completed_at: string | null;
  steps?: Array<{ status: string }>;
}) =>
  `${j.status}|${j.conclusion}|${j.completed_at}|${(j.steps ?? []).map((s) => s.status).join(',')}`;

function pollTask<N extends RouteName>(
  target: PollTarget,
  read: (client: GitHubClient) => Promise<GitHubResponse<N>>,
  snapshot: (response: GitHubResponse<N>) => Snapshot,
  eventOf: (itemId: number) => Pick<LiveEvent, 'kind' | 'runId' | 'jobId'>,
): PollTask {
  let last: Snapshot | undefined;
  let lastPollAt = Number.NEGATIVE_INFINITY;
  const repo = `${target.owner}/${target.repo}`.toLowerCase();
  const publish = (event: Omit<LiveEvent, 'id' | 'repo' | 'tokenHash'>) =>
    target.pubSub.publish('repository', repo, {
      id: randomUUID(),
      repo,
      tokenHash: target.tokenHash,
      ...event,
    });
  return {
    async poll(): Promise<PollOutcome> {
      const heard = target.webhookSince?.(lastPollAt) ?? false;
      lastPollAt = Date.now();
      try {
        const response = await read(target.client());
        const next = snapshot(response);
        if (last && !heard) {
          for (const [id, fingerprint] of next)
            if (last.get(id) !== fingerprint) publish(eventOf(id));
        }
        last = next;
        return { pollIntervalSeconds: response.pollInterval };
      } catch (error) {
        if (!(error instanceof GitHubError)) throw error;
        const gone = error.code === 'NOT_FOUND' && last !== undefined && last.size === 1;
        // A single run that is gone is news for its subscribers (their stream completes).
        if (gone) publish(eventOf([...last!.keys()][0]!));
        else
          publish({
            kind: 'error',
            error: { code: error.code, message: error.message, details: error.details },
          });
        return { notBefore: waitUntil(error) };
      }
    },
    state: {
      save: () => (last ? JSON.stringify([...last]) : undefined),
      restore: (saved) => {
        last = new Map(JSON.parse(saved) as Array<[number, string]>);
      },
    },
  };
}

function waitUntil(error: GitHubError): number | undefined {
  if (!(error instanceof RateLimitedError)) return undefined;
  const { retryAfter, resetAt } = error.details as { retryAfter?: number; resetAt?: string };
  if (retryAfter !== undefined) return Date.now() + retryAfter * 1000;
  return resetAt ? Date.parse(resetAt) : undefined;
}

/** The repository's runs listing with the stream's filter: the dashboard feed. */
export function runsListingPoll(target: PollTarget, filter: RunFilter): PollTask {
  return pollTask(
    target,
    (client) =>
      client.rest.listWorkflowRunsForRepo({
        path: { owner: target.owner, repo: target.repo },
        query: { ...filter, per_page: 30 },
      }),
    ({ data }) => new Map(data.workflow_runs.map((run) => [Number(run.id), runFingerprint(run)])),
    (runId) => ({ kind: 'run', runId }),
  );
}

/** One run: its status, attempts and updates. */
export function runPoll(target: PollTarget, runId: number): PollTask {
  return pollTask(
    target,
    (client) =>
      client.rest.getWorkflowRun({
        path: { owner: target.owner, repo: target.repo, run_id: runId },
      }),
    ({ data }) => new Map([[Number(data.id), runFingerprint(data)]]),
    () => ({ kind: 'run', runId }),
  );
}

/** The jobs of a run's latest attempt. */
export function jobsPoll(target: PollTarget, runId: number): PollTask {
  return pollTask(
    target,
    (client) =>
      client.rest.listJobsForWorkflowRun({
        path: { owner: target.owner, repo: target.repo, run_id: runId },
        query: { filter: 'latest', per_page: 100 },
      }),
    ({ data }) => new Map(data.jobs.map((job) => [Number(job.id), jobFingerprint(job)])),
    (jobId) => ({ kind: 'job', runId, jobId }),
  );
}
