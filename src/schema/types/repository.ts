import type { Context } from '../../context.js';
import { checkOwner, checkRepositoryName } from '../../github/path-params.js';
import type { FullRepository, MinimalRepository } from '../../github/types.js';
import { type RepoKey, repoKeyOf } from '../../loaders/keys.js';
import { builder } from '../builder.js';
import { parseRepoScopedId, repoIdPart } from '../global-id.js';
import { RepositoryOwner } from './repository-owner.js';

/**
 * A repository is known by its owner and name; its other fields come from the payload a
 * run embedded, or from `GET /repos/{owner}/{repo}` only when a query asks for them.
 */
export interface RepositoryShape extends RepoKey {
  data?: MinimalRepository | FullRepository;
}

export const Repository = builder.objectRef<RepositoryShape>('Repository');

export function repositoryFromPayload(data: MinimalRepository): RepositoryShape {
  return { owner: data.owner.login, repo: data.name, data };
}

async function details(
  ctx: Context,
  repository: RepositoryShape,
): Promise<MinimalRepository | FullRepository> {
  return repository.data ?? ctx.loaders.repository.load(repoKeyOf(repository));
}

builder.node(Repository, {
  description: 'A repository, and the GitHub Actions workflows and runs in it.',
  id: { resolve: (repository) => repoIdPart(repository) },
  loadOne: (id) => {
    const { owner, repo } = parseRepoScopedId(id, 0);
    return { owner, repo };
  },
  fields: (t) => ({
    name: t.string({
      description: 'The name of the repository.',
      resolve: (r) => r.data?.name ?? r.repo,
    }),
    nameWithOwner: t.string({
      description: "The repository's name with owner.",
      resolve: (r) => r.data?.full_name ?? `${r.owner}/${r.repo}`,
    }),
    owner: t.field({
      type: RepositoryOwner,
      description: 'The User owner of the repository.',
      resolve: async (r, _args, ctx) => (await details(ctx, r)).owner,
    }),
    databaseId: t.int({
      nullable: true,
      description: 'Identifies the primary key from the database.',
      resolve: async (r, _args, ctx) => Number((await details(ctx, r)).id),
    }),
    nodeId: t.id({
      description: "GitHub's own global id of this repository.",
      resolve: async (r, _args, ctx) => (await details(ctx, r)).node_id,
    }),
    isPrivate: t.boolean({
      description: 'Identifies if the repository is private or internal.',
      resolve: async (r, _args, ctx) => (await details(ctx, r)).private,
    }),
    isFork: t.boolean({
      description: 'Identifies if the repository is a fork.',
      resolve: async (r, _args, ctx) => (await details(ctx, r)).fork,
    }),
    description: t.string({
      nullable: true,
      description: 'The description of the repository.',
      resolve: async (r, _args, ctx) => (await details(ctx, r)).description ?? null,
    }),
    url: t.field({
      type: 'URI',
      description: 'The HTTP URL for this repository',
      resolve: (r, _args, ctx) => r.data?.html_url ?? `${ctx.upstream.webUrl}/${r.owner}/${r.repo}`,
    }),
    resourcePath: t.field({
      type: 'URI',
      description: 'The HTTP path for this repository',
      resolve: (r) => (r.data ? new URL(r.data.html_url).pathname : `/${r.owner}/${r.repo}`),
    }),
  }),
});

builder.queryField('repository', (t) =>
  t.field({
    type: Repository,
    nullable: true,
    description: 'Lookup a given repository by the owner and repository name.',
    args: {
      owner: t.arg.string({
        required: true,
        description: 'The login field of a user or organization',
      }),
      name: t.arg.string({ required: true, description: 'The name of the repository' }),
      followRenames: t.arg.boolean({
        defaultValue: true,
        description:
          "Follow repository renames. If disabled, a repository referenced by its old name will return an error (`NOT_FOUND`, with the new location in `extensions.location`). GitHub's REST API answers an old name with a redirect, which the gateway follows only to GitHub's own API.",
      }),
    },
    // No request: the repository's fields load when asked for, and a repository this
    // caller cannot see answers NOT_FOUND on the first field that reaches GitHub.
    resolve: (_root, { owner, name, followRenames }) => ({
      owner: checkOwner(owner),
      repo: checkRepositoryName(name, 'name'),
      ...(followRenames === false ? { followRenames: false } : {}),
    }),
  }),
);
