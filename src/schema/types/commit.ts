import type { SimpleCommit } from '../../github/types.js';
import { builder } from '../builder.js';
import { GitActor } from './git-actor.js';

/** The head commit as a run reports it: GitHub's `Commit` fields that REST carries. */
export const Commit = builder.objectRef<SimpleCommit>('Commit').implement({
  description: 'The commit a workflow run ran on.',
  fields: (t) => ({
    oid: t.exposeString('id', { description: 'The Git object ID (the SHA).' }),
    treeOid: t.exposeString('tree_id', { description: "The Git object ID of the commit's tree." }),
    message: t.exposeString('message', { description: 'The Git commit message' }),
    messageHeadline: t.string({
      description: 'The Git commit message headline',
      resolve: (c) => c.message.split('\n', 1)[0] ?? '',
    }),
    messageBody: t.string({
      description: 'The Git commit message body',
      resolve: (c) => c.message.split('\n').slice(1).join('\n').trim(),
    }),
    committedDate: t.field({
      type: 'DateTime',
      description: 'The datetime when this commit was committed.',
      resolve: (c) => c.timestamp,
    }),
    author: t.field({
      type: GitActor,
      nullable: true,
      resolve: (c) => (c.author ? { ...c.author, date: c.timestamp } : null),
    }),
    committer: t.field({
      type: GitActor,
      nullable: true,
      resolve: (c) => (c.committer ? { ...c.committer, date: c.timestamp } : null),
    }),
  }),
});
