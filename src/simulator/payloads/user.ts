import { legacyNodeId } from '../node-id.js';
import type { TeamRecord, UserRecord } from '../world/model.js';
import type { SimpleUser, Team } from './schemas.js';

export function renderUser(base: string, user: UserRecord): SimpleUser {
  const url = `${base}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: legacyNodeId(user.type === 'Organization' ? 'Organization' : 'User', user.id),
    avatar_url: `${base}/_avatars/${user.id}`,
    gravatar_id: '',
    url,
    html_url: `${base}/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

export function renderTeam(base: string, team: TeamRecord, orgLogin: string): Team {
  const url = `${base}/organizations/${team.organizationId}/team/${team.id}`;
  return {
    id: team.id,
    node_id: legacyNodeId('Team', team.id),
    url,
    html_url: `${base}/orgs/${orgLogin}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: `The ${team.name} team.`,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    organization_id: team.organizationId,
    parent: null,
  };
}
