/**
 * The live services one gateway process holds: the event bus, the pollers, the shared
 * reads and the subscription bounds. Webhooks, when a secret is set, are the source of
 * changes; otherwise subscriptions start conditional pollers.
 */
import { createLivePubSub, type LiveEventTarget, type LivePubSub } from './events.js';
import { InProcessPollerRegistry, type PollerRegistry } from './poller-registry.js';
import { SharedReads } from './shared-reads.js';
import { SubscriptionLimits } from './subscription-limits.js';
import { createWebhookReceiver } from './webhook-receiver.js';

export interface LiveOptions {
  /** Turns on `POST /webhooks/github` and makes webhooks the source instead of polling. */
  webhookSecret?: string | undefined;
  pollIntervalMs: number;
  maxSubscriptions: number;
  maxSubscriptionsPerConnection: number;
  eventTarget?: LiveEventTarget | undefined;
  /** A replacement registry (a lease-based one, for several replicas). */
  pollers?: PollerRegistry | undefined;
}

export interface Live {
  pubSub: LivePubSub;
  /** Present when changes come from polling. */
  pollers: PollerRegistry | undefined;
  reads: SharedReads;
  limits: SubscriptionLimits;
  receiveWebhook: ((request: Request) => Promise<Response>) | undefined;
  close(): void;
}

export function createLive(options: LiveOptions): Live {
  const pubSub = createLivePubSub(options.eventTarget);
  const pollers = options.webhookSecret
    ? undefined
    : (options.pollers ?? new InProcessPollerRegistry(options.pollIntervalMs));
  return {
    pubSub,
    pollers,
    reads: new SharedReads(),
    limits: new SubscriptionLimits(options.maxSubscriptions, options.maxSubscriptionsPerConnection),
    receiveWebhook: options.webhookSecret
      ? createWebhookReceiver({ secret: options.webhookSecret, pubSub })
      : undefined,
    close: () => pollers?.close(),
  };
}
