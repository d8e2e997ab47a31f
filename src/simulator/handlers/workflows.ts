/** The repository's workflows. */
import { repoOf, type HandlerContext, type Reply } from '../http/handler.js';
import { paginate } from '../http/pagination.js';
import { renderWorkflow } from '../payloads/workflow.js';
import { findWorkflow } from './lookups.js';

export function listWorkflows(ctx: HandlerContext): Reply {
  const repo = repoOf(ctx);
  const all = repo.workflows;
  const page = paginate(all, ctx.url);
  return {
    status: 200,
    body: {
      total_count: all.length,
      workflows: page.items.map((w) => renderWorkflow(ctx.base, repo, w)),
    },
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}

export function getWorkflow(ctx: HandlerContext): Reply {
  return { status: 200, body: renderWorkflow(ctx.base, repoOf(ctx), findWorkflow(ctx)) };
}
