import type { SimpleUser } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { Actor, actorTypename } from './actor.js';
import { RepositoryOwner } from './repository-owner.js';

export const User = builder.objectRef<SimpleUser>('User');

builder.node(User, {
  description: 'A user account on GitHub.',
  interfaces: [Actor, RepositoryOwner],
  id: { resolve: (user) => user.node_id },
  loadOne: unreachableNode('User'),
  isTypeOf: (value) => actorTypename(value as SimpleUser) === 'User',
  fields: (t) => ({
    databaseId: t.int({ nullable: true, description: 'Identifies the primary key from the database.', resolve: (user) => Number(user.id) }),
    nodeId: t.exposeID('node_id', { description: "GitHub's own global id of this user." }),
    name: t.exposeString('name', { nullable: true, description: "The user's public profile name." }),
    email: t.string({ description: "The user's publicly visible profile email.", resolve: (user) => user.email ?? '' }),
    isSiteAdmin: t.boolean({ description: 'Whether or not this user is a site administrator.', resolve: (user) => user.site_admin }),
  }),
});
