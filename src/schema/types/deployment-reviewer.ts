import type { SimpleUser, Team as RestTeam } from '../../github/types.js';
import { builder } from '../builder.js';
import { Team } from './team.js';
import { User } from './user.js';

/** REST tags each reviewer with its `type`; GitHub's union is `Team | User`. */
export interface ReviewerShape {
  type?: 'User' | 'Team' | string;
  reviewer?: SimpleUser | RestTeam | Record<string, unknown>;
}

export const DeploymentReviewer = builder.unionType('DeploymentReviewer', {
  description: 'Users and teams.',
  types: [Team, User],
  resolveType: (reviewer) => ('slug' in reviewer ? Team : User),
});

export function reviewerValue(item: ReviewerShape): SimpleUser | RestTeam | null {
  const reviewer = item.reviewer as (SimpleUser & RestTeam) | undefined;
  if (!reviewer) return null;
  // GitHub's examples omit the team's `type` now and then; a team always has a slug.
  return item.type === 'Team' || 'slug' in reviewer ? (reviewer as RestTeam) : (reviewer as SimpleUser);
}
