import type { SimpleUser } from '../../github/types.js';
import { builder } from '../builder.js';
import { actorTypename, avatarUrl } from './actor.js';

/** GitHub's `RepositoryOwner`: a user or an organization. */
export const RepositoryOwner = builder.interfaceRef<SimpleUser>('RepositoryOwner').implement({
  description: 'Represents an owner of a Repository.',
  resolveType: (owner) => (actorTypename(owner) === 'Organization' ? 'Organization' : 'User'),
  fields: (t) => ({
    login: t.exposeString('login', { description: 'The username used to login.' }),
    avatarUrl: t.field({
      type: 'URI',
      description: "A URL pointing to the owner's public avatar.",
      args: { size: t.arg.int({ description: 'The size of the resulting square image.' }) },
      resolve: (owner, { size }) => avatarUrl(owner, size),
    }),
    url: t.field({ type: 'URI', description: 'The HTTP URL for the owner.', resolve: (owner) => owner.html_url }),
    resourcePath: t.field({ type: 'URI', description: 'The HTTP URL for the owner.', resolve: (owner) => new URL(owner.html_url).pathname }),
  }),
});
