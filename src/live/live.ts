/**
 * The live services one gateway process holds: the event bus, the pollers, the shared
 * reads and the subscription bounds. Without a webhook secret, subscriptions start
 * conditional pollers at `pollIntervalMs`. With one, webhooks are the source of changes,
 * and pollers run at the slower `fallbackPollIntervalMs` as a fallback for a repository
 * that sends no webhooks: a poll of a repository that delivered one since the last poll
 * publishes nothing (the webhooks said it), so only a silent repository is fed by them.
 */
import { createLivePubSub, type LiveEventTarget, type LivePubSub } from './events.js';
import { InProcessPollerRegistry, type PollerRegistry } from './poller-registry.js';
import { SharedReads } from './shared-reads.js';
import { SubscriptionLimits } from './subscription-limits.js';
import { WebhookActivity } from './webhook-activity.js';
import { createWebhookReceiver } from './webhook-receiver.js';

export interface LiveOptions {
  /** Turns on `POST /webhooks/github` and makes webhooks the source instead of polling. */
  webhookSecret?: string | undefined;
  pollIntervalMs: number;
  /** With webhooks on: how often the fallback pollers look; default 6 x pollIntervalMs (60 s). */
  fallbackPollIntervalMs?: number | undefined;
  maxSubscriptions: number;
  maxSubscriptionsPerConnection: number;
  eventTarget?: LiveEventTarget | undefined;
  /** A replacement registry (a lease-based one, for several replicas). */
  pollers?: PollerRegistry | undefined;
}

export interface Live {
  pubSub: LivePubSub;
  /** Every stream's poller: the source without webhooks, the fallback with them. */
  pollers: PollerRegistry;
  /** Present with webhooks on: which repositories delivered one, and when. */
  webhookActivity: WebhookActivity | undefined;
  reads: SharedReads;
  limits: SubscriptionLimits;
  receiveWebhook: ((request: Request) => Promise<Response>) | undefined;
  close(): void;
}

export function createLive(options: LiveOptions): Live {
  const pubSub = createLivePubSub(options.eventTarget);
  const webhookActivity = options.webhookSecret ? new WebhookActivity() : undefined;
  const interval = options.webhookSecret
    ? (options.fallbackPollIntervalMs ?? options.pollIntervalMs * 6)
    : options.pollIntervalMs;
  const pollers = options.pollers ?? new InProcessPollerRegistry(interval);
  return {
    pubSub,
    pollers,
    webhookActivity,
    reads: new SharedReads(),
    limits: new SubscriptionLimits(options.maxSubscriptions, options.maxSubscriptionsPerConnection),
    receiveWebhook: options.webhookSecret
      ? createWebhookReceiver({
          secret: options.webhookSecret,
          pubSub,
          onDelivery: (repo) => webhookActivity?.delivered(repo),
        })
      : undefined,
    close: () => pollers.close(),
  };
}
