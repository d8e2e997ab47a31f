/**
 * A second, independent subgraph for the federation tests: a service catalogue, as an
 * internal portal would run it. It knows which repository each service lives in (by
 * `nameWithOwner`) and which deployments it last made (by GitHub's run `node_id`), and
 * nothing else of GitHub: the gateway fetches the rest from our subgraph.
 *
 * Built with `@apollo/subgraph` on purpose, not Pothos, so composition sees a schema that
 * was not printed by the same code as ours.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

export interface CatalogueService {
  name: string;
  team: string;
  /** `owner/name` of the repository the service is built from. */
  repository: string;
  /** GitHub `node_id`s (`WFR_...`) of the service's latest deployment runs. */
  deployRunNodeIds: string[];
}

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    services: [Service!]!
    service(name: String!): Service
  }

  "A deployable service in the catalogue."
  type Service @key(fields: "name") {
    name: String!
    team: String!
    "Null when the caller may not see it (the gateway forwards the caller's token)."
    repository: Repository
    latestDeploys: [WorkflowRun!]!
  }

  "Owned by the Actions gateway; this subgraph only names it."
  type Repository @key(fields: "nameWithOwner", resolvable: false) {
    nameWithOwner: String!
  }

  "Owned by the Actions gateway; this subgraph holds GitHub's node ids only."
  type WorkflowRun @key(fields: "nodeId", resolvable: false) {
    nodeId: ID!
  }
`);

export function createCatalogueSubgraph(services: CatalogueService[]) {
  const byName = new Map(services.map((s) => [s.name, s]));
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        services: () => services,
        service: (_: unknown, { name }: { name: string }) => byName.get(name) ?? null,
      },
      Service: {
        __resolveReference: ({ name }: { name: string }) => byName.get(name) ?? null,
        repository: (s: CatalogueService) => ({ nameWithOwner: s.repository }),
        latestDeploys: (s: CatalogueService) => s.deployRunNodeIds.map((nodeId) => ({ nodeId })),
      },
    },
  });
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    landingPage: false,
    graphiql: false,
  });
}
