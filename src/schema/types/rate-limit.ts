import type { RateLimitInfo } from '../../github/rate-limit.js';
import { builder } from '../builder.js';

interface RateLimitShape extends RateLimitInfo {
  cost: number;
  nodeCount: number;
}

export const RateLimit = builder.objectRef<RateLimitShape>('RateLimit').implement({
  description:
    "The caller's REST rate limit, from the `x-ratelimit-*` headers of GitHub's latest answer to this operation.",
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'The maximum number of requests the caller may make per hour.' }),
    remaining: t.exposeInt('remaining', { description: 'The number of requests remaining in the current rate limit window.' }),
    used: t.exposeInt('used', { description: 'The number of requests used in the current rate limit window.' }),
    resetAt: t.field({ type: 'DateTime', description: 'The time at which the current rate limit window resets.', resolve: (r) => r.resetAt }),
    resource: t.exposeString('resource', { description: 'The REST rate-limit bucket, such as `core`.' }),
    cost: t.exposeInt('cost', { description: 'The REST requests this operation has made so far.' }),
    nodeCount: t.exposeInt('nodeCount', { description: 'The REST objects those requests returned.' }),
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
        description: "Accepted for compatibility with GitHub's API; this gateway has no query cost to compute.",
      }),
    },
    resolve: async (_root, _args, ctx) => {
      await ctx.github.idle();
      let info = ctx.github.rateLimit;
      if (!info) {
        const { data, rateLimit } = await ctx.github.rest.getRateLimit({});
        const core = data.resources.core;
        info = rateLimit ?? {
          limit: core.limit,
          remaining: core.remaining,
          used: core.used,
          resetAt: new Date(core.reset * 1000).toISOString(),
          resource: 'core',
        };
      }
      return { ...info, cost: ctx.github.requestCount, nodeCount: ctx.github.objectCount };
    },
  }),
);
