/**
 * `Query.rateLimit`, GitHub's field and shape. What it reports is known only once the rest of
 * the operation has run (what it spent, the headers of GitHub's latest answer), so its
 * fields resolve to placeholders here and `useRateLimitReport` (src/plugins/) fills them in
 * after execution. In a dry run they carry the estimate of src/limits/demand.ts instead.
 */
import { builder } from '../builder.js';

/** Nothing to read at resolve time: the after-execution report writes every value. */
type RateLimitPlaceholder = Record<string, never>;

export const RateLimit = builder.objectRef<RateLimitPlaceholder>('RateLimit').implement({
  description:
    "The caller's REST rate limit, from the `x-ratelimit-*` headers of GitHub's latest answer to this operation. In a dry run (`rateLimit(dryRun: true)`) nothing is asked of GitHub: `cost` and `nodeCount` are estimates and the other fields are null.",
  fields: (t) => ({
    limit: t.int({
      nullable: true,
      description: 'The maximum number of requests the caller may make per hour.',
      resolve: () => null,
    }),
    remaining: t.int({
      nullable: true,
      description: 'The number of requests remaining in the current rate limit window.',
      resolve: () => null,
    }),
    used: t.int({
      nullable: true,
      description: 'The number of requests used in the current rate limit window.',
      resolve: () => null,
    }),
    resetAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The time at which the current rate limit window resets.',
      resolve: () => null,
    }),
    resource: t.string({
      nullable: true,
      description: 'The REST rate-limit bucket, such as `core`.',
      resolve: () => null,
    }),
    cost: t.int({
      description:
        'The primary rate limit this operation spent: its REST requests less those GitHub answered `304 Not Modified`, which it does not count (a repeated query of unchanged data costs 0). In a dry run, the estimated REST requests the operation can need, an upper bound.',
      resolve: () => 0,
    }),
    nodeCount: t.int({
      description:
        'The REST objects the answers carried. In a dry run, the connection nodes the operation can return (the bound of `MAX_NODES`).',
      resolve: () => 0,
    }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimit,
    nullable: true,
    description:
      "The caller's REST rate limit. Read from the answers to the rest of this operation, or from `GET /rate_limit` (which costs nothing) when nothing else was fetched.",
    args: {
      dryRun: t.arg.boolean({
        defaultValue: false,
        description:
          'If true, calculate the cost for the query without evaluating it: nothing else in the operation runs and GitHub is not called; `cost` is the estimated REST requests.',
      }),
    },
    resolve: () => ({}),
  }),
);
