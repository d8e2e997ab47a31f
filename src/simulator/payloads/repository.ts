import { githubTime } from './time.js';
import { encodeNodeId } from '../node-id.js';
import { fullName, type RepoRecord } from '../world/model.js';
import type { MinimalRepository } from './schemas.js';
import { renderUser } from './user.js';

export function repoApiUrl(base: string, repo: RepoRecord): string {
  return `${base}/repos/${fullName(repo)}`;
}

export function repoHtmlUrl(base: string, repo: RepoRecord): string {
  return `${base}/${fullName(repo)}`;
}

/** GitHub's `minimal-repository`: mostly URL templates hanging off the repository's API URL. */
export function renderRepository(base: string, repo: RepoRecord): MinimalRepository {
  const url = repoApiUrl(base, repo);
  const host = new URL(base).host;
  return {
    id: repo.id,
    node_id: encodeNodeId('R', repo.id, repo.id),
    name: repo.name,
    full_name: fullName(repo),
    owner: renderUser(base, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: repoHtmlUrl(base, repo),
    description: repo.description,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${host}/${fullName(repo)}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${host}:${fullName(repo)}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${repoHtmlUrl(base, repo)}.git`,
    hooks_url: `${url}/hooks`,
    default_branch: repo.defaultBranch,
    archived: false,
    disabled: false,
    created_at: githubTime(repo.createdAt),
    updated_at: githubTime(repo.createdAt),
    pushed_at: githubTime(repo.createdAt),
  };
}
