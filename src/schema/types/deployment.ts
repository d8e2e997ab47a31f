import type { Deployment as RestDeployment } from '../../github/types.js';
import type { RepoKey } from '../../loaders/keys.js';
import { builder } from '../builder.js';
import { unreachableNode } from '../unreachable-node.js';
import { Actor } from './actor.js';
import { Repository } from './repository.js';
import { databaseIdFields } from '../database-id.js';

/** REST's deployment payload does not name its repository as owner and name, so the shape carries it. */
export interface DeploymentShape extends RepoKey {
  data: RestDeployment;
}

export const Deployment = builder.objectRef<DeploymentShape>('Deployment');

builder.node(Deployment, {
  description: 'Represents triggered deployment instance.',
  // Wraps GitHub's own node id, as for the other objects REST cannot fetch alone; `nodeId`
  // gives it bare, for GitHub's GraphQL API.
  id: { resolve: (d) => d.data.node_id },
  loadOne: unreachableNode('Deployment'),
  fields: (t) => ({
    ...databaseIdFields(t, (d) => d.data.id),
    nodeId: t.id({
      description: "GitHub's own global id of this deployment.",
      resolve: (d) => d.data.node_id,
    }),
    commitOid: t.string({
      description:
        'Identifies the oid of the deployment commit, even if the commit has been deleted.',
      resolve: (d) => d.data.sha,
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was created.',
      resolve: (d) => d.data.created_at,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Identifies the date and time when the object was last updated.',
      resolve: (d) => d.data.updated_at,
    }),
    creator: t.field({
      type: Actor,
      // GitHub's GraphQL says `Actor!`; REST sends null for a deleted account, so ours is nullable.
      nullable: true,
      description:
        'Identifies the actor who triggered the deployment. Null when the account no longer exists.',
      resolve: (d) => d.data.creator ?? null,
    }),
    description: t.string({
      nullable: true,
      description: 'The deployment description.',
      resolve: (d) => d.data.description ?? null,
    }),
    environment: t.string({
      nullable: true,
      description: 'The latest environment to which this deployment was made.',
      resolve: (d) => d.data.environment,
    }),
    latestEnvironment: t.string({
      nullable: true,
      description: 'The latest environment to which this deployment was made.',
      resolve: (d) => d.data.environment,
    }),
    originalEnvironment: t.string({
      nullable: true,
      description: 'The original environment to which this deployment was made.',
      resolve: (d) => d.data.original_environment ?? d.data.environment,
    }),
    task: t.string({
      nullable: true,
      description: 'The deployment task.',
      resolve: (d) => d.data.task,
    }),
    payload: t.string({
      nullable: true,
      description: 'Extra information that a deployment system might need, as a JSON string.',
      resolve: (d) =>
        typeof d.data.payload === 'string' ? d.data.payload : JSON.stringify(d.data.payload ?? {}),
    }),
    productionEnvironment: t.boolean({
      nullable: true,
      description:
        'Whether the environment is one end users interact with (REST `production_environment`).',
      resolve: (d) => d.data.production_environment ?? null,
    }),
    transientEnvironment: t.boolean({
      nullable: true,
      description:
        'Whether the environment will stop existing at some point (REST `transient_environment`).',
      resolve: (d) => d.data.transient_environment ?? null,
    }),
    repository: t.field({
      type: Repository,
      description: 'Identifies the repository associated with the deployment.',
      resolve: (d) => ({ owner: d.owner, repo: d.repo }),
    }),
  }),
});
