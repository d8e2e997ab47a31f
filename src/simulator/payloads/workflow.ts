import { githubTime } from './time.js';
import { encodeNodeId } from '../node-id.js';
import type { RepoRecord, WorkflowRecord } from '../world/model.js';
import type { Workflow } from './schemas.js';
import { repoApiUrl, repoHtmlUrl } from './repository.js';

export function workflowUrl(base: string, repo: RepoRecord, workflow: WorkflowRecord): string {
  return `${repoApiUrl(base, repo)}/actions/workflows/${workflow.id}`;
}

export function renderWorkflow(base: string, repo: RepoRecord, workflow: WorkflowRecord): Workflow {
  return {
    id: workflow.id,
    node_id: encodeNodeId('W', repo.id, workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state ?? 'active',
    created_at: githubTime(workflow.createdAt),
    updated_at: githubTime(workflow.updatedAt ?? workflow.createdAt),
    url: workflowUrl(base, repo, workflow),
    html_url: `${repoHtmlUrl(base, repo)}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${repoHtmlUrl(base, repo)}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}
