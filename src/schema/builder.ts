/**
 * The Pothos builder: plugins, context, scalars and root types. No fields live here; each
 * GraphQL type registers itself in its own file under `types/`.
 */
import SchemaBuilder, { type ArgBuilder } from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind, print } from 'graphql';
import type { Context } from '../context.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    URI: { Input: URL; Output: URL | string };
    BigInt: { Input: number; Output: bigint | number | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  // GitHub's edges have nullable nodes (`node: WorkflowRun`), so ours do too.
  DefaultNodeNullability: true;
  // Every connection resolver returns GitHub's `totalCount` (REST's `total_count`, or the
  // length of a list in hand); Relay types it, and `totalCount` below serves it. A run listing
  // past a keyset cursor reads it only when the field is selected, so it may be a promise.
  Connection: { totalCount: number | Promise<number> };
}>({
  // Pothos runs type and field hooks from the last plugin to the first. Federation comes
  // last so its `@key`/`@shareable` extensions exist when Directives turns extensions into
  // the AST directives `printSubgraphSchema` reads. Neither wraps resolvers, so Relay's
  // decoded ids and loaders are untouched. Entities are declared in `federation.ts`, which
  // only `toSubGraphSchema()` sees; the plain schema is built without them.
  plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'optional',
    cursorType: 'String',
    // Global ids carry what REST needs (owner, repository, database id), opaque to clients.
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodesOnConnection: true,
    // Connection fields default to non-null, like GitHub's (`WorkflowRunConnection!`).
    defaultConnectionFieldOptions: { nullable: false },
    edgesFieldOptions: { nullable: { list: true, items: true } },
    nodeFieldOptions: { nullable: true },
    nodesFieldOptions: { nullable: { list: true, items: true } },
    nodeQueryOptions: { description: 'Fetches an object given its ID.' },
    nodesQueryOptions: { description: 'Lookup nodes by a list of IDs.' },
  },
});

/** The builder's type parameters, for helpers that take Pothos' argument builder. */
export type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type Arg = ArgBuilder<BuilderTypes>;

/** `2026-06-01T12:00:00Z`: a UTC date-time to the second, as GitHub writes them. */
const GITHUB_TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

// GitHub's DateTime is an ISO-8601 UTC string without milliseconds when they are zero
// (`2026-06-01T12:00:00Z`), as REST sends it; graphql-scalars' DateTime always adds `.000`.
builder.scalarType('DateTime', {
  description: 'An ISO-8601 encoded UTC date string.',
  serialize: (value) => {
    // REST's own timestamps are already in that form: pass them on without a Date (a 50-run
    // list serializes hundreds, and parsing them was a visible share of its CPU).
    if (typeof value === 'string' && GITHUB_TIMESTAMP.test(value)) return value;
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new TypeError(`DateTime cannot represent ${JSON.stringify(value)}.`);
    return date.toISOString().replace(/\.000Z$/, 'Z');
  },
  parseValue: (value) => {
    const date =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? new Date(value)
        : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()))
      throw new TypeError(
        `DateTime cannot represent ${JSON.stringify(value)}: expected an ISO-8601 date-time.`,
      );
    return date;
  },
});
// GitHub's URI holds absolute URLs and paths alike (`resourcePath: URI!`), so a URL scalar
// that insists on a scheme does not fit.
builder.scalarType('URI', {
  description: 'An RFC 3986, RFC 3987, and RFC 6570 (level 4) compliant URI string.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (
      typeof value !== 'string' ||
      /\s/.test(value) ||
      !URL.canParse(value, 'https://github.com')
    ) {
      throw new TypeError(`URI cannot represent ${JSON.stringify(value)}.`);
    }
    return new URL(value, 'https://github.com');
  },
});

// GitHub's BigInt is a string on output. On input this one takes an integer literal or a
// decimal string alike, and refuses what a JavaScript number cannot hold exactly (past
// 2^53; GitHub's ids are far below), so an id is never silently rounded into another one.
function parseBigInt(value: unknown): number {
  const text =
    typeof value === 'number' && Number.isInteger(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : undefined;
  const number = text !== undefined && /^-?\d{1,20}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || BigInt(text!) !== BigInt(number)) {
    throw new GraphQLError(
      `BigInt cannot represent ${JSON.stringify(value)}: expected an integer (or a decimal string) of at most ${Number.MAX_SAFE_INTEGER}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return number;
}
builder.scalarType('BigInt', {
  description:
    "Represents non-fractional signed whole numeric values. Since the value may\nexceed the size of a 32-bit integer, it's encoded as a string.",
  serialize: (value) => {
    const text = String(value);
    if (!/^-?\d+$/.test(text))
      throw new TypeError(`BigInt cannot represent ${JSON.stringify(value)}.`);
    return text;
  },
  parseValue: parseBigInt,
  parseLiteral: (node) =>
    parseBigInt(node.kind === Kind.INT || node.kind === Kind.STRING ? node.value : print(node)),
});

// GitHub's `totalCount` on every connection, as Relay adds fields to them all.
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Identifies the total count of items in the connection.',
    resolve: (connection) => connection.totalCount,
  }),
);

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
