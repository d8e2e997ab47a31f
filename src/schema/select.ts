/** Which schema the gateway serves: the plain one unless federation is switched on. */
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { subgraphSchema } from './federation.js';
import { schema } from './index.js';

export function schemaFor(config: Pick<Config, 'federation'>): GraphQLSchema {
  return config.federation ? subgraphSchema() : schema;
}
