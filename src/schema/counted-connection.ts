/**
 * Extra fields of every connection: GitHub's `totalCount`, from the REST `total_count`
 * (or the list's length). Shared so connections don't each spell it out.
 */
import type { Window } from '../loaders/paginate.js';
import { builder } from './builder.js';

/** Pothos' field builders differ by parent type; all this needs of one is `int`. */
interface IntFieldBuilder<R> {
  int(options: { description: string; resolve: (parent: unknown) => number }): R;
}

export function totalCountField<R>(t: IntFieldBuilder<R>) {
  return {
    totalCount: t.int({
      description: 'Identifies the total count of items in the connection.',
      resolve: (connection) => (connection as Window<unknown>).totalCount,
    }),
  };
}

/** `XConnection` with `totalCount`, and `XEdge`, named as GitHub names them. */
export function countedConnection<T extends Parameters<typeof builder.connectionObject>[0]['type']>(
  type: T,
  typeName: string,
) {
  return builder.connectionObject(
    { type, name: `${typeName}Connection`, fields: totalCountField },
    { name: `${typeName}Edge` },
  );
}
