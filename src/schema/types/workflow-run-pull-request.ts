import type { PullRequestMinimal } from '../../github/types.js';
import { builder } from '../builder.js';
import { databaseIdFields } from '../database-id.js';

/** A pull request as a run lists it; field names follow GitHub's `PullRequest`. */
export const WorkflowRunPullRequest = builder
  .objectRef<PullRequestMinimal>('WorkflowRunPullRequest')
  .implement({
    description: 'A pull request whose head is the commit this run ran on.',
    fields: (t) => ({
      ...databaseIdFields(t, (pr) => pr.id),
      number: t.exposeInt('number', { description: 'Identifies the pull request number.' }),
      headRefName: t.string({ resolve: (pr) => pr.head.ref }),
      headRefOid: t.string({ resolve: (pr) => pr.head.sha }),
      baseRefName: t.string({ resolve: (pr) => pr.base.ref }),
      baseRefOid: t.string({ resolve: (pr) => pr.base.sha }),
    }),
  });
