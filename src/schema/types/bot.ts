import type { SimpleUser } from '../../github/types.js';
import { accountNode } from '../account.js';
import { builder } from '../builder.js';
import { Actor, actorTypename } from './actor.js';

export const Bot = builder.objectRef<SimpleUser>('Bot');

accountNode(Bot, {
  description: 'A special type of user which takes actions on behalf of GitHub Apps.',
  interfaces: [Actor],
  isTypeOf: (user) => actorTypename(user) === 'Bot',
});
