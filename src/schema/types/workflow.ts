import type { Context } from '../../context.js';
import { checkWorkflowId } from '../../github/path-params.js';
import type { Workflow as RestWorkflow } from '../../github/types.js';
import { type RepoKey, repoKeyOf } from '../../loaders/keys.js';
import { fetchWindow } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { viewerCanPush } from '../viewer-permissions.js';
import { Repository } from './repository.js';
import { WorkflowState } from './workflow-state.js';
import { databaseIdFields } from '../database-id.js';

/** A workflow known by its id; its payload loads only for fields that need it. */
export interface WorkflowShape extends RepoKey {
  workflowId: number;
  data?: RestWorkflow;
}

export const Workflow = builder.objectRef<WorkflowShape>('Workflow');

function load(ctx: Context, workflow: WorkflowShape): Promise<RestWorkflow> | RestWorkflow {
  return workflow.data ?? ctx.loaders.workflow.load(workflow);
}

export function workflowFromPayload(key: RepoKey, data: RestWorkflow): WorkflowShape {
  return { owner: key.owner, repo: key.repo, workflowId: Number(data.id), data };
}

/** A workflow by the id part of its global id, `owner/repo/123`. */
export async function loadWorkflow(ctx: Context, id: string): Promise<WorkflowShape> {
  const { owner, repo, numbers } = parseRepoScopedId(id, 1);
  const key = { owner, repo, workflowId: numbers[0]! };
  return { ...key, data: await ctx.loaders.workflow.load(key) };
}

builder.node(Workflow, {
  description: 'A workflow contains meta information about an Actions workflow file.',
  id: { resolve: (w) => `${repoIdPart(w)}/${w.workflowId}` },
  loadOne: (id, ctx) => loadWorkflow(ctx, id),
  fields: (t) => ({
    ...databaseIdFields(t, (w) => w.workflowId),
    nodeId: t.id({
      description: "GitHub's own global id of this workflow.",
      resolve: async (w, _a, ctx) => (await load(ctx, w)).node_id,
    }),
    name: t.string({
      description: 'The name of the workflow.',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).name,
    }),
    path: t.string({
      description: 'The path of the workflow file.',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).path,
    }),
    state: t.field({
      type: WorkflowState.ref,
      description: 'The state of the workflow.',
      resolve: async (w, _a, ctx) => WorkflowState.fromRest((await load(ctx, w)).state) ?? 'active',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was created.',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).created_at,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was last updated.',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).updated_at,
    }),
    url: t.field({
      type: 'URI',
      description: 'The HTTP URL for this workflow',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).html_url,
    }),
    resourcePath: t.field({
      type: 'URI',
      description: 'The HTTP path for this workflow',
      resolve: async (w, _a, ctx) => new URL((await load(ctx, w)).html_url).pathname,
    }),
    badgeUrl: t.field({
      type: 'URI',
      description: 'The status badge of the workflow.',
      resolve: async (w, _a, ctx) => (await load(ctx, w)).badge_url,
    }),
    repository: t.field({ type: Repository, resolve: (w) => ({ owner: w.owner, repo: w.repo }) }),
    viewerCanDispatch: t.boolean({
      description:
        'Whether the viewer can start this workflow with `dispatchWorkflow`: it is active and the viewer can write to the repository. Whether the file has a `workflow_dispatch` trigger is not in the REST payload; GitHub answers 422 when it has none.',
      resolve: async (w, _a, ctx) =>
        (await load(ctx, w)).state === 'active' && (await viewerCanPush(ctx, w)),
    }),
  }),
});

const WorkflowConnection = countedConnection(Workflow, 'Workflow');

builder.objectFields(Repository, (t) => ({
  workflows: t.connection(
    {
      type: Workflow,
      description: 'The workflows of this repository.',
      resolve: async (r, args, ctx) => {
        const key = repoKeyOf(r);
        const window = await fetchWindow(args, (perPage, page) =>
          ctx.loaders.workflowList.load({ ...key, perPage, page }),
        );
        return {
          ...window,
          edges: window.edges.map((e) => ({ ...e, node: workflowFromPayload(key, e.node) })),
        };
      },
    },
    WorkflowConnection,
  ),
  workflow: t.field({
    type: Workflow,
    nullable: true,
    description: 'A workflow of this repository, by its id or its file name (such as `ci.yml`).',
    args: { idOrFileName: t.arg.string({ required: true }) },
    resolve: async (r, { idOrFileName }, ctx) => {
      const key = repoKeyOf(r);
      const data = await ctx.loaders.workflow.load({
        ...key,
        workflowId: checkWorkflowId(idOrFileName, 'idOrFileName'),
      });
      return workflowFromPayload(key, data);
    },
  }),
}));
