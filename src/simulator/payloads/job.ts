import { githubTime } from './time.js';
import { encodeNodeId } from '../node-id.js';
import type { JobRecord, RunRecord } from '../world/model.js';
import { repoApiUrl, repoHtmlUrl } from './repository.js';
import type { Job } from './schemas.js';
import { runApiUrl } from './workflow-run.js';

const iso = (d: Date | null): string | null => (d ? githubTime(d) : null);

export function renderJob(base: string, run: RunRecord, job: JobRecord): Job {
  const repoUrl = repoApiUrl(base, run.repo);
  return {
    id: job.id,
    run_id: run.id,
    run_url: runApiUrl(base, run),
    run_attempt: job.runAttempt,
    node_id: encodeNodeId('CR', run.repo.id, job.id),
    head_sha: run.headSha,
    url: `${repoUrl}/actions/jobs/${job.id}`,
    html_url: `${repoHtmlUrl(base, run.repo)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: githubTime(job.createdAt),
    started_at: githubTime(job.startedAt),
    completed_at: iso(job.completedAt),
    name: job.name,
    steps: job.steps.map((s) => ({
      name: s.name,
      status: s.status,
      conclusion: s.conclusion,
      number: s.number,
      started_at: iso(s.startedAt),
      completed_at: iso(s.completedAt),
    })),
    check_run_url: `${repoUrl}/check-runs/${job.id}`,
    labels: [job.name.includes('windows') ? 'windows-latest' : 'ubuntu-latest'],
    runner_id: job.runnerId,
    runner_name: job.runnerName,
    runner_group_id: job.runnerId === null ? null : 2,
    runner_group_name: job.runnerId === null ? null : 'GitHub Actions',
    workflow_name: run.workflow.name,
    head_branch: run.headBranch,
  };
}
