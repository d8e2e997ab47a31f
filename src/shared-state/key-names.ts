/**
 * Names of what shared state keeps in Redis: a prefix, the kind, and an HMAC (deployment
 * secret) of what identifies the entry, so neither a caller, a repository nor a path can
 * be read or tested from a key.
 */
import { createHmac } from 'node:crypto';

export type KeyKind = 'etag' | 'pause' | 'writes' | 'lease' | 'poll-state';

export class KeyNames {
  constructor(
    private readonly secret: string,
    private readonly prefix = 'arg:',
  ) {}

  name(kind: KeyKind, identity: string): string {
    const digest = createHmac('sha256', this.secret)
      .update(`${kind}\0${identity}`)
      .digest('base64url');
    return `${this.prefix}${kind}:${digest}`;
  }

  /** Pub/sub channels carry the topic's HMAC too (a repository name is not for every reader). */
  channel(topic: string): string {
    return `${this.prefix}events:${createHmac('sha256', this.secret).update(`events\0${topic}`).digest('base64url')}`;
  }
}
