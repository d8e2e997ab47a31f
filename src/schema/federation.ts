/**
 * The Apollo Federation 2 subgraph: the plain schema plus `@key`s on the four entities,
 * `_service { sdl }` and `_entities`. Served only when `FEDERATION=true` (see `select.ts`).
 *
 * Importing this file changes nothing: the entities are declared on the shared builder only
 * when `subgraphSchema()` is first called, after it has taken the plain schema (built by
 * `./index.js`), so that schema carries no federation directives at all, whatever the order
 * of imports; `toSubGraphSchema()` then builds anew and sees them.
 *
 * Reference resolvers go through the request's loaders like every other resolver: a gateway
 * sends a whole list of representations in one `_entities` call, and the loaders turn that
 * into one REST request per distinct resource (a repository costs none until a field needs
 * its details).
 *
 * Every reference resolver is `async`: `@apollo/subgraph` calls them inside one `map`, so a
 * synchronous throw would fail the whole `_entities` list instead of its one entry.
 */
import type { GraphQLSchema } from 'graphql';
import { InvalidInputError } from '../github/errors.js';
import { decodeNodeId } from '../github/node-id.js';
import { checkOwner, checkRepositoryName } from '../github/path-params.js';
import { builder } from './builder.js';
import { decodeGlobalIdOf } from './global-id.js';
import { schema as plainSchema } from './index.js';
import { Repository, type RepositoryShape } from './types/repository.js';
import { loadWorkflow, Workflow } from './types/workflow.js';
import { loadJob, WorkflowJob } from './types/workflow-job.js';
import { WorkflowRun, loadRun } from './types/workflow-run.js';

/** The Federation version our `@link` names; 2.6 is what Pothos and Apollo 2.14 default to. */
const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

/** The id part of one of our global ids, checked to be of the entity's own type. */
function idOf(globalId: string, typename: string): string {
  return decodeGlobalIdOf(globalId, [typename], 'id').id;
}

/** `owner/name`, each part checked as a path segment before anything reaches REST. */
function repositoryFromNameWithOwner(nameWithOwner: string): RepositoryShape {
  const parts = nameWithOwner.split('/');
  if (parts.length !== 2) {
    throw new InvalidInputError(
      `nameWithOwner must be "owner/name", got ${JSON.stringify(nameWithOwner)}.`,
      {
        argument: 'nameWithOwner',
      },
    );
  }
  return { owner: checkOwner(parts[0]!), repo: checkRepositoryName(parts[1]!) };
}

/** Adds the subgraph's field and `@key`s to the builder; once, after the plain schema is built. */
function declareEntities(): void {
  // Subgraph only: GitHub's `Repository` has no such field.
  builder.objectField(Repository, 'ownerLogin', (t) =>
    t.string({
      description:
        'The login of the owner, so another subgraph can name a repository by owner and name in a key.',
      resolve: (r) => r.data?.owner.login ?? r.owner,
    }),
  );

  builder.asEntity(Repository, {
    // `owner` is the `RepositoryOwner` interface, and a key may not select into an interface,
    // so owner+name is keyed by the scalar `ownerLogin` that the subgraph adds above.
    key: [
      builder.selection<{ nameWithOwner: string }>('nameWithOwner'),
      builder.selection<{ ownerLogin: string; name: string }>('ownerLogin name'),
    ],
    resolveReference: async (ref) =>
      'nameWithOwner' in ref
        ? repositoryFromNameWithOwner(ref.nameWithOwner)
        : { owner: checkOwner(ref.ownerLogin), repo: checkRepositoryName(ref.name) },
  });

  builder.asEntity(WorkflowRun, {
    key: [builder.selection<{ id: string }>('id'), builder.selection<{ nodeId: string }>('nodeId')],
    resolveReference: async (ref, ctx) => {
      if ('id' in ref) return loadRun(ctx, idOf(ref.id, 'WorkflowRun'));
      const { repositoryId, objectId } = decodeNodeId(ref.nodeId, 'WFR');
      return ctx.loaders.runByRepositoryId.load({ repositoryId, runId: objectId });
    },
  });

  builder.asEntity(Workflow, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: async ({ id }, ctx) => loadWorkflow(ctx, idOf(id, 'Workflow')),
  });

  builder.asEntity(WorkflowJob, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: async ({ id }, ctx) => loadJob(ctx, idOf(id, 'WorkflowJob')),
  });
}

let subgraph: GraphQLSchema | undefined;

/** Built on first use, so a gateway serving the plain schema never pays for it. */
export function subgraphSchema(): GraphQLSchema {
  if (!subgraph) {
    // The plain schema must exist before the entities change the builder it is built from.
    if (!plainSchema) throw new Error('The plain schema must be built before the subgraph.');
    declareEntities();
    subgraph = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, sortSchema: true });
  }
  return subgraph;
}
