/**
 * The replica's two connections to Redis (commands, and the subscriber a pub/sub connection
 * must be) and whether they are up. Commands never queue while Redis is away: they fail at
 * once (or after `commandTimeout` on a dead link), and every store falls back to what one
 * process would do. ioredis reconnects by itself; the stores use Redis again as soon as it
 * is back. The URL's password is never printed.
 */
import { Redis } from 'ioredis';

export class SharedStateError extends Error {
  override name = 'SharedStateError';
}

export interface RedisHealth {
  redis: 'up' | 'down';
  /** When the link last changed, ISO 8601. */
  since: string;
}

const COMMAND_TIMEOUT_MS = 1_000;
const CONNECT_TIMEOUT_MS = 3_000;

export class RedisLink {
  readonly commands: Redis;
  readonly subscriber: Redis;
  #since = new Date();
  #closing = false;
  /** Set once both connections were up: before that a failure ends the start instead. */
  #started = false;
  #lastError: Error | undefined;

  private constructor(url: string) {
    const retryStrategy = (times: number) => Math.min(100 * times, 2_000);
    this.commands = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy,
    });
    // A subscriber must keep its subscriptions through an outage: they are queued and
    // resubscribed on reconnect, and a SUBSCRIBE never fails (nothing awaits it).
    this.subscriber = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy,
    });
    for (const client of [this.commands, this.subscriber]) {
      let reported = false;
      client.on('error', (error: Error) => {
        this.#lastError = error;
        if (reported || this.#closing || !this.#started) return;
        reported = true;
        console.error(
          `Shared state: Redis (REDIS_URL) unreachable, serving degraded: ${error.message}`,
        );
      });
      client.on('ready', () => {
        if (reported) console.error('Shared state: Redis is back.');
        reported = false;
        this.#since = new Date();
      });
      client.on('close', () => {
        this.#since = new Date();
      });
    }
  }

  /** Connects both, or fails with an error that names `REDIS_URL` (the caller exits). */
  static async connect(url: string): Promise<RedisLink> {
    const link = new RedisLink(url);
    try {
      await Promise.all(
        [link.commands, link.subscriber].map((client) =>
          withTimeout(client.connect(), CONNECT_TIMEOUT_MS + 500),
        ),
      );
    } catch (error) {
      link.close();
      const cause = link.#lastError ?? (error as Error);
      throw new SharedStateError(
        `REDIS_URL ${redacted(url)} cannot be reached (${cause.message}): start Redis there, or unset REDIS_URL to run one replica on its own.`,
      );
    }
    link.#started = true;
    return link;
  }

  get up(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  health(): RedisHealth {
    return { redis: this.up ? 'up' : 'down', since: this.#since.toISOString() };
  }

  close(): void {
    this.#closing = true;
    this.commands.disconnect();
    this.subscriber.disconnect();
  }
}

/** `redis://user:secret@host:6379/0` → `redis://user:***@host:6379/0`. */
export function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
