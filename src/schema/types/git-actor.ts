import { builder } from '../builder.js';

export type GitActorShape = { name: string; email: string; date: string };

export const GitActor = builder.objectRef<GitActorShape>('GitActor').implement({
  description: 'Represents an actor in a Git commit (ie. an author or committer).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name in the Git commit.' }),
    email: t.exposeString('email', { description: 'The email in the Git commit.' }),
    date: t.field({
      type: 'DateTime',
      description: 'The timestamp of the Git action (authoring or committing).',
      resolve: (a) => a.date,
    }),
  }),
});
