/**
 * The peer's supergraph: GraphQL Mesh composes GitHub's own OpenAPI description of the
 * workflow-run routes into a GraphQL subgraph, the way a user would start. `bench/peer.ts`
 * runs `mesh-compose` with PEER_UPSTREAM_URL set to the simulator it benchmarks against.
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const endpoint = process.env.PEER_UPSTREAM_URL;
if (!endpoint)
  throw new Error('PEER_UPSTREAM_URL must name the upstream (the simulator) to compose against');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('GitHub', {
        source: './github-actions-runs.openapi.json',
        endpoint,
        // The caller's token goes to the upstream, as the gateway does it.
        operationHeaders: {
          Authorization: '{context.headers.authorization}',
          'X-GitHub-Api-Version': '2022-11-28',
        },
      }),
    },
  ],
});
