/**
 * What every subscription field shares: bounds, the first read, the poller (the source of
 * changes without webhooks, a fallback with them), the repository's events, and one read per event and token (shared
 * by every subscriber with that token). Each stream says only how it reads its first
 * state and what an event means for it.
 *
 * Upstream failures become error events and the stream goes on; `UNAUTHENTICATED` (a
 * revoked token) ends it after its error event.
 */
import { GraphQLError } from 'graphql';
import { Repeater } from 'graphql-yoga';
import { type Context, renewContext } from '../../context.js';
import { GitHubError } from '../../github/errors.js';
import { type LiveEvent, repoTopic } from '../../live/events.js';
import type { PollTask } from '../../live/poller.js';
import type { PollTarget } from '../../live/polls.js';
import { tokenHash } from '../../live/token-hash.js';
import type { RepoKey } from '../../loaders/keys.js';

export type LivePayload<T> = { value: T } | { error: GitHubError };

/** Reads one resource for this event with the subscriber's token, once per token. */
export type EventRead = <R>(resource: string, fetch: (ctx: Context) => Promise<R>) => Promise<R>;

/** What an event means for a stream: values to send, or the end of the stream. */
export const END = Symbol('end of stream');
export type Step<T> = readonly T[] | typeof END;

export interface StreamSpec<T> {
  repo: RepoKey;
  /** What is polled for this stream (its key names the resource and filter, not the token). */
  poll: { key: string; task: (target: PollTarget) => PollTask };
  /** Checks the token may read the stream's resource (NOT_FOUND otherwise); what to send first. */
  initial: (ctx: Context) => Promise<readonly T[]>;
  onEvent: (event: LiveEvent, read: EventRead) => Promise<Step<T>>;
}

export function payloadValue<T>(payload: LivePayload<T>): T {
  if ('error' in payload) throw payload.error;
  return payload.value;
}

export async function openStream<T>(
  ctx: Context,
  spec: StreamSpec<T>,
): Promise<AsyncIterable<LivePayload<T>>> {
  const live = ctx.live;
  if (!live)
    throw new GraphQLError('This gateway serves no subscriptions.', {
      extensions: { code: 'SUBSCRIPTIONS_DISABLED' },
    });
  const releaseSlot = live.limits.acquire(ctx.connection ?? ctx);
  let first: readonly T[];
  try {
    first = await spec.initial(ctx);
  } catch (error) {
    releaseSlot();
    throw error;
  }
  const hash = tokenHash(ctx.authorization);
  const { owner, repo } = spec.repo;
  const read: (event: LiveEvent) => EventRead = (event) => (resource, fetch) =>
    live.reads.read(`${event.id}|${hash}|${resource}`, () => fetch(renewContext(ctx)));

  return new Repeater<LivePayload<T>>(async (push, stop) => {
    const events = live.pubSub
      .subscribe('repository', repoTopic(owner, repo))
      [Symbol.asyncIterator]();
    // Listening starts with the first next(), before anything is sent, so no change is missed.
    let next = events.next();
    const lease = live.pollers.acquire(`${spec.poll.key}|${hash}`, () =>
      spec.poll.task({
        pubSub: live.pubSub,
        client: () => renewContext(ctx).github,
        owner,
        repo,
        tokenHash: hash,
        webhookSince: live.webhookActivity
          ? (since) => live.webhookActivity!.deliveredSince(repoTopic(owner, repo), since)
          : undefined,
      }),
    );
    void stop.then(() => events.return?.());
    try {
      await lease.ready;
      for (const value of first) await push({ value });
      for (;;) {
        const result = await next;
        if (result.done) break;
        next = events.next();
        const event = result.value;
        if (event.tokenHash !== undefined && event.tokenHash !== hash) continue;
        let step: Step<T>;
        try {
          if (event.kind === 'error')
            throw new GitHubError(event.error!.code, event.error!.message, event.error!.details);
          step = await spec.onEvent(event, read(event));
        } catch (error) {
          if (!(error instanceof GitHubError)) throw error;
          await push({ error });
          if (error.code === 'UNAUTHENTICATED') break;
          continue;
        }
        if (step === END) break;
        for (const value of step) await push({ value });
      }
    } finally {
      lease.release();
      releaseSlot();
      stop();
    }
  });
}
