import type { Team as RestTeam } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { databaseIdFields } from '../database-id.js';

export const Team = builder.objectRef<RestTeam>('Team');

builder.node(Team, {
  description: 'A team of users in an organization.',
  id: { resolve: (team) => team.node_id },
  loadOne: unreachableNode('Team'),
  fields: (t) => ({
    ...databaseIdFields(t, (team) => team.id),
    nodeId: t.exposeID('node_id', { description: "GitHub's own global id of this team." }),
    name: t.exposeString('name', { description: 'The name of the team.' }),
    slug: t.exposeString('slug', { description: 'The slug corresponding to the team.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'The description of the team.',
    }),
    url: t.field({
      type: 'URI',
      description: 'The HTTP URL for this team',
      resolve: (team) => team.html_url,
    }),
    resourcePath: t.field({
      type: 'URI',
      description: 'The HTTP path for this team',
      resolve: (team) => new URL(team.html_url).pathname,
    }),
  }),
});
