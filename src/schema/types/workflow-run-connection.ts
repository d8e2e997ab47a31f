/**
 * Lists of runs: `Repository.workflowRuns` and `Workflow.runs` share one connection type,
 * one set of arguments and one resolver over the REST listing routes.
 */
import type { Context } from '../../context.js';
import { checkId } from '../../github/path-params.js';
import type { WorkflowRun as RestWorkflowRun } from '../../github/types.js';
import { type RepoKey, repoKeyOf } from '../../loaders/keys.js';
import { fetchWindow, type Window, type WindowArgs } from '../../loaders/paginate.js';
import { type Arg, builder } from '../builder.js';
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
          'How many of `totalCount` can be paged through. GitHub serves at most 1,000 runs of a filtered listing, so with a filter this can be less than `totalCount`.',
        resolve: (connection: unknown) => (connection as Window<unknown>).reachableCount,
      }),
    }),
  },
  { name: 'WorkflowRunEdge' },
);

interface RunsArgs extends WindowArgs {
  filterBy?: typeof WorkflowRunFilter.$inferInput | null;
  orderBy?: { field: string; direction: string } | null;
}

/** REST lists newest first; oldest first is the same listing read from its other end. */
async function resolveRuns(ctx: Context, scope: RepoKey & { workflowId?: number }, args: RunsArgs) {
  const { filter, cap } = toRunFilter(args.filterBy);
  const ascending = args.orderBy?.direction === 'ASC';
  const windowArgs: WindowArgs = ascending
    ? {
        first: args.last,
        after: args.before,
        last: args.first ?? (args.last == null ? 30 : undefined),
        before: args.after,
      }
    : args;
  const fetchPage = (perPage: number, page: number) =>
    ctx.loaders.runList.load({ ...scope, filter, perPage, page });
  const window = await fetchWindow<RestWorkflowRun>(windowArgs, fetchPage, { cap });
  if (!ascending) return window;
  const { hasNextPage, hasPreviousPage, startCursor, endCursor } = window.pageInfo;
  return {
    ...window,
    edges: [...window.edges].reverse(),
    pageInfo: {
      hasNextPage: hasPreviousPage,
      hasPreviousPage: hasNextPage,
      startCursor: endCursor,
      endCursor: startCursor,
    },
  };
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
