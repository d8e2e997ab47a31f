import type { SimpleUser } from '../../github/types.js';
import { builder } from '../builder.js';

/** GitHub's `Actor`: a user, bot or organization, backed by REST's `simple-user`. */
export const Actor = builder.interfaceRef<SimpleUser>('Actor').implement({
  description: 'Represents an object which can take actions on GitHub. Typically a User or Bot.',
  resolveType: (user) => actorTypename(user),
  fields: (t) => ({
    login: t.exposeString('login', { description: 'The username of the actor.' }),
    avatarUrl: t.field({
      type: 'URI',
      description: "A URL pointing to the actor's public avatar.",
      args: { size: t.arg.int({ description: 'The size of the resulting square image.' }) },
      resolve: (user, { size }) => avatarUrl(user, size),
    }),
    url: t.field({ type: 'URI', description: 'The HTTP URL for this actor.', resolve: (user) => user.html_url }),
    resourcePath: t.field({ type: 'URI', description: 'The HTTP path for this actor.', resolve: (user) => new URL(user.html_url).pathname }),
  }),
});

export function actorTypename(user: Pick<SimpleUser, 'type'>): 'User' | 'Bot' | 'Organization' {
  if (user.type === 'Bot') return 'Bot';
  if (user.type === 'Organization') return 'Organization';
  return 'User';
}

export function actorOrNull(user: SimpleUser | null | undefined): SimpleUser | null {
  return user ?? null;
}

export function avatarUrl(user: Pick<SimpleUser, 'avatar_url'>, size: number | null | undefined): string {
  if (!size) return user.avatar_url;
  const url = new URL(user.avatar_url);
  url.searchParams.set('s', String(Math.max(1, Math.min(size, 460))));
  return url.toString();
}
