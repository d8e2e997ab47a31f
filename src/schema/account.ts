/**
 * Users, bots and organizations all come from REST's `simple-user`, and GitHub's `Actor`
 * and `RepositoryOwner` interfaces share their profile fields. One definition serves all.
 */
import type { InterfaceParam } from '@pothos/core';
import type { SimpleUser } from '../github/types.js';
import { builder, type BuilderTypes } from './builder.js';
import { unreachableNode } from './unreachable-node.js';
import { databaseIdFields } from './database-id.js';

type AccountRef = ReturnType<typeof builder.objectRef<SimpleUser>>;

export function avatarUrl(
  user: Pick<SimpleUser, 'avatar_url'>,
  size: number | null | undefined,
): string {
  if (!size) return user.avatar_url;
  const url = new URL(user.avatar_url);
  url.searchParams.set('s', String(Math.max(1, Math.min(size, 460))));
  return url.toString();
}

/** `login`, `avatarUrl(size:)`, `url` and `resourcePath`, as GitHub's interfaces declare them. */
export function profileFields(
  t: PothosSchemaTypes.InterfaceFieldBuilder<BuilderTypes, SimpleUser>,
  noun: string,
) {
  return {
    login: t.exposeString('login', { description: `The username of the ${noun}.` }),
    avatarUrl: t.field({
      type: 'URI',
      description: `A URL pointing to the ${noun}'s public avatar.`,
      args: { size: t.arg.int({ description: 'The size of the resulting square image.' }) },
      resolve: (user, { size }) => avatarUrl(user, size),
    }),
    url: t.field({
      type: 'URI',
      description: `The HTTP URL for this ${noun}.`,
      resolve: (user) => user.html_url,
    }),
    resourcePath: t.field({
      type: 'URI',
      description: `The HTTP path for this ${noun}.`,
      resolve: (user) => new URL(user.html_url).pathname,
    }),
  };
}

/** A Node type backed by `simple-user`: its id is GitHub's node id, as REST cannot fetch one alone. */
export function accountNode(
  ref: AccountRef,
  options: {
    description: string;
    interfaces: InterfaceParam<BuilderTypes>[];
    isTypeOf: (user: SimpleUser) => boolean;
  },
) {
  const typename = ref.name;
  builder.node(ref, {
    description: options.description,
    interfaces: options.interfaces,
    id: { resolve: (user) => user.node_id },
    loadOne: unreachableNode(typename),
    isTypeOf: (value) => options.isTypeOf(value as SimpleUser),
    fields: (t) => ({
      ...databaseIdFields(t, (user) => user.id),
      nodeId: t.exposeID('node_id', {
        description: `GitHub's own global id of this ${typename.toLowerCase()}.`,
      }),
    }),
  });
}
