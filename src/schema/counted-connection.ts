/**
 * A connection named as GitHub names it. Its `totalCount` is every connection's (see
 * `builder.ts`): Relay types it on the shape each resolver returns.
 */
import { builder } from './builder.js';

/** `XConnection` with `totalCount`, and `XEdge`, named as GitHub names them. */
export function countedConnection<T extends Parameters<typeof builder.connectionObject>[0]['type']>(
  type: T,
  typeName: string,
) {
  return builder.connectionObject(
    { type, name: `${typeName}Connection` },
    { name: `${typeName}Edge` },
  );
}
