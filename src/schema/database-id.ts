/**
 * `databaseId` and `fullDatabaseId`, GitHub's way. GitHub's schema keeps `databaseId: Int`
 * (32-bit) and adds `fullDatabaseId: BigInt` where ids outgrew it; run, job and check suite
 * ids passed 2^31 long ago. One helper serves every type, so the rule is written once.
 */
import type { BuilderTypes } from './builder.js';

const INT32_MAX = 2 ** 31 - 1;

export const DATABASE_ID_DESCRIPTION =
  "Identifies the primary key from the database. Null when the id does not fit in a 32-bit `Int` (GraphQL's `Int` is 32-bit; GitHub's run, job and check suite ids are larger): read `fullDatabaseId`, which always carries it.";
export const FULL_DATABASE_ID_DESCRIPTION =
  'Identifies the primary key from the database as a BigInt.';

type Id = bigint | number | string | null | undefined;

/** The id as GraphQL's `Int` can carry it: null past 2^31 - 1, never a wrong number or an error. */
export function int32OrNull(id: Id): number | null {
  if (id === null || id === undefined) return null;
  const number = Number(id);
  return Number.isInteger(number) && Math.abs(number) <= INT32_MAX ? number : null;
}

/** The id as REST sent it, for `BigInt` (a number, or a decimal string). */
function fullId(id: Id): bigint | number | string | null {
  return id === null || id === undefined ? null : id;
}

type Fields<T> = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>;

/** `databaseId: Int` and `fullDatabaseId: BigInt!` read from one id. */
export function databaseIdFields<T>(t: Fields<T>, id: (parent: T) => bigint | number | string) {
  return {
    databaseId: t.int({
      nullable: true,
      description: DATABASE_ID_DESCRIPTION,
      resolve: (parent) => int32OrNull(id(parent)),
    }),
    fullDatabaseId: t.field({
      type: 'BigInt',
      description: FULL_DATABASE_ID_DESCRIPTION,
      resolve: (parent) => id(parent),
    }),
  };
}

/** The same for an id REST may leave out: both fields are then null. */
export function optionalDatabaseIdFields<T>(
  t: Fields<T>,
  id: (parent: T) => Id,
  descriptions: { databaseId?: string } = {},
) {
  return {
    databaseId: t.int({
      nullable: true,
      description: descriptions.databaseId ?? DATABASE_ID_DESCRIPTION,
      resolve: (parent) => int32OrNull(id(parent)),
    }),
    fullDatabaseId: t.field({
      type: 'BigInt',
      nullable: true,
      description: `${FULL_DATABASE_ID_DESCRIPTION} Null when GitHub's answer leaves it out.`,
      resolve: (parent) => fullId(id(parent)),
    }),
  };
}
