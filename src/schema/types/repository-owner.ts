import type { SimpleUser } from '../../github/types.js';
import { profileFields } from '../account.js';
import { builder } from '../builder.js';
import { actorTypename } from './actor.js';

/** GitHub's `RepositoryOwner`: a user or an organization. */
export const RepositoryOwner = builder.interfaceRef<SimpleUser>('RepositoryOwner').implement({
  description: 'Represents an owner of a Repository.',
  resolveType: (owner) => (actorTypename(owner) === 'Organization' ? 'Organization' : 'User'),
  fields: (t) => profileFields(t, 'owner'),
});
