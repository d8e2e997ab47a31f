import type { PendingDeployment } from '../../github/types.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';

/** An environment as REST's pending deployments and approvals describe it. */
export type EnvironmentShape = PendingDeployment['environment'];

export const Environment = builder.objectRef<EnvironmentShape>('Environment');

builder.node(Environment, {
  description: 'An environment a workflow run deploys to.',
  id: { resolve: (env) => env.node_id ?? `${env.id}` },
  loadOne: unreachableNode('Environment'),
  fields: (t) => ({
    databaseId: t.int({
      nullable: true,
      description: 'Identifies the primary key from the database. The `environmentIds` of a review take this environment\'s `id`.',
      resolve: (env) => (env.id === undefined ? null : Number(env.id)),
    }),
    nodeId: t.exposeID('node_id', { nullable: true, description: "GitHub's own global id of this environment." }),
    name: t.string({ description: 'The name of the environment', resolve: (env) => env.name ?? '' }),
    url: t.field({ type: 'URI', nullable: true, description: 'The HTTP URL for this environment.', resolve: (env) => env.html_url ?? null }),
  }),
});
