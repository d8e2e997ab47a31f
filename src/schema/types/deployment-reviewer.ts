import { builder } from '../builder.js';
import { Team } from './team.js';
import { User } from './user.js';

/**
 * GitHub's union `Team | User`. REST tags each reviewer with a `type`, but GitHub's own
 * examples omit it for teams now and then; a team always has a slug, a user never.
 */
export const DeploymentReviewer = builder.unionType('DeploymentReviewer', {
  description: 'Users and teams.',
  types: [Team, User],
  resolveType: (reviewer) => ('slug' in reviewer ? Team : User),
});
