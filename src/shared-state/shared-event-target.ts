/**
 * Subscription events across replicas: Yoga's Redis event target carries each event to
 * every replica (this one included), sealed with the deployment secret, on a channel named
 * by an HMAC of the topic. While Redis is away an event is delivered in this process only,
 * so subscribers here keep the events of their own replica; Redis resumes once it is back.
 *
 * Publishing goes through the command connection (which fails at once when Redis is down)
 * instead of the package's own `dispatchEvent`, whose PUBLISH is not awaited: a failure there
 * could neither fall back nor be caught.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import type { LiveEventTarget } from '../live/events.js';
import type { KeyNames } from './key-names.js';
import type { RedisLink } from './redis-link.js';
import type { SecretBox } from './secret-box.js';

export function createSharedEventTarget(
  link: RedisLink,
  names: KeyNames,
  box: SecretBox,
): LiveEventTarget {
  const serializer = {
    stringify: (detail: unknown) => box.seal(JSON.stringify(detail), 'event').toString('base64'),
    parse: (message: string) => {
      const plain = box.open(Buffer.from(message, 'base64'), 'event');
      return plain ? JSON.parse(plain.toString()) : null;
    },
  };
  const redis = createRedisEventTarget({
    publishClient: link.commands,
    subscribeClient: link.subscriber,
    serializer,
  });
  const local = new EventTarget();
  setMaxListeners(0, local);
  type Listener = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void };
  type Wrapper = (event: Event) => void;
  // One wrapper per listener and topic, so removal finds it again; the channel name is the
  // topic's HMAC, and the event handed on carries the topic itself.
  const wrappers = new Map<Listener, Map<string, Wrapper>>();
  const wrap = (topic: string, listener: Listener): Wrapper => {
    const call = typeof listener === 'function' ? listener : listener.handleEvent.bind(listener);
    return (event) => {
      const { detail } = event as CustomEvent;
      if (detail !== null) call(new CustomEvent(topic, { detail }));
    };
  };
  const target = {
    addEventListener(topic: string, listener: Listener | null) {
      if (!listener) return;
      let byTopic = wrappers.get(listener);
      if (!byTopic) wrappers.set(listener, (byTopic = new Map()));
      if (byTopic.has(topic)) return;
      const wrapper = wrap(topic, listener);
      byTopic.set(topic, wrapper);
      redis.addEventListener(names.channel(topic), wrapper);
      local.addEventListener(topic, wrapper);
    },
    removeEventListener(topic: string, listener: Listener | null) {
      const byTopic = listener ? wrappers.get(listener) : undefined;
      const wrapper = byTopic?.get(topic);
      if (!listener || !byTopic || !wrapper) return;
      byTopic.delete(topic);
      if (byTopic.size === 0) wrappers.delete(listener);
      redis.removeEventListener(names.channel(topic), wrapper);
      local.removeEventListener(topic, wrapper);
    },
    dispatchEvent(event: Event) {
      const { type, detail } = event as CustomEvent;
      const deliverHere = () => local.dispatchEvent(new CustomEvent(type, { detail }));
      if (!link.up) return deliverHere();
      link.commands
        .publish(names.channel(type), serializer.stringify(detail))
        .catch(() => deliverHere());
      return true;
    },
  };
  return target as unknown as LiveEventTarget;
}
