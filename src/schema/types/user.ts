import type { SimpleUser } from '../../github/types.js';
import { accountNode } from '../account.js';
import { builder } from '../builder.js';
import { Actor, actorTypename } from './actor.js';
import { RepositoryOwner } from './repository-owner.js';

export const User = builder.objectRef<SimpleUser>('User');

accountNode(User, {
  description: 'A user account on GitHub.',
  interfaces: [Actor, RepositoryOwner],
  isTypeOf: (user) => actorTypename(user) === 'User',
});

builder.objectFields(User, (t) => ({
  name: t.exposeString('name', { nullable: true, description: "The user's public profile name." }),
  email: t.string({
    description: "The user's publicly visible profile email.",
    resolve: (user) => user.email ?? '',
  }),
  isSiteAdmin: t.boolean({
    description: 'Whether or not this user is a site administrator.',
    resolve: (user) => user.site_admin,
  }),
}));
