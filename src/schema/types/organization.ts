import type { SimpleUser } from '../../github/types.js';
import { accountNode } from '../account.js';
import { builder } from '../builder.js';
import { Actor, actorTypename } from './actor.js';
import { RepositoryOwner } from './repository-owner.js';

export const Organization = builder.objectRef<SimpleUser>('Organization');

accountNode(Organization, {
  description:
    'An account on GitHub, with one or more owners, that has repositories, members and teams.',
  interfaces: [Actor, RepositoryOwner],
  isTypeOf: (user) => actorTypename(user) === 'Organization',
});
