import type { SimpleUser } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { Actor } from './actor.js';
import { RepositoryOwner } from './repository-owner.js';

export const Organization = builder.objectRef<SimpleUser>('Organization');

builder.node(Organization, {
  description: 'An account on GitHub, with one or more owners, that has repositories, members and teams.',
  interfaces: [Actor, RepositoryOwner],
  id: { resolve: (org) => org.node_id },
  loadOne: unreachableNode('Organization'),
  isTypeOf: (value) => (value as SimpleUser).type === 'Organization',
  fields: (t) => ({
    databaseId: t.int({ nullable: true, description: 'Identifies the primary key from the database.', resolve: (org) => Number(org.id) }),
    nodeId: t.exposeID('node_id', { description: "GitHub's own global id of this organization." }),
  }),
});
