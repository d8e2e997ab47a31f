/**
 * Delivers signed webhooks for the simulator's own state changes, as GitHub would to a
 * repository's hook: `workflow_run`, `workflow_job` and `deployment_review`, with GitHub's
 * headers (`X-GitHub-Event`, `X-GitHub-Delivery`, `X-GitHub-Hook-ID`, `X-Hub-Signature-256`)
 * and payload shapes. Changes are found by comparing each run's and job's state with the
 * last delivered one, after every API request and on a timer (so the clock moving runs on
 * is seen too); deliveries go out in order, one at a time.
 */
import { randomUUID } from 'node:crypto';
import { Webhooks } from '@octokit/webhooks';
import { renderJob } from '../payloads/job.js';
import { renderRepository } from '../payloads/repository.js';
import { renderUser } from '../payloads/user.js';
import { renderWorkflowRun } from '../payloads/workflow-run.js';
import { renderWorkflow } from '../payloads/workflow.js';
import { latestAttempt, type JobRecord, type RunRecord, type World } from '../world/model.js';

export interface WebhookTarget {
  url: string;
  secret: string;
}

const HOOK_ID = '424242';

const runState = (run: RunRecord) => {
  const attempt = latestAttempt(run);
  return `${run.attempts.length}|${attempt.status}|${attempt.conclusion}|${run.deleted}`;
};
const jobState = (job: JobRecord) => `${job.status}|${job.conclusion}`;
const runAction = (status: string) =>
  status === 'completed' ? 'completed' : status === 'in_progress' ? 'in_progress' : 'requested';
const jobAction = (status: string) =>
  status === 'completed'
    ? 'completed'
    : status === 'in_progress'
      ? 'in_progress'
      : status === 'waiting'
        ? 'waiting'
        : 'queued';

export class WebhookSender {
  readonly #runs = new Map<number, string>();
  readonly #jobs = new Map<number, string>();
  readonly #approvals = new Map<number, number>();
  #queue: Promise<void> = Promise.resolve();
  #webhooks: Webhooks;
  #timer: NodeJS.Timeout;
  /** Deliveries sent and their answers' statuses, for tests. */
  readonly delivered: Array<{ event: string; status: number }> = [];

  constructor(
    private readonly world: World,
    private readonly base: () => string,
    private readonly target: WebhookTarget,
    private readonly advance: () => void,
    intervalMs = 500,
  ) {
    this.#webhooks = new Webhooks({ secret: target.secret });
    this.#snapshot(false);
    this.#timer = setInterval(() => this.check(), intervalMs);
    this.#timer.unref();
  }

  /** Compares the world with what was last delivered and sends what changed. */
  check(): void {
    this.advance();
    this.#snapshot(true);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** Resolves when every delivery queued so far has been answered. */
  idle(): Promise<void> {
    return this.#queue;
  }

  #snapshot(deliver: boolean): void {
    for (const run of this.world.runs.values()) {
      const state = runState(run);
      if (this.#runs.get(run.id) !== state) {
        this.#runs.set(run.id, state);
        if (deliver && !run.deleted)
          this.#send('workflow_run', run, {
            action: runAction(latestAttempt(run).status),
            workflow_run: renderWorkflowRun(this.base(), run),
            workflow: renderWorkflow(this.base(), run.repo, run.workflow),
          });
      }
      for (const job of latestAttempt(run).jobs) {
        const state = jobState(job);
        if (this.#jobs.get(job.id) === state) continue;
        this.#jobs.set(job.id, state);
        if (deliver && !run.deleted)
          this.#send('workflow_job', run, {
            action: jobAction(job.status),
            workflow_job: renderJob(this.base(), run, job),
          });
      }
      const reviewed = run.approvals.length;
      if ((this.#approvals.get(run.id) ?? 0) !== reviewed) {
        this.#approvals.set(run.id, reviewed);
        const approval = run.approvals[reviewed - 1];
        if (deliver && approval) {
          this.#send('deployment_review', run, {
            action: approval.state,
            workflow_run: renderWorkflowRun(this.base(), run),
            approver: renderUser(this.base(), approval.user),
            comment: approval.comment,
            reviewers: [],
            workflow_job_runs: [],
          });
        }
      }
    }
  }

  #send(event: string, run: RunRecord, payload: Record<string, unknown>): void {
    const body = JSON.stringify({
      ...payload,
      repository: renderRepository(this.base(), run.repo),
      sender: renderUser(this.base(), run.actor),
    });
    this.#queue = this.#queue.then(async () => {
      try {
        const response = await fetch(this.target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'GitHub-Hookshot/simulator',
            'x-github-event': event,
            'x-github-delivery': randomUUID(),
            'x-github-hook-id': HOOK_ID,
            'x-github-hook-installation-target-type': 'repository',
            'x-github-hook-installation-target-id': String(run.repo.id),
            'x-hub-signature-256': await this.#webhooks.sign(body),
          },
          body,
        });
        await response.arrayBuffer();
        this.delivered.push({ event, status: response.status });
      } catch {
        // GitHub records a failed delivery and moves on; so does the simulator.
        this.delivered.push({ event, status: 0 });
      }
    });
  }
}
