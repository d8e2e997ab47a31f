/**
 * Lists of runs: `Repository.workflowRuns` and `Workflow.runs` share one connection type,
 * one set of arguments and one resolver over the REST listing routes.
 */
import type { Context } from '../../context.js';
import { checkId } from '../../github/path-params.js';
import { type RepoKey, repoKeyOf } from '../../loaders/keys.js';
import { createdParam, createdRange, type KeysetListing } from '../../loaders/keyset.js';
import {
  ascendingArgs,
  checkKeysetArgs,
  keysetWindow,
  type RunWindow,
  reversed,
} from '../../loaders/keyset-window.js';
import type { RunFilter } from '../../loaders/loaders.js';
import {
  checkRepositoryList,
  MAX_FEED_REPOSITORIES,
  mergedWindow,
} from '../../loaders/merged-feed.js';
import type { WindowArgs } from '../../loaders/paginate.js';
import { type Arg, builder } from '../builder.js';
import { reportEntryError } from '../entry-errors.js';
import { Repository } from './repository.js';
import { Workflow } from './workflow.js';
import { WorkflowRun } from './workflow-run.js';
import { toRunFilter, WorkflowRunFilter } from './workflow-run-filter.js';
import { WorkflowRunOrder } from './workflow-run-order.js';

export const WorkflowRunConnection = builder.connectionObject(
  {
    type: WorkflowRun,
    name: 'WorkflowRunConnection',
    description: 'The connection type for WorkflowRun.',
    fields: (t) => ({
      reachableCount: t.int({
        description:
          'How many of `totalCount` can be paged through: all of them. GitHub serves at most 1,000 runs of one filtered REST listing, but keyset cursors continue each page in the next `created` window, so every counted run is reachable.',
        resolve: (connection: unknown) => (connection as RunWindow).reachableCount,
      }),
    }),
  },
  { name: 'WorkflowRunEdge' },
);

interface RunsArgs extends WindowArgs {
  filterBy?: typeof WorkflowRunFilter.$inferInput | null;
  orderBy?: { field: string; direction: string } | null;
}

/** The caller's filter as a keyset listing of one scope, and its window arguments, checked. */
export function runListing(ctx: Context, scope: RunListScope, filter: RunFilter, capped: boolean) {
  const range = createdRange(filter.created);
  const listing: KeysetListing = {
    range,
    capped,
    fetch: (within, perPage, page) => {
      // The caller's own range goes out as they wrote it; a narrowed one in GitHub's syntax.
      const { created: _, ...rest } = filter;
      const created = within === range ? filter.created : createdParam(within);
      return ctx.loaders.runList.load({
        ...scope,
        filter: created === undefined ? rest : { ...rest, created },
        perPage,
        page,
      });
    },
  };
  return listing;
}

type RunListScope = RepoKey & { workflowId?: number };

/** The arguments of a runs listing, checked, and the newest-first window they ask for. */
export function checkRunsArgs(args: RunsArgs) {
  const { filter, cap } = toRunFilter(args.filterBy);
  const ascending = args.orderBy?.direction === 'ASC';
  const window = checkKeysetArgs(ascending ? ascendingArgs(args) : args);
  return { filter, capped: cap !== undefined, ascending, window };
}

/** REST lists newest first; oldest first is the same listing read from its other end. */
function resolveRuns(ctx: Context, scope: RunListScope, args: RunsArgs) {
  return ctx.loaders.runWindow.load({
    id: JSON.stringify([scope, args]),
    build: async () => {
      const { filter, capped, ascending, window } = checkRunsArgs(args);
      const result = await keysetWindow(runListing(ctx, scope, filter, capped), window);
      return ascending ? reversed(result) : result;
    },
  });
}

const runsArgs = (arg: Arg) => ({
  filterBy: arg({
    type: WorkflowRunFilter,
    description: 'Only runs that match every given filter.',
  }),
  orderBy: arg({
    type: WorkflowRunOrder,
    defaultValue: { field: 'CREATED_AT', direction: 'DESC' },
    description: 'Ordering options for the connection',
  }),
});

builder.objectFields(Repository, (t) => ({
  workflowRuns: t.connection(
    {
      type: WorkflowRun,
      description: 'The workflow runs of this repository, newest first.',
      args: runsArgs(t.arg),
      resolve: (r, args, ctx) => resolveRuns(ctx, repoKeyOf(r), args),
    },
    WorkflowRunConnection,
  ),
  workflowRun: t.field({
    type: WorkflowRun,
    nullable: true,
    description:
      'A workflow run of this repository, by its database id. A run already listed in this operation costs no request.',
    args: {
      databaseId: t.arg({
        type: 'BigInt',
        required: true,
        description:
          "The run's database id (`fullDatabaseId`): an integer or a decimal string, up to 64 bits.",
      }),
    },
    resolve: (r, { databaseId }, ctx) =>
      ctx.loaders.run.load({ ...repoKeyOf(r), runId: checkId(databaseId, 'databaseId') }),
  }),
}));

builder.objectFields(Workflow, (t) => ({
  runs: t.connection(
    {
      type: WorkflowRun,
      description: 'The runs of the workflow, newest first.',
      args: runsArgs(t.arg),
      resolve: (w, args, ctx) =>
        resolveRuns(ctx, { owner: w.owner, repo: w.repo, workflowId: w.workflowId }, args),
    },
    WorkflowRunConnection,
  ),
}));

builder.queryField('workflowRuns', (t) =>
  t.connection(
    {
      type: WorkflowRun,
      description: `The workflow runs of up to ${MAX_FEED_REPOSITORIES} repositories in one list, newest first (or oldest first with \`orderBy\`), with the same filters and keyset cursors as \`Repository.workflowRuns\`. A page costs each repository what a page of its own listing costs. A repository the caller cannot see (or whose listing fails) is left out, with an error in \`errors\` that names it (\`extensions.repository\`); the others still list. \`totalCount\` is the sum over the repositories that listed.`,
      args: {
        repositories: t.arg.stringList({
          required: true,
          description: `The repositories, as \`owner/name\`: 1 to ${MAX_FEED_REPOSITORIES}, each once.`,
        }),
        ...runsArgs(t.arg),
      },
      resolve: async (_root, args, ctx, info) => {
        const repositories = checkRepositoryList(args.repositories);
        const { filter, capped, ascending, window } = checkRunsArgs(args);
        const listings = repositories.map((scope) => runListing(ctx, scope, filter, capped));
        const result = await mergedWindow(listings, window, (index, error) =>
          reportEntryError(
            ctx,
            info,
            { argument: 'repositories', index, value: args.repositories[index]! },
            error,
          ),
        );
        return ascending ? reversed(result) : result;
      },
    },
    WorkflowRunConnection,
  ),
);
