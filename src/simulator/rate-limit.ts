/**
 * GitHub's primary rate limit: a per-token budget per hour, with the window starting at
 * the token's first request. Windows use the simulator clock, so a test can advance the
 * clock past `reset` instead of waiting an hour.
 */
import type { Clock } from './clock.js';
import type { TokenKind } from './auth.js';

const HOUR_MS = 3_600_000;
/** GitHub gives unauthenticated callers 60 requests an hour. */
export const ANONYMOUS_LIMIT = 60;

export interface RateLimitState {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
  resource: 'core';
}

export class RateLimiter {
  private readonly windows = new Map<TokenKind, { start: number; used: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
  ) {}

  private window(kind: TokenKind): { start: number; used: number } {
    const now = this.clock.now().getTime();
    let w = this.windows.get(kind);
    if (!w || now >= w.start + HOUR_MS) {
      w = { start: now, used: 0 };
      this.windows.set(kind, w);
    }
    return w;
  }

  private limitFor(kind: TokenKind): number {
    return kind === 'anonymous' ? Math.min(ANONYMOUS_LIMIT, this.limit) : this.limit;
  }

  state(kind: TokenKind): RateLimitState {
    const w = this.window(kind);
    const limit = this.limitFor(kind);
    return {
      limit,
      used: w.used,
      remaining: Math.max(0, limit - w.used),
      reset: Math.ceil((w.start + HOUR_MS) / 1000),
      resource: 'core',
    };
  }

  consume(kind: TokenKind): void {
    this.window(kind).used++;
  }

  reset(): void {
    this.windows.clear();
  }
}

export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(s.limit),
    'x-ratelimit-remaining': String(s.remaining),
    'x-ratelimit-used': String(s.used),
    'x-ratelimit-reset': String(s.reset),
    'x-ratelimit-resource': s.resource,
  };
}
