/**
 * What the live machinery passes around: a change, named by ids only. An event never
 * carries a REST body or a token (only a token's hash), so it can cross a shared event
 * target (Redis) without leaking what one caller may see to another: every subscriber
 * reads the changed resource again with its own token.
 */
import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { GitHubErrorCode } from '../github/errors.js';

export interface LiveEvent {
  /** Unique per event; subscribers with one token share one read of it (see shared-reads.ts). */
  id: string;
  /** `owner/repo`, lower case, as the topic key. */
  repo: string;
  kind: 'run' | 'job' | 'deployment' | 'error';
  runId?: number | undefined;
  jobId?: number | undefined;
  /** Set on what one token's poller found: only subscribers with that token act on it. */
  tokenHash?: string | undefined;
  /** For `error`: what the poller's upstream call answered. */
  error?: { code: GitHubErrorCode; message: string; details: Record<string, unknown> } | undefined;
}

export type LiveTopics = { repository: [repo: string, event: LiveEvent] };
export type LivePubSub = PubSub<LiveTopics>;

export type LiveEventTarget = PubSubEventTarget<LiveTopics>;

/** Yoga's PubSub: in-process by default; give it `@graphql-yoga/redis-event-target` to span replicas. */
export function createLivePubSub(eventTarget?: LiveEventTarget): LivePubSub {
  // Every subscriber of a repository listens on one topic: many listeners are the design, not a leak.
  const local = new EventTarget();
  setMaxListeners(0, local);
  return createPubSub<LiveTopics>({ eventTarget: eventTarget ?? (local as LiveEventTarget) });
}

export function repoTopic(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}
