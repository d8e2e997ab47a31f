import { builder } from '../builder.js';

/** GitHub's `OrderDirection`. */
export const OrderDirection = builder.enumType('OrderDirection', {
  description:
    'Possible directions in which to order a list of items when provided an `orderBy` argument.',
  values: {
    ASC: {
      value: 'ASC',
      description: 'Specifies an ascending order for a given `orderBy` argument.',
    },
    DESC: {
      value: 'DESC',
      description: 'Specifies a descending order for a given `orderBy` argument.',
    },
  } as const,
});
