import { githubTime } from './time.js';
import { encodeNodeId } from '../node-id.js';
import type { AttemptRecord, RunRecord } from '../world/model.js';
import { latestAttempt } from '../world/model.js';
import { renderRepository, repoApiUrl, repoHtmlUrl } from './repository.js';
import type { WorkflowRun } from './schemas.js';
import { renderUser } from './user.js';
import { workflowUrl } from './workflow.js';

export function runApiUrl(base: string, run: RunRecord): string {
  return `${repoApiUrl(base, run.repo)}/actions/runs/${run.id}`;
}

/** Renders one attempt of a run (the latest unless told), as GET run and GET attempt answer. */
export function renderWorkflowRun(
  base: string,
  run: RunRecord,
  opts: { attempt?: AttemptRecord; excludePullRequests?: boolean } = {},
): WorkflowRun {
  const attempt = opts.attempt ?? latestAttempt(run);
  const url = runApiUrl(base, run);
  const repoUrl = repoApiUrl(base, run.repo);
  const repository = renderRepository(base, run.repo);
  // The schema says `format: email`, which rejects the `[bot]` in bot logins, so those characters are dropped.
  const author = {
    name: run.actor.name,
    email: `${run.actor.id}+${run.actor.login.replace(/[^A-Za-z0-9-]/g, '')}@users.noreply.github.com`,
  };
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: encodeNodeId('WFR', run.repo.id, run.id),
    check_suite_id: run.checkSuiteId,
    check_suite_node_id: encodeNodeId('CS', run.repo.id, run.checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    run_number: run.runNumber,
    run_attempt: attempt.number,
    referenced_workflows: run.referencedWorkflows,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflow.id,
    url,
    html_url: `${repoHtmlUrl(base, run.repo)}/actions/runs/${run.id}`,
    pull_requests: opts.excludePullRequests
      ? []
      : run.pullRequests.map((pr) => ({
          id: pr.id,
          number: pr.number,
          url: `${repoUrl}/pulls/${pr.number}`,
          head: {
            ref: pr.headRef,
            sha: pr.headSha,
            repo: { id: run.repo.id, url: repoUrl, name: run.repo.name },
          },
          base: {
            ref: pr.baseRef,
            sha: pr.baseSha,
            repo: { id: run.repo.id, url: repoUrl, name: run.repo.name },
          },
        })),
    created_at: githubTime(run.createdAt),
    updated_at: githubTime(attempt.updatedAt),
    actor: renderUser(base, run.actor),
    triggering_actor: renderUser(base, attempt.triggeringActor),
    run_started_at: githubTime(attempt.startedAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${run.checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: attempt.number > 1 ? `${url}/attempts/${attempt.number - 1}` : null,
    workflow_url: workflowUrl(base, run.repo, run.workflow),
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.commitMessage,
      timestamp: githubTime(new Date(run.createdAt.getTime() - 60_000)),
      author,
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository,
    head_repository: repository,
    head_repository_id: run.repo.id,
    display_title: run.commitMessage,
  };
}
