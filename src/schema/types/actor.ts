import type { SimpleUser } from '../../github/types.js';
import { profileFields } from '../account.js';
import { builder } from '../builder.js';

/** GitHub's `Actor`: a user, bot or organization, backed by REST's `simple-user`. */
export const Actor = builder.interfaceRef<SimpleUser>('Actor').implement({
  description: 'Represents an object which can take actions on GitHub. Typically a User or Bot.',
  resolveType: (user) => actorTypename(user),
  fields: (t) => profileFields(t, 'actor'),
});

export function actorTypename(user: Pick<SimpleUser, 'type'>): 'User' | 'Bot' | 'Organization' {
  if (user.type === 'Bot') return 'Bot';
  if (user.type === 'Organization') return 'Organization';
  return 'User';
}
