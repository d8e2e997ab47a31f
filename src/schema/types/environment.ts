import type { PendingDeployment } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { DATABASE_ID_DESCRIPTION, optionalDatabaseIdFields } from '../database-id.js';

/** An environment as REST's pending deployments and approvals describe it. */
export type EnvironmentShape = PendingDeployment['environment'];

export const Environment = builder.objectRef<EnvironmentShape>('Environment');

builder.node(Environment, {
  description: 'An environment a workflow run deploys to.',
  id: { resolve: (env) => env.node_id ?? `${env.id}` },
  loadOne: unreachableNode('Environment'),
  fields: (t) => ({
    ...optionalDatabaseIdFields(t, (env) => env.id, {
      databaseId: `${DATABASE_ID_DESCRIPTION} The \`environmentIds\` of a review take this environment's \`id\` (or \`fullDatabaseId\`).`,
    }),
    nodeId: t.exposeID('node_id', {
      nullable: true,
      description: "GitHub's own global id of this environment.",
    }),
    name: t.string({
      description: 'The name of the environment',
      resolve: (env) => env.name ?? '',
    }),
    url: t.field({
      type: 'URI',
      nullable: true,
      description: 'The HTTP URL for this environment.',
      resolve: (env) => env.html_url ?? null,
    }),
  }),
});
