import type { SimpleUser } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { Actor } from './actor.js';

export const Bot = builder.objectRef<SimpleUser>('Bot');

builder.node(Bot, {
  description: 'A special type of user which takes actions on behalf of GitHub Apps.',
  interfaces: [Actor],
  id: { resolve: (bot) => bot.node_id },
  loadOne: unreachableNode('Bot'),
  isTypeOf: (value) => (value as SimpleUser).type === 'Bot',
  fields: (t) => ({
    databaseId: t.int({ nullable: true, description: 'Identifies the primary key from the database.', resolve: (bot) => Number(bot.id) }),
    nodeId: t.exposeID('node_id', { description: "GitHub's own global id of this bot." }),
  }),
});
